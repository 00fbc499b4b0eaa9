package main

import "fmt"

func inner() {
	defer func() {
		panic(fmt.Sprint("second ", recover()))
	}()
	panic("first")
}

func main() {
	func() {
		defer func() { recover() }()
		panic(1)
	}()
	defer func() {
		panic("third")
	}()
	inner()
}
