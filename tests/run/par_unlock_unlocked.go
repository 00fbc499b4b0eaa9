package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	defer fmt.Println("deferred calls do not run on a fatal error")
	mu.Unlock()
}
