package main

func First[T any](xs []T) T { return xs[0] }

func main() {
	var s string = First([]int{1})
	_ = s
}
