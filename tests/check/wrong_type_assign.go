package main

func main() {
	var s string
	s = 5
	_ = s
}
