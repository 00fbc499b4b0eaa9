package main

import "fmt"

type P struct{ x int }

func main() {
	var i int
	m := map[int]int{}
	i, m[i] = 1, 2
	fmt.Println(i, m)
	s := []int{0, 0, 0}
	j := 0
	j, s[j] = 2, 7
	fmt.Println(j, s)
	var p *P = &P{}
	q := p
	p, p.x = nil, 5
	fmt.Println(p == nil, q.x)
	mm := map[string][]int{"a": {1, 2}}
	k := "a"
	k, mm[k][1] = "b", 9
	fmt.Println(k, mm)
	x := struct{ a, _, c int }{1, 2, 3}
	fmt.Println(x)
	type T struct {
		_ int
		b string
		_ bool
	}
	t := T{1, "b", true}
	fmt.Printf("%+v\n", t)
	if ; true {
		fmt.Println("empty init")
	}
}
