package main

func f(b bool) {}

func main() {
	f("yes")
}
