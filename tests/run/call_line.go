package main

import "fmt"

func fail(a, b int) {
	var m map[int]int
	m[a] = b
}

// A call that spans lines is placed at its "(" in Go's traces: the closure
// call at its last line, the multi-line argument list at its first.
func main() {
	func() {
		fmt.Println("closure runs")
	}()
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fail(3,
			4)
	}()
	fail(1,
		2)
}
