package main

import "fmt"

func main() {
	x := 3
	var u uint = 2
	fmt.Println(x<<1., x<<(1+0i), x<<0i, x<<(1<<u), x<<(1.<<u), x<<((1+0i)<<u), x<<(0i<<u))

	var i8 int8 = 1 << (u + 5)
	fmt.Println(i8, 1<<u+1, uint8(1)<<7)
}
