package main

import "fmt"

const c = 2 + 0i

func main() {
	var s int = 1 + complex(1, 0)
	var f float64 = c * 1.5
	var u uint8 = c
	x := []int{c, 1 + 0i}
	fmt.Printf("%T %v %v %v %v\n", s, s, f, u, x)
	fmt.Println(float32(c), int64(c+1))
}
