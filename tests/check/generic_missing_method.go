package main

import "fmt"

func Join[T fmt.Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

type X struct{}

func (*X) String() string { return "t" }

func main() {
	_ = Join([]*X{{}})
	_ = Join([]X{{}})
}
