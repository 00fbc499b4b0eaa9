package main

import "runtime"

func main() {
	c := make(chan int)
	go func() { <-c }()
	runtime.Goexit()
}
