package main

type S struct{}

func main() {
	var s S
	s.Do()
}
