package main

import (
	"fmt"
	"reflect"
)

type In struct{ A, B int }
type S struct {
	N   int
	I   In
	Arr [3]int8
	Ar2 [2]In
	M   map[any]In
}

func main() {
	var s S
	v := reflect.ValueOf(&s).Elem()
	p := v.Field(0).Addr().Interface().(*int)
	*p = 5
	ip := v.Field(1).Addr().Interface().(*In)
	ip.B = 6
	v.Field(2).Index(1).SetInt(-7)
	v.Field(2).Set(reflect.ValueOf([3]int8{1, 2, 3}))
	v.Field(2).Index(2).SetInt(9)
	v.Field(3).Index(1).Set(reflect.ValueOf(In{8, 8}))
	v.Field(4).Set(reflect.MakeMap(v.Field(4).Type()))
	v.Field(4).SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(In{1, 1}))
	v.Field(4).SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(In{2, 2}))
	fmt.Println(s.N, s.I, s.Arr, s.Ar2, len(s.M), s.M[1], s.M["k"])
	fmt.Println(v.Field(4).MapIndex(reflect.ValueOf("k")).Field(1), v.Field(3).Index(1).Field(0).CanSet())
	fmt.Println(v.Field(2).Index(2).Addr().Type(), *v.Field(2).Index(2).Addr().Interface().(*int8))
	fmt.Println(v.Interface().(S).I, v.Field(1).Interface())
	w := v.Field(1)
	s.I.A = 42
	fmt.Println(w.Field(0).Int(), w)
	fmt.Printf("%v %d\n", v.Field(2), v.Field(0))
}
