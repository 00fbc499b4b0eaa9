package main

import "fmt"

const c = 1 + 2i

func main() {
	var f float32 = 1
	var z complex64 = complex(f, 2) * c
	var i int = imag(c * c)
	fmt.Println(z, i, real(z), 0x1p2i, 1_000i, 0123i)
}
