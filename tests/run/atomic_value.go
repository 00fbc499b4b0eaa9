// atomic.Value: Load/Store/Swap/CompareAndSwap and Go's panics for nil and inconsistently typed values.
package main

import (
	"fmt"
	"sync/atomic"
)

type cfg struct{ n int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	fmt.Println(v.CompareAndSwap(1, 2))
	fmt.Println(v.CompareAndSwap(nil, 2), v.Load())
	v.Store(3)
	fmt.Println(v.Swap(4), v.Load())
	fmt.Println(v.CompareAndSwap(3, 5), v.CompareAndSwap(4, 5), v.Load())
	try("store", func() { v.Store("x") })
	try("swap", func() { v.Swap("x") })
	try("cas", func() { v.CompareAndSwap(5, "x") })
	try("cas2", func() { v.CompareAndSwap("a", "x") })
	try("nil", func() { v.Store(nil) })
	var w atomic.Value
	w.Store(&cfg{1})
	p := w.Load().(*cfg)
	w.Store(&cfg{2})
	fmt.Println(p.n, w.Load().(*cfg).n)
	var u atomic.Value
	u.Store([]int{1})
	try("uncomparable", func() { u.CompareAndSwap([]int{1}, []int{2}) })
	var e atomic.Value
	e.Store(fmt.Errorf("a"))
	try("iface", func() { e.Store(fmt.Errorf("b")) })
	fmt.Println(e.Load())
	v.Store("boom")
}
