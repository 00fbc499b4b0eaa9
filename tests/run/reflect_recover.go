package main

import (
	"fmt"
	"reflect"
)

type T struct{ n int }

func (t T) M() {
	fmt.Println("M recovered:", recover(), t.n)
}

func (t *T) P() {
	fmt.Println("P recovered:", recover(), t.n)
}

func viaMethodValue() {
	f := reflect.ValueOf(T{1}).Method(0).Interface().(func())
	defer f()
	panic("one")
}

func viaMethodExpr() {
	f := reflect.TypeOf(&T{}).Method(1).Func.Interface().(func(*T))
	defer f(&T{2})
	panic("two")
}

func viaMakeFunc() {
	f := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value {
		fmt.Println("MakeFunc recovered:", recover())
		return nil
	}).Interface().(func())
	defer f()
	panic("three")
}

func notDeferred() {
	defer func() { fmt.Println("outer recovered:", recover()) }()
	f := reflect.MakeFunc(reflect.TypeOf(func(int) int { return 0 }), func(in []reflect.Value) []reflect.Value {
		if r := recover(); r != nil {
			fmt.Println("should not recover", r)
		}
		panic(fmt.Sprint("inner ", in[0].Int()))
	}).Interface().(func(int) int)
	f(4)
}

func viaCall() {
	defer func() { fmt.Println("Call panic recovered:", recover()) }()
	reflect.ValueOf(func(s []int) int { return s[3] }).Call([]reflect.Value{reflect.ValueOf([]int{1})})
}

func main() {
	viaMethodValue()
	viaMethodExpr()
	viaMakeFunc()
	notDeferred()
	viaCall()
	fmt.Println("done")
}
