// Pipelines, a generic map behind an embedded Mutex, timeouts, tickers, channels of channels,
// per-goroutine sorting and sync.Pool: no report.
package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"


)

type SafeMap[K comparable, V any] struct {
	sync.Mutex
	m map[K]V
}

func (s *SafeMap[K, V]) Put(k K, v V) {
	s.Lock()
	defer s.Unlock()
	s.m[k] = v
}

func pipeline() int {
	gen := func(n int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for i := 0; i < n; i++ {
				out <- i
			}
		}()
		return out
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int, 3)
		go func() {
			defer close(out)
			for v := range in {
				out <- v * v
			}
		}()
		return out
	}
	sum := 0
	for v := range sq(gen(10)) {
		sum += v
	}
	return sum
}

func main() {
	// generic safe map
	sm := &SafeMap[string, int]{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); sm.Put(fmt.Sprint(i%3), i) }()
	}
	wg.Wait()
	fmt.Println(len(sm.m))

	fmt.Println(pipeline())

	// timeout context
	ctx2, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	result := make(chan int)
	var slow int
	go func() {
		slow = 1
		select {
		case result <- 1:
		case <-ctx2.Done():
		}
	}()
	select {
	case v := <-result:
		fmt.Println("got", v, slow)
	case <-ctx2.Done():
		fmt.Println("timeout")
	}

	// ticker
	tk := time.NewTicker(2 * time.Millisecond)
	ticks := 0
	for range tk.C {
		ticks++
		if ticks == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println(ticks)

	// channel of channels
	reqs := make(chan chan int)
	state := 0
	go func() {
		for r := range reqs {
			state++
			r <- state
		}
	}()
	for i := 0; i < 3; i++ {
		r := make(chan int)
		reqs <- r
		fmt.Println(<-r)
	}
	close(reqs)

	// sort per goroutine
	data := [][]int{{3, 1, 2}, {9, 8, 7}}
	for _, d := range data {
		wg.Add(1)
		go func() { defer wg.Done(); sort.Ints(d) }()
	}
	wg.Wait()
	fmt.Println(data)

	// pool
	pool := sync.Pool{New: func() any { return new(strings.Builder) }}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := pool.Get().(*strings.Builder)
			b.Reset()
			b.WriteString("x")
			pool.Put(b)
		}()
	}
	wg.Wait()
	fmt.Println("done")
}
