package main

import "fmt"

type Pair[K, V any] struct {
	A K
	B V
}

func (p Pair[X, Y]) Swap() Pair[Y, X] { return Pair[Y, X]{p.B, p.A} }

type Stack[T any] struct{ items []T }

func (s Stack[_]) Len() int { return len(s.items) }

type Num interface{ ~int | ~float64 }

type Matrix[T Num] [][]T

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	n := len(m)
	out := make(Matrix[T], n)
	for i := range out {
		out[i] = make([]T, len(o[0]))
		for j := range out[i] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func Find[T comparable](xs []T, x T) Opt[int] {
	for i, y := range xs {
		if y == x {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	p := Pair[string, int]{"a", 1}
	q := p.Swap()
	fmt.Printf("%v %T %v %T\n", q, q, q.Swap(), q.Swap())
	fmt.Println(Stack[int]{[]int{1, 2}}.Len())
	m := Matrix[int]{{1, 2}, {3, 4}}
	fmt.Println(m.Mul(m), Matrix[float64]{{0.5}}.Mul(Matrix[float64]{{4}}))
	fmt.Println(Find([]string{"a", "b"}, "b"), Find([]int{1}, 2), Find([]int{1}, 2).OrElse(-1))
	fmt.Println(Some(Some(3)))
}

func (p Pair[_, _]) Kind() string { return "pair" }

func init() {
	fmt.Println(Pair[int, string]{}.Kind(), Pair[bool, bool]{}.Kind())
}
