package main

import (
	"fmt"
	"slices"
	"strings"
)

type rec struct {
	name string
	age  int
}

func main() {
	s := []int{3, 1, 2}
	fmt.Println(slices.Contains(s, 2), slices.Compare(s, s), slices.Compare([]int{1}, []int{1, 2}), slices.Compare([]int{2}, []int{1, 2}))
	fmt.Println(slices.EqualFunc(s, []string{"3", "1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.CompareFunc(s, []int{3, 1, 5}, func(a, b int) int { return a - b }))
	slices.Sort(s)
	fmt.Println(s, slices.Repeat(s, 2), len(slices.Clip(s[:1])), cap(slices.Clip(s[:1])), cap(slices.Grow(s, 10)) >= 13)
	fmt.Println(slices.Replace([]int{1, 2, 3, 4}, 1, 3, 9), slices.Replace([]int{1, 2, 3}, 0, 1, 7, 8, 9))
	fmt.Println(slices.CompactFunc([]string{"a", "A", "b", "B", "c"}, strings.EqualFold))
	fmt.Println(slices.BinarySearchFunc([]rec{{"a", 1}, {"b", 5}, {"c", 9}}, 5, func(r rec, t int) int { return r.age - t }))
	var recs []rec
	for i := 0; i < 40; i++ {
		recs = append(recs, rec{fmt.Sprintf("r%02d", i), (i * 7) % 5})
	}
	slices.SortFunc(recs, func(a, b rec) int { return a.age - b.age })
	fmt.Println(recs)
	slices.SortStableFunc(recs, func(a, b rec) int { return b.age - a.age })
	fmt.Println(recs)
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()
	fmt.Println(slices.SortedFunc(slices.Values([]int{5, 2, 8}), func(a, b int) int { return b - a }))
	fmt.Println(slices.AppendSeq([]int{0}, slices.Values([]int{1, 2})))
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Repeat(s, -1)
}
