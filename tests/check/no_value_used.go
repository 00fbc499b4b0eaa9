package main

func g() {}

func f(int) {}

func main() {
	f(g())
	x := g()
	_ = x
}
