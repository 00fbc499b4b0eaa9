package main

import "fmt"

type S struct{}

func (S) m1(s string) { fmt.Println("m1", s) }

func main() {
	var v any = map[string]int{"a": 1}
	m := v.(map[string]int)
	fmt.Println(map[string]int(m), []int(nil) == nil)
	f := (func())(nil)
	fmt.Println(f == nil)
	c := (chan int)(nil)
	fmt.Println(c == nil)
	g := interface{ m1(string) }.m1
	g(S{}, "b")
	h := struct{ S }.m1
	h(struct{ S }{}, "c")
	p := (*struct{ S }).m1
	p(&struct{ S }{}, "d")
	fmt.Println(map[string]any(nil) == nil)
}
