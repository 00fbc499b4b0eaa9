package main

import "fmt"

type W struct{ name string }

func (w *W) catch() {
	if r := recover(); r != nil {
		fmt.Println(w.name, "recovered:", r)
	}
}

func (w W) catchV() {
	if r := recover(); r != nil {
		fmt.Println(w.name, "recovered by value method:", r)
	}
}

func helper() { fmt.Println("helper sees", recover()) }

func main() {
	w := &W{"w"}
	func() {
		defer w.catch()
		panic("one")
	}()
	func() {
		defer W{"v"}.catchV()
		panic("two")
	}()
	func() {
		f := w.catch
		defer f()
		panic("three")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer func() { helper() }()
		panic("four")
	}()
	var i interface{ catch() } = w
	func() {
		defer i.catch()
		panic("five")
	}()
}
