package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs[K comparable, V any](ks []K, vs []V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := range ks {
			if !yield(ks[i], vs[i]) {
				return
			}
		}
	}
}

type List struct {
	v    int
	next *List
}

func (l *List) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		for ; l != nil; l = l.next {
			if !yield(l.v) {
				return
			}
		}
	}
}

func find(seq iter.Seq[int], want int) (int, bool) {
	i := 0
	for v := range seq {
		if v == want {
			return i, true
		}
		i++
	}
	return -1, false
}

type point struct{ x, y int }

func firstBig(seq iter.Seq[point]) point {
	for p := range seq {
		if p.x > 10 {
			return p
		}
	}
	return point{}
}

func nested() string {
	var sb strings.Builder
outer:
	for i := range count(5) {
		for j := range count(5) {
			if j > i {
				continue outer
			}
			if i == 4 {
				break outer
			}
			fmt.Fprintf(&sb, "%d%d ", i, j)
		}
	}
	return sb.String()
}

func sumTo(limit int) (total int) {
	for v := range count(100) {
		if total+v > limit {
			return
		}
		total += v
	}
	return total
}

func main() {
	for i := range count(3) {
		fmt.Println("i", i)
	}
	for range count(2) {
		fmt.Println("tick")
	}
	sum := 0
	for v := range count(10) {
		if v%2 == 0 {
			continue
		}
		if v > 7 {
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)
	for k, v := range pairs([]string{"a", "b", "c"}, []int{1, 2, 3}) {
		fmt.Println(k, v)
	}
	for k := range pairs([]string{"x", "y"}, []bool{true, false}) {
		fmt.Println("key only", k)
	}
	l := &List{1, &List{2, &List{3, nil}}}
	for v := range l.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(find(l.All(), 2))
	fmt.Println(find(l.All(), 9))
	fmt.Println(firstBig(func(yield func(point) bool) {
		for i := 0; i < 5; i++ {
			if !yield(point{i * 5, i}) {
				return
			}
		}
	}))
	fmt.Println(nested())
	fmt.Println(sumTo(20))

	// Closures capturing the per-iteration variable.
	var fs []func() int
	for v := range count(3) {
		fs = append(fs, func() int { return v * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Assignment form.
	var last int
	for last = range count(4) {
	}
	fmt.Println("last", last)

	// Library iterators.
	s := []string{"c", "a", "b"}
	for i, x := range slices.All(s) {
		fmt.Println(i, x)
	}
	fmt.Println(slices.Collect(slices.Values(s)))
	fmt.Println(slices.Sorted(slices.Values(s)))
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	for i, x := range slices.Backward(s) {
		fmt.Print(i, x, " ")
	}
	fmt.Println()

	// Switch and select inside the body: break refers to them.
	for v := range count(3) {
		switch v {
		case 1:
			break
		default:
			fmt.Println("sw", v)
		}
	}
	// Goroutine inside the body.
	done := make(chan int)
	for v := range count(3) {
		go func() { done <- v }()
	}
	got := 0
	for range 3 {
		got += <-done
	}
	fmt.Println("got", got)
	// Function-typed variable as iterator.
	var seq func(func(string) bool) = func(yield func(string) bool) {
		_ = yield("only") && yield("never")
	}
	for s := range seq {
		fmt.Println(s)
		break
	}
}
