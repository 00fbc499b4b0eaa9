package main

import "fmt"

func gen(yield func(int) bool) {
	defer func() {
		fmt.Println("iterator sees panic:", recover() != nil)
	}()
	yield(1)
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	for v := range gen {
		fmt.Println("body", v)
		panic("boom")
	}
}
