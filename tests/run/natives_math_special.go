package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, math.Copysign(0, -1), 1e-310, 1e-20, 0.1, 0.3, 0.84, 0.9, 1, 1.2, 1.3, 2, 2.5, 3, 5.9, 6.5, 10, 27, 30, -0.1, -0.9, -1.2, -2.5, -3, -5.5, -7, 33.5, -33.5, 40, 150, 171.5, 180, -180.5, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range xs {
		fmt.Println(x, math.Erf(x), math.Erfc(x), math.Gamma(x))
	}
	sum := 0.0
	for i := 0; i < 3000; i++ {
		x := float64(i)*0.0123 - 18
		sum += math.Erf(x) + math.Erfc(x) + math.Gamma(x/3)
	}
	fmt.Println(sum)
}
