// Two thousand goroutines wait at once (so parked ones give their slots back and take new ones):
// the mutex still orders their updates, and the one unsynchronised write still races.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 2000
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := make(chan struct{})
	hits := 0
	flag := 0
	out := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = i
			<-start
			mu.Lock()
			hits++
			mu.Unlock()
			out[i] *= 2
			if i == n/2 {
				flag = 1 // race 1
			}
		}()
	}
	close(start)
	flag = 2 // race 1
	wg.Wait()
	sum := 0
	for _, v := range out {
		sum += v
	}
	fmt.Println(hits, sum, flag > 0)
}
