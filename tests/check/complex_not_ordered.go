package main

func main() {
	a, b := 1+2i, 3i
	_ = a < b
}
