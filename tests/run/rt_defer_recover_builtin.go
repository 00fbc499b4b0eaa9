package main

import "fmt"

func nested() (r any) {
	defer func() { r = recover() }()
	defer func() {
		// A deferred function's own `defer recover()` runs at its normal return and recovers
		// the outer panic.
		defer recover()
	}()
	panic("outer")
}

func own() {
	defer func() { fmt.Println("own: outer sees", recover()) }()
	defer func() {
		defer func() { fmt.Println("own: inner sees", recover()) }()
		defer recover() // runs for this function's own panic: called by the runtime, a no-op
		panic("inner")
	}()
	panic("first")
}

func main() {
	fmt.Println("nested:", nested())
	own()
	defer fmt.Println("main's deferred print still runs")
	defer recover() // in main, recover is not called by a deferred function: no effect
	panic("unrecovered")
}
