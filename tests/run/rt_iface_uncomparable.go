package main

import "fmt"

func eq(a, b any) (r bool, err any) {
	defer func() { err = recover() }()
	return a == b, nil
}

func main() {
	var (
		m map[int]int
		s struct{ x []int }
		a [2]func()
		f func()
	)
	for _, v := range []any{m, s, a, f, 1, "x", struct{ y int }{}} {
		r, err := eq(v, v)
		fmt.Println(r, err)
	}
	k := map[any]int{}
	func() {
		defer func() { fmt.Println(recover()) }()
		k[s] = 1
	}()
	fmt.Println(len(k))
}
