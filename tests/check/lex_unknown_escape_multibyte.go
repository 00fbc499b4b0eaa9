package main

func main() {
	s := "a\é"
	_ = s
}
