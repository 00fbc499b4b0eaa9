package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Many goroutines on every P: counters under a mutex, atomics, an RWMutex-guarded map, Once,
// OnceValue, WaitGroup.Go, Cond and TryLock. The output is the same for every interleaving.
func main() {
	const gs, per = 16, 2000
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	var atom atomic.Int64
	var u32 atomic.Uint32
	for g := 0; g < gs; g++ {
		wg.Go(func() {
			for i := 0; i < per; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
				atom.Add(2)
				u32.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Println("mutex:", counter, "atomic:", atom.Load(), u32.Load())

	// RWMutex: writers and readers interleave; every reader sees a consistent pair.
	var rw sync.RWMutex
	pair := [2]int{}
	var bad atomic.Int32
	for g := 0; g < 8; g++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.Lock()
				pair[0]++
				pair[1]++
				rw.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.RLock()
				if pair[0] != pair[1] {
					bad.Add(1)
				}
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("rwmutex:", pair, "torn reads:", bad.Load())

	// Once: f runs once, and no Do returns before it has finished.
	var once sync.Once
	var ran, early atomic.Int32
	done := false
	for g := 0; g < 8; g++ {
		wg.Go(func() {
			once.Do(func() {
				time.Sleep(20 * time.Millisecond)
				ran.Add(1)
				done = true
			})
			if !done {
				early.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Println("once ran:", ran.Load(), "returned early:", early.Load())
	v := sync.OnceValue(func() int { ran.Add(1); return 42 })
	fmt.Println("oncevalue:", v(), v(), ran.Load())

	// TryLock.
	var m2 sync.Mutex
	fmt.Println("trylock:", m2.TryLock(), m2.TryLock())
	m2.Unlock()
	fmt.Println("trylock after unlock:", m2.TryLock())
	var rw2 sync.RWMutex
	rw2.RLock()
	fmt.Println("tryrlock:", rw2.TryRLock(), "trylock:", rw2.TryLock())
	rw2.RUnlock()
	rw2.RUnlock()
	fmt.Println("trylock free:", rw2.TryLock())

	// Cond: a broadcast releases every waiter.
	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	ready := false
	var woke []int
	for g := 0; g < 5; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			cmu.Lock()
			for !ready {
				cond.Wait()
			}
			woke = append(woke, id)
			cmu.Unlock()
		}(g)
	}
	time.Sleep(10 * time.Millisecond)
	cmu.Lock()
	ready = true
	cond.Broadcast()
	cmu.Unlock()
	wg.Wait()
	sort.Ints(woke)
	fmt.Println("cond woke:", woke)

	// Fan-in over channels from many goroutines.
	ch := make(chan int, 4)
	for g := 0; g < 10; g++ {
		wg.Go(func() {
			for i := 1; i <= 100; i++ {
				ch <- i
			}
		})
	}
	go func() { wg.Wait(); close(ch) }()
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("fan-in sum:", sum)
}
