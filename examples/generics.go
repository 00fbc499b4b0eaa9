// generics: type parameters, constraints, generic types and inference (origin: the Go tour's generics chapter).
package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

// Stack is a generic LIFO.
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

type Celsius float64

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}), Sum([]Celsius{20, 22.5}))
	fmt.Println(strings.Join(Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }), ","))
	fmt.Println(Max(3, 7), Max("go", "rust"))
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	for {
		x, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Println("pop", x)
	}
}
