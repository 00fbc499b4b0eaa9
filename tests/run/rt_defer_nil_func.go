package main

import "fmt"

func f() (r int) {
	defer func() {
		fmt.Println("outer recovered:", recover() != nil)
		r = 7
	}()
	var g func()
	defer g()
	fmt.Println("body ran")
	return 1
}

func main() {
	fmt.Println(f())
	var h func(int)
	defer fmt.Println("last")
	defer h(1)
}
