package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1+2i", "(3-4i)", "2i", "-1.5e3", "1e5+2e-3i", "0x1p2+0x1p-2i", "NaN+NaNi", "+Inf-Infi", "inf", "1e400+1i", "1+1e400i", "i", "1+2", "1++2i", "(1+2i", "", "1i+2", "1_000+2i", "3e40+1i", "-0-0i", "1e-400i"} {
		for _, bs := range []int{128, 64} {
			c, err := strconv.ParseComplex(s, bs)
			fmt.Println(s, bs, c, err)
		}
	}
	c := complex(1.0/3, -2.0/3)
	for _, f := range []byte{'g', 'e', 'f', 'b', 'x', 'E'} {
		fmt.Println(strconv.FormatComplex(c, f, -1, 128), strconv.FormatComplex(c, f, 3, 64))
	}
	fmt.Println(strconv.FormatComplex(complex(0, 0), 'g', -1, 128))
}
