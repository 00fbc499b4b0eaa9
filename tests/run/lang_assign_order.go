package main

import "fmt"

func main() {
	x := []int{1, 2, 3}
	func() {
		defer func() { fmt.Println(recover(), x) }()
		i := 0
		i, x[i], x[5] = 1, 100, 500
	}()
	var p *[3]int
	a := [3]int{}
	func() {
		defer func() { fmt.Println(recover() != nil, a) }()
		a[0], p[1] = 7, 8
	}()
	m := map[string]int{}

	fmt.Println(m, x)
	y := [][]int{{1, 2}, {3, 4}}
	y[0][1], y[1][0] = y[1][0], y[0][1]
	fmt.Println(y)
}
