package main

import (
	"fmt"
	"reflect"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if e, ok := r.(*reflect.ValueError); ok {
			fmt.Println("  ValueError", e.Method, e.Kind)
		}
	}()
	f()
}

func main() {
	try("Int on string", func() { reflect.ValueOf("x").Int() })
	try("String on zero", func() { _ = reflect.Value{}.Type() })
	try("Field on int", func() { reflect.ValueOf(1).Field(0) })
	try("Index out of range", func() { reflect.ValueOf([]int{1}).Index(3) })
	try("Array index", func() { reflect.ValueOf([1]int{}).Index(1) })
	try("IsNil on int", func() { reflect.ValueOf(1).IsNil() })
	try("Elem of int type", func() { reflect.TypeOf(1).Elem() })
	try("NumField of slice", func() { reflect.TypeOf([]int{}).NumField() })
	try("Key of slice", func() { reflect.TypeOf([]int{}).Key() })
	try("Len on bool", func() { reflect.ValueOf(true).Len() })
	try("Bool on int", func() { reflect.ValueOf(1).Bool() })
	try("Float on uint", func() { reflect.ValueOf(uint(1)).Float() })
	try("Interface on zero", func() { reflect.ValueOf(nil).Interface() })
	try("IsZero on zero", func() { reflect.Value{}.IsZero() })
	try("MapIndex wrong key", func() { reflect.ValueOf(map[int]int{}).MapIndex(reflect.ValueOf("x")) })
	fmt.Println(reflect.ValueOf(1.5).Uint())
}
