package main

import "fmt"

func Join[T fmt.Stringer](xs []T) string { return "" }

type X struct{}

type Y int

func (*X) String() string { return "t" }

func main() {
	_ = Join[X](nil)
	_ = Join([]Y{})
}
