package main

import (
	"fmt"
	"math"
)

type Pt struct {
	Z complex128
	W complex64
}

const c0 = 1 + 2i
const c1 = c0 * c0

func main() {
	c := 1 + 2i
	d := 3 - 4i
	fmt.Println(c, d, c+d, c-d, c*d, c/d, -c)
	fmt.Println(c0, c1, real(c1), imag(c1))
	var z complex128
	fmt.Println(z, z == 0, c == 1+2i, c != d)
	fmt.Println(c / 0, d / z)
	var f complex64 = complex(1.5, -2.25)
	g := f * f
	fmt.Println(f, g, f/3, real(f), imag(g))
	fmt.Printf("%T %T %T %T\n", c, f, real(f), imag(c))
	h := complex128(f)
	k := complex64(c)
	fmt.Println(h, k)
	fmt.Printf("%v %g %e %f %.2f %+v %8.3f|\n", c, c, c, c, c, d, c)
	fmt.Println([]complex128{c, d}, Pt{c, f})
	fmt.Printf("%+v %#v\n", Pt{c, f}, Pt{c, f})
	m := map[complex128]string{c: "c", d: "d"}
	fmt.Println(m[1+2i], m[3-4i], len(m))
	var x any = c
	switch v := x.(type) {
	case complex64:
		fmt.Println("c64", v)
	case complex128:
		fmt.Println("c128", v)
	}
	x = f
	fmt.Println(x, x == any(f), x == any(complex128(f)))
	ch := make(chan complex128, 2)
	ch <- c
	ch <- d
	fmt.Println(<-ch, <-ch)
	inf := complex(math.Inf(1), 0)
	fmt.Println(inf, inf/inf, complex(math.NaN(), 1))
	arr := [3]complex64{1, 2i, 3 + 3i}
	arr[1] += 1
	fmt.Println(arr, arr[1]*arr[2])
	c += 1i
	c *= 2
	c++
	fmt.Println(c)
	println(c, f)
	print(d, "\n")
	fmt.Println(0i, -0i, complex(0, math.Copysign(0, -1)))
	var p *complex128 = &c
	*p = 5
	fmt.Println(c, *p)
	const big = 1e300i
	fmt.Println(big * 1)
	fmt.Printf("%v\n", []any{c, f, 1i})
	fmt.Printf("%x %X %.3e %08.2f %-12v| %s\n", c, d, c, d, c, c)
	fmt.Println(fmt.Sprint(c), fmt.Sprintf("%5.1f", f))
}
