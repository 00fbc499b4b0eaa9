// A counter that loses updates: two goroutines increment it without a lock.
// `corgi run -race examples/racecounter.go` reports the race as Go's detector does (exit 66);
// guard `count++` with a sync.Mutex (or use sync/atomic) and the report goes away.
package main

import (
	"fmt"
	"sync"
)

func main() {
	count := 0
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				count++
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", count > 0)
}
