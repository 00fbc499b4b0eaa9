package main

func main() {
	d := [...]int{-1: 1}
	_ = d
}
