package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type P struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 11, 15, 13, 12, 14, 10}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs), slices.Contains(xs, 7), slices.Index(xs, 9), slices.Max(xs), slices.Min(xs))
	i, ok := slices.BinarySearch(xs, 8)
	fmt.Println(i, ok)
	fs := []float64{2.5, math.NaN(), -1, 0}
	slices.Sort(fs)
	fmt.Println(fs)
	ps := []P{{"bob", 30}, {"al", 25}, {"cy", 30}, {"di", 25}}
	slices.SortStableFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(ps)
	slices.SortFunc(ps, func(a, b P) int { return strings.Compare(b.Name, a.Name) })
	fmt.Println(ps)
	ys := slices.Clone(xs[:5])
	slices.Reverse(ys)
	ys = slices.Insert(ys, 1, 100, 200)
	ys = slices.Delete(ys, 0, 1)
	fmt.Println(ys, slices.Equal(ys, []int{100, 200, 3, 2, 1, 0}), slices.Compact([]int{1, 1, 2, 2, 2, 3}))
	fmt.Println(cmp.Compare("a", "b"), cmp.Less(2, 1), cmp.Or(0, 0, 3, 4), slices.Concat([]int{1}, []int{2, 3}))
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	slices.Sort(words)
	fmt.Println(words, slices.IndexFunc(words, func(w string) bool { return strings.HasPrefix(w, "q") }))
}
