// A lock taken by one side only orders nothing: the unlocked method still races.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++ // race 1
	c.mu.Unlock()
}

func (c *Counter) Peek() int {
	return c.n // race 1
}

func main() {
	c := &Counter{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		c.Inc()
	}()
	v := c.Peek()
	wg.Wait()
	fmt.Println(v >= 0, c.Peek())
}
