package main

import (
	"fmt"
	"reflect"
)

type G[T any] struct{ V T }
type I interface {
	M(int) (string, error)
	N()
}

func main() {
	ts := []any{
		(*I)(nil), make(chan (<-chan int)), [2][]map[string]*int{}, struct {
			A int `k:"v"`
			b []byte
		}{}, func(...any) {}, G[G[int]]{}, uintptr(0), complex64(0), (*interface{ String() string })(nil),
		(func() func() int)(nil), []struct{}{}, map[[2]int]chan<- bool{},
	}
	for _, x := range ts {
		t := reflect.TypeOf(x)
		fmt.Printf("%s | %v | %q | %s\n", t, t.Kind(), t.Name(), t.PkgPath())
	}
	it := reflect.TypeOf((*I)(nil)).Elem()
	fmt.Println(it, it.Name(), it.PkgPath(), it.NumMethod(), it.Method(0).Type.NumOut())
}
