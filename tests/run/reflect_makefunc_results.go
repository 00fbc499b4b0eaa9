package main

import (
	"fmt"
	"reflect"
)

func zero() {
	defer func() { fmt.Println(recover()) }()
	r := reflect.MakeFunc(reflect.TypeOf(func() error { return nil }),
		func(args []reflect.Value) []reflect.Value {
			var x [1]reflect.Value
			return x[:]
		}).Interface().(func() error)
	r()
}

func main() {
	zero()
	defer func() { fmt.Println(recover()) }()
	r := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }),
		func(args []reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf("s")}
		}).Interface().(func() int)
	r()
}
