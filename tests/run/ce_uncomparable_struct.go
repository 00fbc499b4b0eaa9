package main

import "fmt"

type nat []uint
type Int struct {
	neg bool
	abs nat
}
type F struct{ f func() }
type M struct{ m map[int]int }
type A [2][]int
type W struct{ in Int }

func main() {
	a, b := Int{}, Int{}
	fmt.Println(a == b)
	fmt.Println(F{} == F{})
	fmt.Println(M{} != M{})
	var x, y A
	fmt.Println(x == y)
	fmt.Println(W{} == W{})
	var i any = a
	fmt.Println(i == i)
}
