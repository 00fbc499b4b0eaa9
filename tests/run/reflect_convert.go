package main

import (
	"fmt"
	"reflect"
)

type Celsius float64
type ID int32
type Name string
type Bytes []byte
type Pt struct{ X, Y int }
type Pt2 Pt

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	f()
}

func main() {
	show := func(v reflect.Value) { fmt.Printf("%v %T\n", v.Interface(), v.Interface()) }
	show(reflect.ValueOf(3).Convert(reflect.TypeOf(Celsius(0))))
	show(reflect.ValueOf(-1).Convert(reflect.TypeOf(uint8(0))))
	show(reflect.ValueOf(3.99).Convert(reflect.TypeOf(ID(0))))
	show(reflect.ValueOf(uint16(65535)).Convert(reflect.TypeOf(int8(0))))
	show(reflect.ValueOf(1e40).Convert(reflect.TypeOf(float32(0))))
	show(reflect.ValueOf(65).Convert(reflect.TypeOf(Name(""))))
	show(reflect.ValueOf("héllo").Convert(reflect.TypeOf(Bytes(nil))))
	show(reflect.ValueOf([]byte("abc")).Convert(reflect.TypeOf("")))
	show(reflect.ValueOf("hé").Convert(reflect.TypeOf([]rune(nil))))
	show(reflect.ValueOf([]rune{104, 233}).Convert(reflect.TypeOf(Name(""))))
	show(reflect.ValueOf(Pt{1, 2}).Convert(reflect.TypeOf(Pt2{})))
	show(reflect.ValueOf(Name("n")).Convert(reflect.TypeOf("")))
	show(reflect.ValueOf(2+3i).Convert(reflect.TypeOf(complex64(0))))
	e := reflect.ValueOf(5).Convert(reflect.TypeOf((*any)(nil)).Elem())
	fmt.Println(e.Kind(), e.Elem().Kind(), e.Type())
	fmt.Println(reflect.TypeOf(3).ConvertibleTo(reflect.TypeOf("")), reflect.TypeOf(Pt{}).ConvertibleTo(reflect.TypeOf(0)))
	try(func() { reflect.ValueOf(Pt{}).Convert(reflect.TypeOf(0)) })
	try(func() { reflect.ValueOf("s").Convert(reflect.TypeOf(0)) })

	var x struct {
		A int8
		B uint16
		F float32
		S []int
	}
	v := reflect.ValueOf(&x).Elem()
	fmt.Println(v.Field(0).OverflowInt(200), v.Field(0).OverflowInt(-128), v.Field(1).OverflowUint(70000), v.Field(2).OverflowFloat(1e39))
	fmt.Println(v.Field(0).CanInt(), v.Field(1).CanUint(), v.Field(2).CanFloat(), v.Field(3).CanInt())
	v.Field(3).Set(reflect.ValueOf([]int{1}))
	v.Field(0).SetInt(9)
	v.Field(3).SetZero()
	v.Field(0).SetZero()
	fmt.Println(x.A, x.S == nil)
	type Outer struct {
		Pt
		Z int
	}
	o := reflect.ValueOf(Outer{Pt{7, 8}, 9})
	fmt.Println(o.FieldByIndex([]int{0, 1}), reflect.ValueOf([]byte("hi")).Bytes())
}
