package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock() // never unlocked: everyone sleeps forever
	}()
	fmt.Println("waiting")
	wg.Wait()
}
