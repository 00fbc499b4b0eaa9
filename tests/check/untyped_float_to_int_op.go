package main

func main() {
	x := 3
	y := x + 1.5
	_ = y
}
