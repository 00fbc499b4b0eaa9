package main

import "fmt"

type Animal interface{ Sound() string }
type Base struct{ name string }

func (b *Base) Name() string { return b.name }

type Dog struct {
	*Base
	age int
}

func (d Dog) Sound() string { return "woof" }

func main() {
	var a Animal = Dog{&Base{"rex"}, 3}
	d := a.(Dog)
	fmt.Println(a.Sound(), d.Name(), d.age)
}
