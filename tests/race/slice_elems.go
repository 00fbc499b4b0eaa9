// Goroutines writing different elements (even adjacent bytes) do not race; two writing one do.
package main

import (
	"fmt"
	"sync"
)

func main() {
	b := make([]byte, 8)
	n := make([]int, 8)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b[i] = byte(i)
			n[i]++
		}()
	}
	wg.Wait()
	done := make(chan bool)
	go func() {
		n[3] = 7 // race 1
		done <- true
	}()
	n[3] = 8 // race 1
	<-done
	fmt.Println(len(b))
}
