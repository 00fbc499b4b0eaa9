package main

import (
	"fmt"
	"reflect"
)

func main() {
	s := "x"
	v := reflect.ValueOf(&s).Elem()
	v.SetString("y")
	fmt.Println(s, v.CanSet())
	v.SetInt(3)
}
