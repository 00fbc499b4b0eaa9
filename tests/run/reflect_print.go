package main

import (
	"fmt"
	"reflect"
)

type P struct{ A, B int }

func main() {
	fmt.Println(reflect.ValueOf(5), reflect.ValueOf("s"), reflect.ValueOf(P{1, 2}), reflect.ValueOf([]int{1}))
	fmt.Printf("%v %d %q %+v\n", reflect.ValueOf(5), reflect.ValueOf(7), reflect.ValueOf("q"), reflect.ValueOf(P{3, 4}))
	fmt.Println(reflect.Value{}, reflect.ValueOf(nil))
	var e error
	fmt.Println(reflect.ValueOf(&e).Elem())
	fmt.Println(reflect.TypeOf(P{}), reflect.ValueOf(P{}).Type())
	fmt.Printf("%v\n", reflect.ValueOf(P{1, 2}).Field(1))
	fmt.Println(fmt.Sprint(reflect.ValueOf(3.5)))
}
