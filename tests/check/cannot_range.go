package main

func main() {
	x := 3.5
	for range x {
	}
}
