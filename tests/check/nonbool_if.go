package main

func main() {
	s := "a"
	if s {
	}
}
