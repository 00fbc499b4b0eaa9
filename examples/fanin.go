// fanin: fan-out to three squaring stages and fan-in through merge (origin: seeds/003 "Go 고루틴 아키텍처", 2. Fan-out/Fan-in 패턴).
package main

import (
	"fmt"
	"sync"
)

func process(input <-chan int) <-chan int {
	output := make(chan int)
	go func() {
		for n := range input {
			output <- n * n
		}
		close(output)
	}()
	return output
}

func merge(channels ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	for _, c := range channels {
		wg.Add(1)
		go func(ch <-chan int) {
			defer wg.Done()
			for n := range ch {
				out <- n
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func FanOutFanIn(input <-chan int) <-chan int {
	c1 := process(input)
	c2 := process(input)
	c3 := process(input)
	return merge(c1, c2, c3)
}

func main() {
	input := make(chan int)
	go func() {
		for i := 1; i <= 100; i++ {
			input <- i
		}
		close(input)
	}()
	sum, count := 0, 0
	for sq := range FanOutFanIn(input) {
		sum += sq
		count++
	}
	fmt.Println(count, "squares, sum", sum)
}
