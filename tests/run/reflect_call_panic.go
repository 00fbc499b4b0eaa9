package main

import (
	"fmt"
	"reflect"
)

func add(a, b int) int { return a + b }

func main() {
	f := reflect.ValueOf(add)
	fmt.Println(f.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)})[0])
	f.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2.5)})
}
