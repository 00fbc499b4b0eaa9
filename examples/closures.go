// closures: functions as values, captured variables, per-iteration loop variables and defer order (origin: the Go tour's closures exercise, fibonacci).
package main

import "fmt"

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counter() (inc func(), get func() int) {
	n := 0
	return func() { n++ }, func() int { return n }
}

func main() {
	f := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	inc, get := counter()
	inc()
	inc()
	fmt.Println("count:", get())

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
}
