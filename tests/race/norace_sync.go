// Every synchronisation of Go's memory model orders these accesses: no report.
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	// Mutex.
	var mu sync.Mutex
	total := 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()

	// RWMutex: readers after a writer, a writer after readers.
	var rw sync.RWMutex
	shared := map[int]int{}
	for i := 0; i < 4; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			rw.Lock()
			shared[i] = i
			rw.Unlock()
		}()
		go func() {
			defer wg.Done()
			rw.RLock()
			_ = shared[i]
			rw.RUnlock()
		}()
	}
	wg.Wait()

	// A buffered channel as a semaphore: the k-th receive happens before the k+C-th send.
	sem := make(chan struct{}, 2)
	slots := make([]int, 2)
	counter := 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			counter++
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	_ = slots

	// Unbuffered hand-off, close, select.
	data := 0
	ch := make(chan int)
	go func() { data = 1; ch <- 1 }()
	<-ch
	data++
	quit := make(chan bool)
	go func() { data = 3; close(quit) }()
	select {
	case <-quit:
	case <-time.After(time.Minute):
	}
	data++

	// Atomics publish a value.
	var ready atomic.Bool
	msg := ""
	go func() { msg = "hi"; ready.Store(true) }()
	for !ready.Load() {
		time.Sleep(time.Microsecond)
	}
	msg += "!"

	// Once, Cond, AfterFunc, context cancellation.
	var once sync.Once
	conf := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); once.Do(func() { conf = 42 }); _ = conf }()
	}
	wg.Wait()
	cond := sync.NewCond(&mu)
	flag := false
	go func() { mu.Lock(); flag = true; cond.Signal(); mu.Unlock() }()
	mu.Lock()
	for !flag {
		cond.Wait()
	}
	mu.Unlock()
	late := 0
	fired := make(chan bool)
	late = 1
	time.AfterFunc(time.Millisecond, func() { late = 2; fired <- true })
	<-fired
	late++
	ctx, cancel := context.WithCancel(context.Background())
	note := ""
	go func() { note = "bye"; cancel() }()
	<-ctx.Done()
	note += "."

	fmt.Println(total, counter, data, msg, conf, flag, late, note)
}
