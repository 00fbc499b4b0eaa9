// atomiccounter: 1000 goroutines increment shared counters with sync/atomic and with a Mutex (origin: seeds/001 "Go 언어 고루틴 동작 원리와 동시성 제어 완전 정복", §6 Mutex and §8 sync/atomic).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu    sync.Mutex
	count int
}

func (c *SafeCounter) Increment() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.count++
}

func (c *SafeCounter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.count
}

func main() {
	var counter int64
	safe := &SafeCounter{}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&counter, 1)
			safe.Increment()
		}()
	}
	wg.Wait()
	fmt.Println("atomic:", atomic.LoadInt64(&counter), "mutex:", safe.Value())
}
