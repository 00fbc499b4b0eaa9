package main

import (
	"fmt"
	"strings"
	"time"
)

type Box[T any] struct{ V T }

func (b *Box[T]) Set(v T) { b.V = v }
func (b Box[T]) Get() T   { return b.V }

type Point struct{ X, Y int }

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

var upper = Map([]string{"a", "b"}, strings.ToUpper)

var total = Sum(1, 2, 3)

func Sum[T int | float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = t.Left.Insert(v, less)
	} else {
		t.Right = t.Right.Insert(v, less)
	}
	return t
}

func (t *Tree[T]) InOrder(visit func(T)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func Local[T any](v T) string {
	type wrap struct {
		inner T
		n     int
	}
	w := wrap{v, 1}
	return fmt.Sprint(w.inner, w.n)
}

func main() {
	fmt.Println(upper, total)
	fmt.Printf("%T|%T|%T|%T|%T\n", Box[*Point]{}, Box[[]int]{}, Box[map[string]int]{}, Box[any]{}, Box[time.Duration]{})
	fmt.Printf("%T|%T\n", Box[Box[int]]{}, &Box[func(int) string]{})
	var b Box[int]
	set := b.Set
	set(5)
	get := Box[int].Get
	setp := (*Box[int]).Set
	setp(&b, 6)
	fmt.Println(b.Get(), get(b))
	var bb Box[Box[string]]
	bb.V.Set("deep")
	fmt.Println(bb.Get().Get(), bb)
	var root *Tree[string]
	for _, w := range strings.Fields("m c x a p") {
		root = root.Insert(w, func(a, b string) bool { return a < b })
	}
	var out []string
	root.InOrder(func(s string) { out = append(out, s) })
	fmt.Println(out)
	var ti *Tree[float64]
	ti = ti.Insert(2.5, func(a, b float64) bool { return a > b }).Insert(3.5, func(a, b float64) bool { return a > b })
	ti.InOrder(func(f float64) { fmt.Print(f, " ") })
	fmt.Println()
	fmt.Println(Local(3), Local("s"))
	pts := Map([]int{1, 2}, func(i int) Point { return Point{i, i * i} })
	fmt.Printf("%v %+v\n", pts, pts[1])
}
