package main

import (
	"fmt"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// A goroutine deep in recursion (calls, no loops) must not keep main from running.
func main() {
	go func() { fib(60) }()
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main woke in time:", time.Since(start) < 2*time.Second)
}
