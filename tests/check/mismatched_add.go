package main

func main() {
	x := 1
	y := 2.5
	z := x + y
	_ = z
}
