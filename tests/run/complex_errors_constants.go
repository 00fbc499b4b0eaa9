package main

import "fmt"

func main() {
	var x int = 1 + 2i
	c := 1 + 2i
	fmt.Println(c < c, x)
	var f float64 = c
	g := float64(c)
	const k = 3i
	var h float64 = k
	var i int = 2i * 2i
	fmt.Println(f, g, h, i, int(1+2i))
	var c64 complex64 = complex(1e300, 0)
	_ = c64
	fmt.Println(1 / (0i))
	fmt.Println(c % c)
}
