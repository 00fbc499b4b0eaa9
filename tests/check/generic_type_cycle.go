package main

type Box[T any] struct {
	v    T
	next *Box[*T]
}

func main() {
	var b Box[int]
	_ = b
}
