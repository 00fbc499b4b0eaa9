// Twenty thousand goroutines touch memory, take a lock and park at once: clocks stay small
// (slots follow the goroutines that run), so -race needs no more than a plain run times a few.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 20000
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	release := make(chan struct{})
	vals := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			vals[i] = i
			mu.Lock()
			total++
			mu.Unlock()
			<-release
		}()
	}
	for {
		mu.Lock()
		t := total
		mu.Unlock()
		if t == n {
			break
		}
	}
	close(release)
	wg.Wait()
	s := 0
	for _, v := range vals {
		s += v
	}
	fmt.Println(total, s)
}
