package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func main() {
	s := &Stack[string]{}
	s.Push("a")
	fmt.Println(Sum(1, 2, 3), Sum[float64](1.5), len(s.items))
}
