package main

func main() {
L:
	println("x")
	for {
		break L
	}
}
