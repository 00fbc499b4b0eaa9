package main

import "fmt"

type E struct{}

func (E) M() string { return "m" }

func main() {
	a, b := &struct{}{}, &struct{}{}
	var x, y [0]int
	fmt.Println(len(x), *a == *b, x == y)
	m := map[E]int{{}: 1}
	m[E{}]++
	fmt.Println(m, E{}.M())
	s := make([]struct{}, 5)
	s[2] = struct{}{}
	fmt.Println(len(s), s)
	ch := make(chan struct{}, 3)
	ch <- struct{}{}
	fmt.Println(<-ch)
	var i any = E{}
	fmt.Println(i == E{}, fmt.Sprintf("%v %+v %#v", E{}, a, x))
	type W struct {
		A int
		Z struct{}
		B int
	}
	w := W{A: 1, B: 2}
	w2 := w
	w2.A = 5
	fmt.Println(w, w2, w == W{A: 1, B: 2})
}
