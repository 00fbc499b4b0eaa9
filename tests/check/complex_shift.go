package main

func main() {
	c := 2i
	_ = c << 1
}
