package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Sq struct{ s float64 }

func (q Sq) Area() float64          { return q.s * q.s }
func (q Sq) Scale(f float64) Shape  { return Sq{q.s * f} }
func (q *Sq) Grow()                 { q.s++ }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s Stack[T]) Len() int   { return len(s.items) }

func main() {
	area := Shape.Area
	scale := Shape.Scale
	fmt.Println(area(Sq{3}), area(scale(Sq{2}, 2)))
	fa := Sq.Area
	fg := (*Sq).Grow
	fpa := (*Sq).Area
	q := Sq{1}
	fg(&q)
	fmt.Println(fa(q), fpa(&q))
	fmt.Printf("%T\n", fa)
	fmt.Printf("%T\n", area)
	push := (*Stack[int]).Push
	var st Stack[int]
	push(&st, 1)
	push(&st, 2)
	fmt.Println(Stack[int].Len(st))
	up := strings.ToUpper
	b := (*strings.Builder).WriteString
	var sb strings.Builder
	b(&sb, up("x"))
	fmt.Println(sb.String())
	var sh Shape
	defer func() { fmt.Println("recovered:", recover()) }()
	area(sh)
}
