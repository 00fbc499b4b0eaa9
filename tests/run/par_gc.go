package main

import (
	"fmt"
	"sync"
)

type node struct {
	left, right *node
	val         int
}

func build(d, v int) *node {
	if d == 0 {
		return &node{val: v}
	}
	return &node{left: build(d-1, 2*v), right: build(d-1, 2*v+1), val: v}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

func mergeSort(xs []int, depth int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	var l, r []int
	if depth > 0 {
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); l = mergeSort(xs[:mid], depth-1) }()
		go func() { defer wg.Done(); r = mergeSort(xs[mid:], depth-1) }()
		wg.Wait()
	} else {
		l, r = mergeSort(xs[:mid], 0), mergeSort(xs[mid:], 0)
	}
	out := make([]int, 0, len(xs))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

// Goroutines on every P allocate (trees kept alive across collections, garbage slices, maps and
// strings) while collections stop the world under them; every result must come out intact.
func main() {
	var wg sync.WaitGroup
	sums := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			keep := build(12, 1)
			for round := 0; round < 20; round++ {
				_ = build(10, round) // garbage
				m := map[string]int{}
				for k := 0; k < 200; k++ {
					m[fmt.Sprint("k", k)] = k
				}
				if len(m) != 200 {
					panic("map lost entries")
				}
			}
			sums[g] = keep.sum()
		}()
	}
	xs := make([]int, 30000)
	seed := uint32(7)
	for i := range xs {
		seed = seed*1103515245 + 12345
		xs[i] = int(seed>>8) % 100000
	}
	sorted := mergeSort(xs, 5)
	wg.Wait()
	ok := len(sorted) == len(xs)
	for i := 1; i < len(sorted); i++ {
		if sorted[i-1] > sorted[i] {
			ok = false
		}
	}
	fmt.Println("sorted:", ok, "sums:", sums)
}
