package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type Res struct {
	id   int
	next *Res
}

var finalized atomic.Int32
var order = make(chan int, 100)

type Named interface{ ID() int }

func (r *Res) ID() int { return r.id }

var global Res

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := &Res{id: i}
			runtime.SetFinalizer(r, func(r *Res) { finalized.Add(1) })
		}()
	}
	// A finalizer taking an interface, and one removed before collection.
	wg.Add(2)
	go func() {
		defer wg.Done()
		r := &Res{id: 100}
		runtime.SetFinalizer(r, func(n Named) { order <- n.ID() })
	}()
	go func() {
		defer wg.Done()
		r := &Res{id: 200}
		runtime.SetFinalizer(r, func(*Res) { panic("removed finalizer ran") })
		runtime.SetFinalizer(r, nil)
	}()
	// A chain a -> b: b stays reachable from a until a has been finalized.
	wg.Add(1)
	go func() {
		defer wg.Done()
		b := &Res{id: 2}
		a := &Res{id: 1, next: b}
		runtime.SetFinalizer(a, func(r *Res) { order <- r.id })
		runtime.SetFinalizer(b, func(r *Res) { order <- r.id })
	}()
	wg.Wait()
	// Globals are never collected: their finalizer is accepted and never runs.
	runtime.SetFinalizer(&global, func(*Res) { panic("global finalized") })
	got := map[int]bool{}
	for i := 0; i < 50 && (finalized.Load() < 20 || len(got) < 3); i++ {
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
		for len(order) > 0 {
			id := <-order
			if id == 2 && !got[1] {
				fmt.Println("b finalized before a")
			}
			got[id] = true
		}
	}
	fmt.Println("finalized:", finalized.Load(), "chain and interface:", got[1], got[2], got[100])
}
