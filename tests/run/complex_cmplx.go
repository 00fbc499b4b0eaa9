package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	zs := []complex128{1 + 2i, -3 + 4i, 0.5 - 0.25i, -1, 1i, 0, complex(math.Inf(1), 1), cmplx.NaN(), 1e300 + 1e300i, -2.5 - 0i}
	for _, z := range zs {
		fmt.Println(z, cmplx.Abs(z), cmplx.Phase(z), cmplx.Conj(z), cmplx.IsNaN(z), cmplx.IsInf(z))
		fmt.Println(" sqrt", cmplx.Sqrt(z), "exp", cmplx.Exp(z), "log", cmplx.Log(z))
		fmt.Println(" sin", cmplx.Sin(z), "cos", cmplx.Cos(z), "tan", cmplx.Tan(z))
		r, th := cmplx.Polar(z)
		fmt.Println(" polar", r, th, cmplx.Rect(r, th))
		fmt.Println(" pow", cmplx.Pow(z, 2+0.5i), cmplx.Pow(z, 0), cmplx.Pow(0, z))
		fmt.Println(" asin", cmplx.Asin(z), cmplx.Acos(z), cmplx.Atan(z), cmplx.Sinh(z), cmplx.Cosh(z), cmplx.Tanh(z))
		fmt.Println(" log10", cmplx.Log10(z), cmplx.Asinh(z), cmplx.Acosh(z), cmplx.Atanh(z), cmplx.Cot(z))
	}
	fmt.Println(cmplx.Inf(), cmplx.Sqrt(-1), cmplx.Exp(1i*math.Pi)+1)
	fmt.Printf("%.4f\n", cmplx.Pow(1i, 1i))
	fmt.Println(cmplx.Tan(1e20+1i), cmplx.Sin(1e10))
}
