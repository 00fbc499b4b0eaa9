package main

import (
	"fmt"
	"math"
	"reflect"
)

type Point struct {
	X, Y int
	Tags []string
}

type Node struct {
	Val  int
	Next *Node
}

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type MyInt int

func main() {
	check := func(name string, a, b any) { fmt.Printf("%-22s %v\n", name, reflect.DeepEqual(a, b)) }
	check("ints", 1, 1)
	check("int vs int64", 1, int64(1))
	check("MyInt vs int", MyInt(1), 1)
	check("strings", "go", "g"+"o")
	check("nil nil", nil, nil)
	check("nil vs 0", nil, 0)
	check("nan", math.NaN(), math.NaN())
	check("floats", 1.5, 1.5)
	check("slices", []int{1, 2, 3}, []int{1, 2, 3})
	check("slices differ", []int{1, 2, 3}, []int{1, 2, 4})
	check("slices len", []int{1, 2}, []int{1, 2, 3})
	check("nil vs empty slice", []int(nil), []int{})
	check("nil slices", []int(nil), []int(nil))
	check("nan slice", []float64{math.NaN()}, []float64{math.NaN()})
	s := []float64{math.NaN()}
	check("same nan slice", s, s)
	check("arrays", [3]int{1, 2, 3}, [3]int{1, 2, 3})
	check("arrays differ", [2]string{"a", "b"}, [2]string{"a", "c"})
	check("structs", Point{1, 2, []string{"a"}}, Point{1, 2, []string{"a"}})
	check("structs differ", Point{1, 2, nil}, Point{1, 2, []string{}})
	check("pointers", &Point{X: 1}, &Point{X: 1})
	check("pointers differ", &Point{X: 1}, &Point{X: 2})
	check("maps", map[string]int{"a": 1, "b": 2}, map[string]int{"b": 2, "a": 1})
	check("maps differ", map[string]int{"a": 1}, map[string]int{"a": 2})
	check("maps keys", map[string]int{"a": 1}, map[string]int{"b": 1})
	check("nil vs empty map", map[string]int(nil), map[string]int{})
	check("nested maps", map[string][]int{"x": {1}}, map[string][]int{"x": {1}})
	check("interfaces", []Shape{Sq{2}}, []Shape{Sq{2}})
	check("interfaces differ", []Shape{Sq{2}}, []Shape{Sq{3}})
	check("any slice", []any{1, "a", nil}, []any{1, "a", nil})
	check("any slice types", []any{1}, []any{int8(1)})
	var f func()
	check("nil funcs", f, f)
	g := func() {}
	check("funcs", g, g)
	a := &Node{Val: 1}
	a.Next = a
	b := &Node{Val: 1}
	b.Next = b
	check("cycles", a, b)
	c := &Node{Val: 2}
	c.Next = c
	check("cycles differ", a, c)
	var long1, long2 *Node
	for i := 0; i < 200000; i++ {
		long1 = &Node{i, long1}
		long2 = &Node{i, long2}
	}
	check("long lists", long1, long2)
	long2.Next.Next.Val = -1
	check("long lists differ", long1, long2)
	type pair struct {
		m map[int]*Point
		e error
	}
	check("unexported fields", pair{map[int]*Point{1: {X: 1}}, nil}, pair{map[int]*Point{1: {X: 1}}, nil})
	check("errors", fmt.Errorf("x"), fmt.Errorf("x"))
	check("bytes", []byte("abc"), []byte("abc"))
}
