package main

import (
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"sort"
)

func grid(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

func upto(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				fmt.Println("  upto stopped at", i)
				return
			}
		}
		fmt.Println("  upto exhausted")
	}
}

// Return from two levels deep, with a struct and an error.
type hit struct{ a, b int }

func search(target int) (hit, error) {
	for a := range upto(5) {
		for b := range upto(5) {
			if a*b == target {
				return hit{a, b}, nil
			}
		}
	}
	return hit{}, errors.New("not found")
}

func labels() {
outer:
	for a := range upto(4) {
		for b := range upto(4) {
			switch {
			case b > a:
				continue outer
			case a == 3:
				break outer
			}
			fmt.Println(a, b)
		}
	}
	fmt.Println("labels done")
}

func mixed() int {
	total := 0
	for i := 0; i < 3; i++ {
		for v := range upto(10) {
			if v == i {
				continue
			}
			if v > i+1 {
				break
			}
			total += v * 100
		}
	}
	return total
}

func withDefer() (s string) {
	defer func() { s += "!" }()
	for v := range upto(3) {
		if v == 1 {
			return "one"
		}
	}
	return "none"
}

func bare() (n int, err error) {
	for v := range upto(10) {
		n = v
		if v == 4 {
			err = fmt.Errorf("four")
			return
		}
	}
	return
}

type Tree[T any] struct {
	left, right *Tree[T]
	val         T
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) { t.push(yield) }
}

func (t *Tree[T]) push(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.left.push(yield) && yield(t.val) && t.right.push(yield)
}

func insert[T any](t *Tree[T], v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{val: v}
	}
	if less(v, t.val) {
		t.left = insert(t.left, v, less)
	} else {
		t.right = insert(t.right, v, less)
	}
	return t
}

func firstOver[T any](seq iter.Seq[T], pred func(T) bool) (T, bool) {
	for v := range seq {
		if pred(v) {
			return v, true
		}
	}
	var zero T
	return zero, false
}

func main() {
	for i, j := range grid(2) {
		fmt.Println("grid", i, j)
	}
	fmt.Println(search(6))
	fmt.Println(search(100))
	labels()
	fmt.Println(mixed())
	fmt.Println(withDefer())
	fmt.Println(bare())
	var t *Tree[string]
	for _, w := range []string{"m", "c", "x", "a", "e"} {
		t = insert(t, w, func(a, b string) bool { return a < b })
	}
	for w := range t.All() {
		fmt.Print(w, " ")
	}
	fmt.Println()
	fmt.Println(firstOver(t.All(), func(s string) bool { return s > "d" }))
	fmt.Println(firstOver(t.All(), func(s string) bool { return s > "z" }))
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	keys := slices.Collect(maps.Keys(m))
	sort.Strings(keys)
	fmt.Println(keys)
	m2 := maps.Collect(maps.All(m))
	fmt.Println(len(m2), m2["b"])
	// Goroutines ranging over iterators concurrently.
	res := make(chan int)
	for g := range 4 {
		go func() {
			s := 0
			for v := range upto(g * 10) {
				s += v
			}
			res <- s
		}()
	}
	sum := 0
	for range 4 {
		sum += <-res
	}
	fmt.Println("sum", sum)
	// A method value as the iterator.
	next := t.All()
	count := 0
	for range next {
		count++
	}
	fmt.Println("count", count)
	// Panic in the body propagates through the iterator.
	defer func() { fmt.Println("recovered:", recover()) }()
	for v := range upto(3) {
		if v == 2 {
			panic(fmt.Sprint("body panic at ", v))
		}
	}
}
