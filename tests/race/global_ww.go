// Two goroutines write a package variable with nothing ordering them.
package main

import "fmt"

var hits int

func bump(done chan bool) {
	hits = 1 // race 1
	done <- true
}

func main() {
	done := make(chan bool)
	go bump(done)
	go func() {
		hits = 2 // race 1
		done <- true
	}()
	<-done
	<-done
	fmt.Println("done")
}
