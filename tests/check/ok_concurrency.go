package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	var wg sync.WaitGroup
	var mu sync.Mutex
	ch := make(chan int, 3)
	total := 0
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
			ch <- i
		}()
	}
	wg.Wait()
	close(ch)
	select {
	case <-ctx.Done():
	case v, ok := <-ch:
		fmt.Println(v, ok, total)
	}
}
