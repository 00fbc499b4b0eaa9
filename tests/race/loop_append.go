// Go 1.22 gives each iteration its own i (no race), but the appends share one slice header, and a
// growing append reads the elements another goroutine wrote.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var out []int
	seen := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen[i] = i * i        // distinct elements: no race
			out = append(out, i) // race 1
		}()
	}
	wg.Wait()
	fmt.Println(seen, len(out) > 0)
}
