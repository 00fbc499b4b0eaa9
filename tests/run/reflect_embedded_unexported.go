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

type hidden []Inner

type WithVal struct {
	inner
	hidden
	d inner
}

func main() {
	var wv WithVal
	wv.hidden = hidden{{1}}
	vv := reflect.ValueOf(&wv).Elem()
	fmt.Println(vv.Field(0).CanSet(), vv.Field(0).Field(0).CanSet(), vv.Field(2).Field(0).CanSet())
	fmt.Println(vv.Field(1).CanSet(), vv.Field(1).Index(0).CanSet(), vv.Field(1).Index(0).Field(0).CanSet())
	vv.Field(0).Field(0).SetInt(5)
	fmt.Println(wv.A)
	var w WithPtr
	v := reflect.ValueOf(&w).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Anonymous, f.IsExported(), f.PkgPath, v.Field(i).CanSet(), v.Field(i).CanInterface())
	}
}
