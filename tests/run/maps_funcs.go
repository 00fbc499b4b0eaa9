package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type M map[string]int

func main() {
	m := M{"a": 1, "b": 2, "c": 3}
	var keys []string
	maps.Keys(m)(func(k string) bool { keys = append(keys, k); return true })
	slices.Sort(keys)
	var vals []int
	maps.Values(m)(func(v int) bool { vals = append(vals, v); return true })
	slices.Sort(vals)
	fmt.Println(keys, vals)
	c := maps.Collect(maps.All(m))
	fmt.Println(c, maps.Equal(m, c), maps.Equal(m, M{"a": 1}))
	cl := maps.Clone(m)
	cl["d"] = 4
	fmt.Println(len(m), len(cl), maps.Clone(M(nil)) == nil)
	maps.DeleteFunc(cl, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(cl)
	dst := map[string]int{"z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	maps.Insert(dst, maps.All(map[string]int{"y": 25}))
	fmt.Println(len(dst), dst["y"])
	eq := maps.EqualFunc(map[int]string{1: "A"}, map[int]string{1: "a"}, strings.EqualFold)
	fmt.Println(eq)
	maps.All(m)(func(k string, v int) bool {
		if k == "b" {
			fmt.Println("found", v)
			return false
		}
		return true
	})
}
