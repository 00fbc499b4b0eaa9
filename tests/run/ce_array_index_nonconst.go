package main

func main() {
	n := 1
	c := []int{n: 1}
	_ = c
}
