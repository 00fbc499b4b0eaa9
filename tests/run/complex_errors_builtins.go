package main

import "fmt"

func main() {
	var f32 float32 = 1
	var f64 float64 = 2
	var n int = 3
	fmt.Println(complex(f32, f64))
	fmt.Println(complex(n, n))
	fmt.Println(real(f64))
	fmt.Println(imag(n))
	fmt.Println(complex(1))
	fmt.Println(real(1, 2))
	fmt.Println(complex(1i, 2))
	var c complex128 = 1
	var d complex64 = 2
	fmt.Println(c + d)
	fmt.Println(complex64(c) == d, complex128(f64))
}
