package main

type P struct{ X int }

func main() {
	_ = P{Y: 1}
}
