package main

import (
	"cmp"
	"fmt"
	"strings"
)

func Identity[T any](x T) T { return x }

func Apply[T, U any](x T, f func(T) U) U { return f(x) }

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = Max(m, x)
	}
	return m
}

func Convert[To, From any](x From, f func(From) To) To { return f(x) }

func Fib[T ~int | ~int64](n T) T {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

// Mutual recursion through instances.
func Even[T ~int](n T) bool {
	if n == 0 {
		return true
	}
	return Odd(n - 1)
}

func Odd[T ~int](n T) bool {
	if n == 0 {
		return false
	}
	return Even(n - 1)
}

type Small int

func MakeCounter[T cmp.Ordered]() func(T) int {
	seen := map[T]int{}
	return func(x T) int {
		seen[x]++
		return seen[x]
	}
}

func Ptr[T any](v T) *T { return &v }

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var out []K
	for k := range m {
		out = append(out, k)
	}
	return out
}

type Celsius float64

func Sum[S ~[]E, E cmp.Ordered](s S) E {
	var t E
	for _, x := range s {
		t += x
	}
	return t
}

type Temps []Celsius

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func Variadic[T any](prefix string, xs ...T) string {
	var sb strings.Builder
	sb.WriteString(prefix)
	for _, x := range xs {
		sb.WriteString(fmt.Sprint(x))
	}
	return sb.String()
}

func main() {
	fmt.Println(Identity(3), Identity("s"), Identity(2.5), Identity[int8](7))
	fmt.Println(Apply(4, func(n int) string { return strings.Repeat("x", n) }))
	fmt.Println(Max(3, 7), Max("a", "b"), Max(1.5, 1), Max[float64](2, 3.5))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("q", "z", "a"))
	fmt.Println(Convert[string](42, func(n int) string { return fmt.Sprint(n * 2) }))
	fmt.Println(Fib(10), Fib(int64(20)))

	fmt.Println(Even(10), Odd(Small(7)), Even(Small(3)))
	c := MakeCounter[string]()
	c("a")
	c("b")
	fmt.Println(c("a"))
	ci := MakeCounter[int]()
	fmt.Println(ci(1), ci(1), ci(2))
	p := Ptr(5)
	*p++
	fmt.Println(*p, *Ptr("x"))
	fmt.Println(len(Keys(map[string]int{"a": 1, "b": 2})))
	fmt.Println(Sum([]int{1, 2, 3}), Sum(Temps{1.5, 2}))
	fmt.Printf("%T\n", Sum(Temps{1}))
	a, b := Swap(1, "one")
	fmt.Println(a, b)
	fmt.Println(Variadic("n:", 1, 2, 3), Variadic[string]("s:"), Variadic("t:", []bool{true, false}...))
	id := Identity[string]
	fmt.Println(id("value"))
	fmt.Println(Apply(3, Identity[int]))
}
