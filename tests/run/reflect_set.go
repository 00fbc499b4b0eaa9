package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Inner struct{ N int }

type Rec struct {
	Name  string
	Age   int8
	U     uint16
	F     float32
	D     float64
	B     bool
	C     complex128
	In    Inner
	P     *Inner
	E     error
	Any   any
	List  []int
	Arr   [3]string
	M     map[string]int
	secret int
}

type Celsius float64

func main() {
	var r Rec
	v := reflect.ValueOf(&r).Elem()
	fmt.Println(v.CanSet(), v.CanAddr(), reflect.ValueOf(r).CanSet(), reflect.ValueOf(r).CanAddr())
	v.Field(0).SetString("bob")
	v.Field(1).SetInt(300) // truncated to int8
	v.Field(2).SetUint(70000)
	v.Field(3).SetFloat(1.1)
	v.FieldByName("D").SetFloat(2.5)
	v.Field(5).SetBool(true)
	v.Field(6).SetComplex(1 + 2i)
	v.Field(7).Field(0).SetInt(7)
	v.Field(8).Set(reflect.ValueOf(&Inner{9}))
	v.Field(9).Set(reflect.ValueOf(errors.New("boom")))
	v.Field(10).Set(reflect.ValueOf(3.5))
	v.Field(11).Set(reflect.ValueOf([]int{1, 2, 3}))
	v.Field(12).Index(1).SetString("mid")
	v.Field(13).Set(reflect.MakeMap(v.Field(13).Type()))
	v.Field(13).SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(5))
	v.Field(13).SetMapIndex(reflect.ValueOf("j"), reflect.ValueOf(6))
	v.Field(13).SetMapIndex(reflect.ValueOf("j"), reflect.Value{})
	p := r.P
	r.P = nil
	fmt.Printf("%+v\n", r)
	r.P = p
	fmt.Println(r.F == float32(1.1), r.P.N, r.E, r.Any)
	fmt.Println(v.Field(1).Int(), v.Field(2).Uint(), v.Field(7).Field(0).CanSet(), v.Field(14).CanSet(), v.Field(14).CanAddr(), v.Field(14).CanInterface())
	fmt.Println(v.Field(9).Kind(), v.Field(9).Elem().Type(), v.Field(10).Elem().Kind())

	// Values read through a location see later stores.
	x := 10
	xv := reflect.ValueOf(&x).Elem()
	x = 11
	fmt.Println(xv.Int(), xv.Interface())
	xv.SetInt(12)
	fmt.Println(x, xv.Addr().Interface() == &x, xv.Addr().Type())

	// Slice elements are addressable, array copies are not.
	s := []string{"a", "b"}
	sv := reflect.ValueOf(s)
	sv.Index(0).SetString("z")
	fmt.Println(s, sv.Index(1).CanSet(), reflect.ValueOf([2]int{}).Index(0).CanSet())
	arr := [2]Inner{{1}, {2}}
	reflect.ValueOf(&arr).Elem().Index(1).Field(0).SetInt(20)
	fmt.Println(arr)

	// Set of a struct copies.
	in := Inner{1}
	ip := reflect.ValueOf(&r.In).Elem()
	ip.Set(reflect.ValueOf(in))
	in.N = 100
	fmt.Println(r.In)
	got := v.Field(7).Interface().(Inner)
	got.N = 55
	fmt.Println(r.In, got)

	// Named types, New, Zero, Indirect.
	c := reflect.New(reflect.TypeOf(Celsius(0)))
	c.Elem().SetFloat(36.6)
	fmt.Println(c.Type(), c.Elem().Interface(), *(c.Interface().(*Celsius)))
	np := reflect.New(reflect.TypeOf(Inner{}))
	np.Elem().Field(0).SetInt(4)
	fmt.Println(np.Interface(), reflect.Indirect(np).Field(0))
	fmt.Println(reflect.Zero(reflect.TypeOf(0)).Int(), reflect.Zero(reflect.TypeOf("")).String() == "", reflect.Zero(reflect.TypeOf(Inner{})).Interface())
	fmt.Println(reflect.Zero(reflect.TypeOf((*error)(nil)).Elem()).IsNil(), reflect.Zero(reflect.TypeOf([]int{})).IsNil())
	fmt.Println(reflect.PtrTo(reflect.TypeOf(0)), reflect.PointerTo(reflect.TypeOf(Inner{})), reflect.PtrTo(reflect.TypeOf(Inner{})) == reflect.TypeOf(&Inner{}))

	// MakeSlice, Append, SetLen, Slice.
	ms := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 5)
	ms.Index(1).SetInt(8)
	ms = reflect.Append(ms, reflect.ValueOf(9), reflect.ValueOf(10))
	fmt.Println(ms.Len(), ms.Cap(), ms.Interface())
	ms = reflect.AppendSlice(ms, reflect.ValueOf([]int{1, 2, 3, 4}))
	fmt.Println(ms.Len(), ms.Interface(), ms.Slice(1, 3).Interface())
	ls := []int{1, 2, 3, 4}
	lv := reflect.ValueOf(&ls).Elem()
	lv.SetLen(2)
	fmt.Println(ls, cap(ls))
	structs := reflect.Append(reflect.ValueOf([]Inner{}), reflect.ValueOf(Inner{3}))
	fmt.Println(structs.Interface(), structs.Index(0).Field(0))

	// MakeMap, MapIndex, interface-valued maps.
	mm := reflect.MakeMap(reflect.TypeOf(map[string]any{}))
	mm.SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	mm.SetMapIndex(reflect.ValueOf("b"), reflect.ValueOf("two"))
	fmt.Println(mm.Len(), mm.Interface(), mm.MapIndex(reflect.ValueOf("b")).Elem().Kind())

	// Interfaces inside Values.
	var e error
	ev := reflect.ValueOf(&e).Elem()
	fmt.Println(ev.Kind(), ev.IsNil(), ev.CanSet())
	ev.Set(reflect.ValueOf(errors.New("set")))
	fmt.Println(e, ev.IsNil(), ev.Elem().Type())
	ev.Set(reflect.Zero(ev.Type()))
	fmt.Println(e == nil)

	// Types.
	fmt.Println(reflect.TypeOf(0).AssignableTo(reflect.TypeOf(Celsius(0))), reflect.TypeOf(errors.New("")).AssignableTo(ev.Type()))
	fmt.Println(reflect.TypeOf(0).ConvertibleTo(reflect.TypeOf(Celsius(0))), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf(0)))
	type Tagged struct {
		A int `json:"a,omitempty" xml:"aa"`
		B string
	}
	tf := reflect.TypeOf(Tagged{}).Field(0)
	fmt.Println(tf.Tag, tf.Tag.Get("json"), tf.Tag.Get("xml"), tf.Tag.Get("yaml") == "")
	val, ok := tf.Tag.Lookup("xml")
	fmt.Println(val, ok)
	_, ok = reflect.TypeOf(Tagged{}).Field(1).Tag.Lookup("json")
	fmt.Println(ok)
	fmt.Println(reflect.TypeOf(func(int, ...string) (bool, error) { return false, nil }), reflect.TypeOf(make(chan<- int)), reflect.TypeOf(map[Inner][]*Rec{}), reflect.TypeOf(struct{ X int }{}))
}
