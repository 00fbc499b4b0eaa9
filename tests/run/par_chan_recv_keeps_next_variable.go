// A receive without ok writes only its destination: the register after it may hold a live
// variable (here the loop counter, right after v), which a parked receiver's sender must not
// overwrite with ok.
package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 5; i++ {
		ping <- v
		v = <-pong
		fmt.Println(i, v)
	}
	close(ping)
	w, ok := <-pong
	fmt.Println(w, ok)

	done := make(chan string)
	go func() { done <- "late" }()
	n := 0
	var s string
	for k := 0; k < 3; k++ {
		select {
		case s = <-done:
			n += 10
		}
		if k == 0 {
			go func() { done <- "again" }()
			go func() { done <- "and again" }()
		}
		fmt.Println(k, n, len(s) > 0)
	}
}
