package main

func main() {
	a := [3]int{0: 1, 1: 2, 1: 3}
	_ = a
}
