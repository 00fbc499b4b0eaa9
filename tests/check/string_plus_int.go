package main

func main() {
	s := "a" + 1
	_ = s
}
