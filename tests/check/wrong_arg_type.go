package main

func f(s string) {}

func main() {
	x := 3
	f(x)
}
