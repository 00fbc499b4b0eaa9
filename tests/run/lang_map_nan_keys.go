package main

import (
	"fmt"
	"math"
	"sort"
)

type K struct {
	F float64
	S string
}

func main() {
	m := map[float64]int{}
	for i := 0; i < 5; i++ {
		m[math.NaN()] = i
	}
	m[1] = 10
	m[1] = 11
	sum, nans := 0, 0
	var vals []int
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
		vals = append(vals, v)
	}
	sort.Ints(vals)
	fmt.Println(len(m), nans, sum, vals)
	_, ok := m[math.NaN()]
	fmt.Println(ok)
	delete(m, math.NaN())
	fmt.Println(len(m))

	km := map[K]int{{math.NaN(), "a"}: 1, {math.NaN(), "a"}: 2, {1, "b"}: 3}
	t := 0
	for _, v := range km {
		t += v
	}
	fmt.Println(len(km), t)

	im := map[any]int{math.NaN(): 1, math.NaN(): 2, "x": 3}
	t = 0
	for k, v := range im {
		t += v
		delete(im, k)
	}
	fmt.Println(len(im), t)

	clear(m)
	fmt.Println(len(m))
	for range m {
		fmt.Println("never")
	}
	fmt.Println(map[float64]bool{math.NaN(): true})
}
