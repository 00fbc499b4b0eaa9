package main

type I interface{ M(); N() }
type T struct{}

func (T) M() {}

func main() {
	var i I = T{}
	_ = i
}
