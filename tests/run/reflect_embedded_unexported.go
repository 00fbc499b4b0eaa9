package main

import (
	"fmt"
	"reflect"
)

type inner struct{ A int }
type Inner struct{ B int }
type WithPtr struct {
	*inner
	*Inner
	inner2 inner
	C      int
}

func main() {
	var w WithPtr
	v := reflect.ValueOf(&w).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Anonymous, f.IsExported(), f.PkgPath, v.Field(i).CanSet(), v.Field(i).CanInterface())
	}
}
