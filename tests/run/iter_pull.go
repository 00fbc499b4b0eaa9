package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("fib cleanup")
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(fib())
	for i := 0; i < 8; i++ {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	stop()
	fmt.Println(next())
	stop()

	for a, b := range zip(slices.Values([]string{"x", "y", "z"}), fib()) {
		fmt.Println(a, b)
	}

	n2, s2 := iter.Pull2(maps.All(map[string]int{"only": 1}))
	fmt.Println(n2())
	fmt.Println(n2())
	s2()

	short, _ := iter.Pull(slices.Values([]int{1}))
	fmt.Println(short())
	fmt.Println(short())
	fmt.Println(short())

	n3, _ := iter.Pull(func(yield func(int) bool) {
		yield(1)
		panic("seq failed")
	})
	fmt.Println(n3())
	defer func() { fmt.Println("recovered:", recover()) }()
	n3()
}
