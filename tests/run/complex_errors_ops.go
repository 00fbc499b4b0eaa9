package main

import "fmt"

func main() {
	c := 1 + 2i
	var f float32 = 2
	_ = f
	fmt.Println(c << 1)
	fmt.Println(1i << 2)
	fmt.Println(min(c, c))
	fmt.Println(complex64(1e40))
	fmt.Println(c > 1)
	const big = 1e400i
	var d complex128 = big
	fmt.Println(d, ^c, !c)
	var i int = real(c)
	fmt.Println(i)
}
