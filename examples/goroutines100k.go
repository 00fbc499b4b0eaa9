// goroutines100k: start 100,000 goroutines and wait for all of them; each adds its index to a shared sum (origin: seeds/001 "Go 언어 고루틴 동작 원리와 동시성 제어 완전 정복", §1-2 고루틴 10만 개).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var sum atomic.Int64
	for i := 0; i < 100_000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum.Add(int64(i))
		}()
	}
	wg.Wait()
	fmt.Println("goroutines: 100000, sum:", sum.Load())
}
