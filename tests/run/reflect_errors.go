package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A      int
	hidden int
}

func (T) M(x int) int { return x + 1 }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Printf("%s: error %v\n", name, e)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	x := 3
	t := T{1, 2}
	try("SetInt unaddressable", func() { reflect.ValueOf(x).SetInt(4) })
	try("Set unaddressable", func() { reflect.ValueOf(t).Field(0).Set(reflect.ValueOf(5)) })
	try("SetInt unexported", func() { reflect.ValueOf(&t).Elem().Field(1).SetInt(9) })
	try("Interface unexported", func() { _ = reflect.ValueOf(t).Field(1).Interface() })
	try("SetString on int", func() { reflect.ValueOf(&x).Elem().SetString("a") })
	try("Set wrong type", func() { reflect.ValueOf(&x).Elem().Set(reflect.ValueOf("s")) })
	try("Set zero Value", func() { reflect.ValueOf(&x).Elem().Set(reflect.Value{}) })
	try("SetInt zero Value", func() { reflect.Value{}.SetInt(1) })
	try("Addr unaddressable", func() { reflect.ValueOf(x).Addr() })
	try("Call too few", func() { reflect.ValueOf(t).Method(0).Call(nil) })
	try("Call too many", func() {
		reflect.ValueOf(t.M).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)})
	})
	try("Call wrong type", func() { reflect.ValueOf(t.M).Call([]reflect.Value{reflect.ValueOf("no")}) })
	try("Call zero arg", func() { reflect.ValueOf(t.M).Call([]reflect.Value{{}}) })
	try("Call non-func", func() { reflect.ValueOf(x).Call(nil) })
	try("Call nil func", func() { reflect.ValueOf((func())(nil)).Call(nil) })
	try("CallSlice non-variadic", func() { reflect.ValueOf(t.M).CallSlice([]reflect.Value{reflect.ValueOf(1)}) })
	try("variadic wrong elem", func() {
		reflect.ValueOf(fmt.Sprintf).Call([]reflect.Value{reflect.ValueOf("%d"), reflect.ValueOf(1)})
		f := func(xs ...int) {}
		reflect.ValueOf(f).Call([]reflect.Value{reflect.ValueOf("s")})
	})
	try("Method out of range", func() { reflect.TypeOf(t).Method(5) })
	try("Value.Method out of range", func() { reflect.ValueOf(t).Method(1) })
	try("NumIn of non-func", func() { reflect.TypeOf(x).NumIn() })
	try("Implements non-interface", func() { reflect.TypeOf(x).Implements(reflect.TypeOf(x)) })
	try("MakeSlice non-slice", func() { reflect.MakeSlice(reflect.TypeOf(x), 1, 1) })
	try("MakeSlice len > cap", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 1) })
	try("MakeSlice negative", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), -1, 1) })
	try("MakeMap non-map", func() { reflect.MakeMap(reflect.TypeOf(x)) })
	try("SetMapIndex wrong key", func() {
		reflect.ValueOf(map[string]int{}).SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(1))
	})
	try("SetMapIndex nil map", func() {
		var m map[string]int
		reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	})
	try("Append wrong", func() { reflect.Append(reflect.ValueOf([]int{}), reflect.ValueOf("s")) })
	try("SetLen too long", func() {
		s := []int{1}
		reflect.ValueOf(&s).Elem().SetLen(5)
	})
	try("New nil", func() { reflect.New(nil) })
	try("Zero nil", func() { reflect.Zero(nil) })
	try("Method on nil interface", func() {
		var s fmt.Stringer
		reflect.ValueOf(&s).Elem().Method(0)
	})
	try("MakeFunc wrong count", func() {
		f := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value { return nil })
		f.Interface().(func() int)()
	})
	try("MakeFunc wrong type", func() {
		f := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf("s")}
		})
		f.Call(nil)
	})
	// MakeFunc that works.
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var sw func(int, string) (string, int)
	fv := reflect.MakeFunc(reflect.TypeOf(sw), swap)
	sw = fv.Interface().(func(int, string) (string, int))
	fmt.Println(sw(1, "a"))
	var add func(a, b float64) float64
	reflect.ValueOf(&add).Elem().Set(reflect.MakeFunc(reflect.TypeOf(add), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(in[0].Float() + in[1].Float())}
	}))
	fmt.Println(add(1.5, 2))
	fmt.Println("last")
	reflect.ValueOf(&t).Elem().Field(1).SetInt(1)
}
