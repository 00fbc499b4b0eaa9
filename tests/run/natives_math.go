package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 1, -1, 2, 0.7071067811865476, 1e-310, 5e-324, 3.7, -3.7, 10, 100, 709.5, 710, -745.2, -800, 1e9, 1 << 29, 1e22, 1e300, -1e300, math.Pi, math.Pi / 2, math.Inf(1), math.Inf(-1), math.NaN()}
	names := []string{"Sqrt", "Abs", "Floor", "Ceil", "Trunc", "Round", "RoundToEven", "Exp", "Exp2", "Expm1", "Log", "Log2", "Log10", "Log1p", "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Tanh", "Asinh", "Acosh", "Atanh", "Cbrt", "Logb"}
	one := []func(float64) float64{math.Sqrt, math.Abs, math.Floor, math.Ceil, math.Trunc, math.Round, math.RoundToEven, math.Exp, math.Exp2, math.Expm1, math.Log, math.Log2, math.Log10, math.Log1p, math.Sin, math.Cos, math.Tan, math.Asin, math.Acos, math.Atan, math.Sinh, math.Cosh, math.Tanh, math.Asinh, math.Acosh, math.Atanh, math.Cbrt, math.Logb}
	for i, n := range names {
		fmt.Print(n, ":")
		for _, x := range xs {
			fmt.Print(" ", one[i](x))
		}
		fmt.Println()
	}
	names2 := []string{"Pow", "Atan2", "Hypot", "Mod", "Remainder", "Max", "Min", "Dim", "Copysign", "Nextafter"}
	two := []func(float64, float64) float64{math.Pow, math.Atan2, math.Hypot, math.Mod, math.Remainder, math.Max, math.Min, math.Dim, math.Copysign, math.Nextafter}
	ys := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 2, -3, 1.37, 1e10, math.Inf(1), math.Inf(-1), math.NaN()}
	for k, n := range names2 {
		for _, x := range []float64{0, math.Copysign(0, -1), -2, 3.5, -8, 1e-300, math.Inf(1), math.Inf(-1), math.NaN()} {
			fmt.Print(n, "(", x, "):")
			for _, y := range ys {
				fmt.Print(" ", two[k](x, y))
			}
			fmt.Println()
		}
	}
	fmt.Println(math.Inf(1), math.Inf(-1), math.Inf(0), math.IsNaN(math.NaN()), math.IsNaN(1), math.IsInf(math.Inf(-1), -1), math.IsInf(math.Inf(-1), 1), math.IsInf(math.Inf(1), 0))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Signbit(-1), math.Signbit(math.NaN()))
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(0x4000000000000000), math.Float32bits(1.5), math.Float32frombits(0x3fc00000), math.Float64bits(math.NaN()))
	for _, x := range []float64{3.75, -3.75, 0, math.Inf(1), math.NaN(), 1e-310, 1024} {
		i, f := math.Modf(x)
		fr, e := math.Frexp(x)
		fmt.Println(i, f, fr, e, math.Ldexp(fr, e), math.Ilogb(x))
	}
	fmt.Println(math.Ldexp(1, -1074), math.Ldexp(1, -1075), math.Ldexp(1, 1024), math.Ldexp(0.75, -1073))
	fmt.Println(math.Pow10(0), math.Pow10(5), math.Pow10(-5), math.Pow10(308), math.Pow10(309), math.Pow10(-323), math.Pow10(-324), math.Pow10(45))
	s, c := math.Sincos(1)
	fmt.Println(s, c, math.FMA(0.1, 10, -1), math.Nextafter32(1, 2), math.Nextafter32(0, -1))
	var sum float64
	for i := 0; i < 2000; i++ {
		x := float64(i)*0.37 - 300
		sum += math.Sin(x) + math.Cos(x) + math.Exp(x/100) + math.Log(math.Abs(x)+1) + math.Pow(math.Abs(x), 0.3) + math.Atan(x) + math.Tanh(x/50)
	}
	fmt.Println(sum)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64)
}
