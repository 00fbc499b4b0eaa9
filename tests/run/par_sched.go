package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func main() {
	// A goroutine that never blocks cannot starve main, whatever GOMAXPROCS is.
	var stop atomic.Bool
	go func() {
		for !stop.Load() {
		}
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("main ran beside a spinning goroutine")
	stop.Store(true)

	// GOMAXPROCS takes effect: lower it to 1, run work, raise it again.
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("GOMAXPROCS now", runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	results := make([]int, 6)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = spin(100000 + i)
		}()
	}
	wg.Wait()
	runtime.GOMAXPROCS(4)
	fmt.Println("GOMAXPROCS now", runtime.GOMAXPROCS(0))
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if results[i] != spin(100000+i) {
				panic("mismatch")
			}
		}()
	}
	wg.Wait()
	runtime.GOMAXPROCS(prev)
	fmt.Println("results:", results)

	// Gosched, NumGoroutine, and goroutines that end leave the count where it was.
	time.Sleep(10 * time.Millisecond)
	before := runtime.NumGoroutine()
	var n atomic.Int32
	for i := 0; i < 100; i++ {
		wg.Go(func() {
			runtime.Gosched()
			n.Add(1)
		})
	}
	wg.Wait()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("ran:", n.Load(), "goroutines back to before:", runtime.NumGoroutine() == before)

	// Timers on many goroutines: each sleeps, then reports in order of its deadline.
	out := make(chan int, 5)
	for _, d := range []int{40, 10, 30, 20, 50} {
		go func() {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- d
		}()
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()

	// A panic in another goroutine ends the program with exit status 2.
	go func() {
		var m map[string]int
		m["x"] = 1
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
