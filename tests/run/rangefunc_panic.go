package main

import "fmt"

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	defer fmt.Println("deferred")
	for v := range bad {
		fmt.Println(v)
		break
	}
	fmt.Println("unreachable")
}
