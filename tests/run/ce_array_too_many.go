package main

func main() {
	b := [2]int{1, 2, 3}
	_ = b
}
