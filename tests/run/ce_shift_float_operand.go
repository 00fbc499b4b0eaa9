package main

import "fmt"

func main() {
	var u uint = 2
	fmt.Println(u)
	var f float64 = 1 << u
	_ = f
}
