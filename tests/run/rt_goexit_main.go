package main

import (
	"fmt"
	"runtime"
	"time"
)

const (
	A = string(rune(iota + 'a'))
	B
	C
)

type Num interface{ ~int | ~float64 }

func Sum[T Num](xs ...T) T {
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

type Pair[K comparable, V any] struct {
	K K
	V V
}

func main() {
	fmt.Println(A, B, C)
	f := Sum[int]
	g := Sum[float64]
	fmt.Println(f(1, 2, 3), g(1.5, 2))
	h := Map[int, string]
	fmt.Println(h([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) }))
	fmt.Println(Pair[string, int]{"a", 1})
	var fs []func(...int) int
	fs = append(fs, Sum[int])
	fmt.Println(fs[0](4, 5))
	a, b := &struct{}{}, &struct{}{}
	_ = a
	_ = b
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("other done")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
