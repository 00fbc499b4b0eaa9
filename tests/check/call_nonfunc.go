package main

func main() {
	s := "x"
	s()
}
