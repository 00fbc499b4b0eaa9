// Once, Cond, context, atomic types and atomic.Value, sync.Map, a channel as a lock, a read-only map:
// every one orders its accesses, so no report.
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type S struct {
	a, b int
	name string
}

func (s *S) setA() { s.a = 1 }

func main() {
	// copy to goroutine: no race
	s := S{1, 2, "x"}
	var wg sync.WaitGroup
	wg.Add(1)
	go func(c S) {
		defer wg.Done()
		c.a = 5
		_ = c
	}(s)
	s.b = 3
	wg.Wait()

	// distinct fields: no race
	wg.Add(2)
	go func() { defer wg.Done(); s.a = 9 }()
	go func() { defer wg.Done(); s.b = 9 }()
	wg.Wait()

	// once
	var once sync.Once
	var cfg map[string]int
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { cfg = map[string]int{"a": 1} })
			_ = cfg["a"]
		}()
	}
	wg.Wait()

	// cond
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	val := 0
	go func() {
		mu.Lock()
		val = 42
		ready = true
		cond.Broadcast()
		mu.Unlock()
	}()
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
	fmt.Println(val)

	// context
	ctx, cancel := context.WithCancel(context.Background())
	msg := ""
	go func() {
		msg = "bye"
		cancel()
	}()
	<-ctx.Done()
	fmt.Println(msg)

	// atomic types
	var n atomic.Int64
	var flag atomic.Bool
	data := 0
	go func() {
		data = 7
		flag.Store(true)
	}()
	for !flag.Load() {
		time.Sleep(time.Millisecond)
	}
	n.Add(int64(data))
	fmt.Println(n.Load())

	// sync.Map
	var m sync.Map
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(i, i*i)
			m.Load(i - 1)
		}()
	}
	wg.Wait()
	cnt := 0
	m.Range(func(k, v any) bool { cnt++; return true })
	fmt.Println(cnt)

	// atomic.Value
	var av atomic.Value
	go func() { av.Store(S{name: "z"}) }()
	for av.Load() == nil {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(av.Load().(S).name)

	// method value goroutine
	wg.Add(1)
	p := &S{}
	go func() { defer wg.Done(); p.setA() }()
	wg.Wait()
	fmt.Println(p.a)

	// buffered chan as mutex
	lock := make(chan struct{}, 1)
	total := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lock <- struct{}{}
			total += i
			<-lock
		}()
	}
	wg.Wait()
	fmt.Println(total)

	// read-only map concurrently
	ro := map[int]string{1: "a", 2: "b"}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); _ = ro[1] + ro[2]; _ = len(ro) }()
	}
	wg.Wait()
}
