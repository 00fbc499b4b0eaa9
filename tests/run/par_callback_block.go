package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

// Code called back from the library (a String method, a sort comparison) may block: on a
// mutex, a channel, a sleep. Other goroutines keep running meanwhile.
type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprintf("Counter(%d)", c.n)
}

func main() {
	c := &Counter{}
	c.mu.Lock()
	go func() {
		time.Sleep(20 * time.Millisecond)
		c.n = 7
		c.mu.Unlock()
	}()
	fmt.Println(c) // blocks in String until the goroutine unlocks

	// A comparison that asks another goroutine over channels.
	req := make(chan [2]int)
	resp := make(chan bool)
	go func() {
		for r := range req {
			resp <- r[0] < r[1]
		}
	}()
	xs := []int{5, 2, 9, 1, 7, 3}
	sort.Slice(xs, func(i, j int) bool {
		req <- [2]int{xs[i], xs[j]}
		return <-resp
	})
	close(req)
	fmt.Println(xs)

	// Sleeping inside a callback, while other goroutines print.
	var wg sync.WaitGroup
	done := make(chan string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			done <- fmt.Sprint("worker ", i)
		}()
	}
	ys := []int{3, 1, 2}
	sort.Slice(ys, func(i, j int) bool {
		time.Sleep(time.Millisecond)
		return ys[i] < ys[j]
	})
	wg.Wait()
	close(done)
	var got []string
	for s := range done {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println(ys, got)
}
