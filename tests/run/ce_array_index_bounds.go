package main

func main() {
	b := [2]int{5: 1}
	_ = b
}
