package main

import "fmt"

var order []string

func reg(s string) int { order = append(order, s); return len(order) }

var _ = reg("a")
var x, _ = reg("b"), reg("c")
var _, y = reg("d"), reg("e")
var _, _ = fmt.Println("init print")
var _ int = 7
var _ = z + 1
var z = reg("z")

type I interface{ M() string }
type T struct{}

func (*T) M() string { return "m" }

var _ I = (*T)(nil)
var _ = (I)((*T)(nil))

const _ = 3

type _ struct{}

func _() {}

func main() {
	fmt.Println(order, x, y, z)
}
