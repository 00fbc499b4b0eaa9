package main

import "fmt"

const (
	A = iota
	B
	C
)

func main() {
	a := [...]string{9: "hello"}
	fmt.Printf("%q %T\n", a, a)
	b := [...]string{0: "zero", 1: "one", 3: "three", 5: "five"}
	fmt.Printf("%q %d\n", b, len(b))
	c := [...]int{5, C: 7, 8, 1: 2}
	fmt.Println(c, len(c))
	d := [10]int{2: 1, 3, 4, 8: 9}
	fmt.Println(d)
	s := []string{4: "x", 1: "y", "z"}
	fmt.Printf("%q %d %d\n", s, len(s), cap(s))
	m := [...]bool{B: true}
	fmt.Println(m, len(m))
	type P struct{ X, Y int }
	ps := [...]P{2: {1, 2}}
	fmt.Println(ps)
	pp := [...]*P{1: {3, 4}}
	fmt.Println(pp[0] == nil, *pp[1])
}
