// Two distinct races; each pair of stacks is reported once however often the race happens.
package main

import (
	"fmt"
	"sync"
)

func main() {
	x, y := 0, 0
	var wg sync.WaitGroup
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				x++ // race 1
			}
		}()
	}
	wg.Wait()
	wg.Add(1)
	go func() {
		defer wg.Done()
		y = 1 // race 2
	}()
	fmt.Println(y) // race 2
	wg.Wait()
	fmt.Println(x > 0)
}
