package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type counted struct {
	xs    []int
	less  int
	swaps int
}

func (c *counted) Len() int           { return len(c.xs) }
func (c *counted) Less(i, j int) bool { c.less++; return c.xs[i] < c.xs[j] }
func (c *counted) Swap(i, j int)      { c.swaps++; c.xs[i], c.xs[j] = c.xs[j], c.xs[i] }

type rec struct {
	key, id int
}

func gen(n, mod int) []rec {
	s := uint64(42)
	out := make([]rec, n)
	for i := range out {
		s = s*6364136223846793005 + 1442695040888963407
		out[i] = rec{int(s>>33) % mod, i}
	}
	return out
}

func digest(rs []rec) int {
	h := 0
	for _, r := range rs {
		h = (h*31 + r.id) % 1000000007
	}
	return h
}

func main() {
	ints := []int{5, 2, 6, 3, 1, 4, -7, 0, 5}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 5), sort.SearchInts(ints, 100), sort.SearchInts(ints, -100))
	strs := []string{"peach", "banana", "kiwi", "", "apple", "Banana"}
	sort.Strings(strs)
	fmt.Printf("%q %v %d\n", strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "kiwi"))
	fl := []float64{3.5, math.NaN(), -1, math.Inf(1), 0, math.Copysign(0, -1), 2, math.Inf(-1), math.NaN(), 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 2))
	fmt.Println(sort.IntsAreSorted([]int{1, 3, 2}), sort.IntsAreSorted(nil))

	people := []Person{{"Alice", 25}, {"Bob", 30}, {"Carol", 25}, {"Dave", 20}, {"Eve", 30}, {"Frank", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people, sort.IsSorted(ByAge(people)))
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Name > people[j].Name }))
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Stable(ByAge(people))
	fmt.Println(people)

	for _, n := range []int{10, 13, 49, 50, 51, 200, 1000} {
		for _, mod := range []int{3, 50, 100000} {
			a := gen(n, mod)
			sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
			b := gen(n, mod)
			sort.SliceStable(b, func(i, j int) bool { return b[i].key < b[j].key })
			ok := sort.SliceIsSorted(a, func(i, j int) bool { return a[i].key < a[j].key })
			fmt.Println(n, mod, digest(a), digest(b), ok)
		}
	}
	// Already sorted, reversed and sawtooth inputs take other pdqsort paths.
	for _, kind := range []string{"sorted", "reversed", "saw", "equal"} {
		c := &counted{}
		for i := 0; i < 300; i++ {
			switch kind {
			case "sorted":
				c.xs = append(c.xs, i)
			case "reversed":
				c.xs = append(c.xs, 300-i)
			case "saw":
				c.xs = append(c.xs, i%17)
			default:
				c.xs = append(c.xs, 7)
			}
		}
		sort.Sort(c)
		less, swaps := c.less, c.swaps
		fmt.Println(kind, less, swaps, sort.IsSorted(c))
		c.less, c.swaps = 0, 0
		sort.Stable(c)
		fmt.Println(kind, "stable", c.less, c.swaps)
	}

	small := []int32{9, -3, 7, 1}
	sort.Slice(small, func(i, j int) bool { return small[i] < small[j] })
	bs := []byte("sorting")
	sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
	f32 := []float32{2.5, -1.25, 0.5}
	sort.Slice(f32, func(i, j int) bool { return f32[i] < f32[j] })
	arrs := [][2]int{{3, 1}, {1, 2}, {2, 3}}
	sort.Slice(arrs, func(i, j int) bool { return arrs[i][0] < arrs[j][0] })
	fmt.Println(small, string(bs), f32, arrs)

	xs := []int{1, 3, 5, 7, 9}
	i := sort.Search(len(xs), func(i int) bool { return xs[i] >= 6 })
	fmt.Println(i, sort.Search(0, func(int) bool { return true }))
	j, found := sort.Find(len(strs), func(i int) int { return strings.Compare("kiwi", strs[i]) })
	fmt.Println(j, found)
	j, found = sort.Find(len(strs), func(i int) int { return strings.Compare("zzz", strs[i]) })
	fmt.Println(j, found)

	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	fmt.Println(is, is.Len(), is.Less(0, 1), is.Search(2))
	sort.Sort(sort.StringSlice(strs))
	fs := sort.Float64Slice{2, 1}
	fs.Swap(0, 1)
	fmt.Println(fs, strs)
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
