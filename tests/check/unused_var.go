package main

func main() {
	a := 1
}
