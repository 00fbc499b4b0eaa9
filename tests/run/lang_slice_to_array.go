package main

import "fmt"

type P struct{ X int }

func main() {
	b := []byte("hello world")
	a := [5]byte(b)
	p := (*[3]byte)(b[6:])
	p[0] = 'W'
	fmt.Println(string(a[:]), string(b), len(p))
	ps := []P{{1}, {2}}
	pa := [2]P(ps)
	pa[0].X = 9
	fmt.Println(ps, pa)
	var ns []int
	fmt.Println((*[0]int)(ns) == nil, [0]int(ns))
	e := []int{}
	fmt.Println((*[0]int)(e) != nil)
	type A4 [4]int
	fmt.Println(A4([]int{1, 2, 3, 4, 5}))
	defer func() { fmt.Println(recover()) }()
	fmt.Println([3]int(ns))
}
