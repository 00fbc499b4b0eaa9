package main

import (
	"fmt"
	"runtime"
)

func where() int {
	_, _, line, _ := runtime.Caller(1)
	return line
}

func main() {
	var line int
	func() {
		defer func() {
			_, _, line, _ = runtime.Caller(1)
		}()
	}()
	fmt.Println("deferring function at its end:", line)
	fmt.Println("plain call:", where())
	func() {
		defer func() { fmt.Println("deferred call sees:", where()) }()
		fmt.Println("body")
	}()
}
