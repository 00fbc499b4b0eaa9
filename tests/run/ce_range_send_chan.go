package main

func main() {
	c := make(chan<- int)
	for range c {
	}
}
