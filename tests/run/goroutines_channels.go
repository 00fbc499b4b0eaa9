package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * j
	}
	_ = id
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 9; i++ {
		jobs <- i
	}
	close(jobs)
	go func() { wg.Wait(); close(results) }()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum)

	// Unbuffered ping-pong keeps order.
	ping, pong := make(chan string), make(chan string)
	go func() {
		for m := range ping {
			pong <- m + "!"
		}
		close(pong)
	}()
	for _, m := range []string{"a", "b", "c"} {
		ping <- m
		fmt.Print(<-pong, " ")
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(ok)

	// select with timeout and default.
	c := make(chan int)
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready")
	}
	go func() { time.Sleep(5 * time.Millisecond); c <- 42 }()
	select {
	case v := <-c:
		fmt.Println("got", v)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}
	var mu sync.Mutex
	n := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			n++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println("n", n)
}
