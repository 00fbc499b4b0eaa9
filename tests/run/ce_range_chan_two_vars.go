package main

func main() {
	c := make(chan int)
	for a, b := range c {
		_, _ = a, b
	}
}
