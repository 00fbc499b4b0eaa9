package main

import (
	"fmt"
	"strings"
)

func Identity[T any](x T) T { return x }

func Double[T ~int | ~float64](x T) T { return x * 2 }

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func pick(up bool) func(string) string {
	if up {
		return strings.ToUpper
	}
	return Identity
}

func main() {
	var f func(int) int = Identity
	fmt.Println(f(1))
	var g func(float64) float64
	g = Double
	fmt.Println(g(1.25))
	fmt.Println(apply([]int{1, 2}, Double), apply([]int{3}, Identity[int]))
	fmt.Println(pick(false)("Abc"), pick(true)("Abc"))
	fns := []func(int) int{Double, Identity, Double[int]}
	for _, h := range fns {
		fmt.Print(h(5), " ")
	}
	fmt.Println()
}
