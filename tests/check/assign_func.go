package main

func g() {}

func main() {
	g = nil
}
