// workerpool: a fixed pool of goroutines reading jobs from a channel, a WaitGroup closing the results (origin: seeds/001 "Go 언어 고루틴 동작 원리와 동시성 제어 완전 정복", §10 Worker Pool).
package main

import (
	"fmt"
	"sync"
)

func main() {
	const numWorkers = 5
	const numJobs = 20

	jobs := make(chan int, numJobs)
	results := make(chan int, numJobs)

	var wg sync.WaitGroup
	for w := 0; w < numWorkers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for job := range jobs {
				results <- job * job
			}
		}(w)
	}

	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)

	go func() {
		wg.Wait()
		close(results)
	}()

	total := 0
	for r := range results {
		total += r
	}
	fmt.Println("sum of squares:", total)
}
