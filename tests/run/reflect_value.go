package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Level int8

type Inner struct{ N int }

type Rec struct {
	Name  string
	Score float64
	Lvl   Level
	Ok    bool
	In    Inner
	P     *Inner
	Any   any
	Err   error
	List  []string
	Nums  [3]uint16
	M     map[string]int
}

func describe(v reflect.Value, depth int) {
	pad := fmt.Sprintf("%*s", depth*2, "")
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		fmt.Printf("%sint %d\n", pad, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		fmt.Printf("%suint %d\n", pad, v.Uint())
	case reflect.Float32, reflect.Float64:
		fmt.Printf("%sfloat %g\n", pad, v.Float())
	case reflect.Bool:
		fmt.Printf("%sbool %v\n", pad, v.Bool())
	case reflect.String:
		fmt.Printf("%sstring %q len %d\n", pad, v.String(), v.Len())
	case reflect.Struct:
		fmt.Printf("%sstruct %s with %d fields\n", pad, v.Type(), v.NumField())
		for i := 0; i < v.NumField(); i++ {
			fmt.Printf("%s  .%s:\n", pad, v.Type().Field(i).Name)
			describe(v.Field(i), depth+2)
		}
	case reflect.Slice, reflect.Array:
		fmt.Printf("%s%s len %d nil=%v\n", pad, v.Kind(), v.Len(), v.Kind() == reflect.Slice && v.IsNil())
		for i := 0; i < v.Len(); i++ {
			describe(v.Index(i), depth+1)
		}
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		fmt.Printf("%smap len %d\n", pad, v.Len())
		for _, k := range keys {
			fmt.Printf("%s  key %s:\n", pad, k.String())
			describe(v.MapIndex(k), depth+2)
		}
	case reflect.Pointer:
		fmt.Printf("%sptr nil=%v\n", pad, v.IsNil())
		if !v.IsNil() {
			describe(v.Elem(), depth+1)
		}
	case reflect.Interface:
		fmt.Printf("%sinterface nil=%v\n", pad, v.IsNil())
		if !v.IsNil() {
			describe(v.Elem(), depth+1)
		}
	case reflect.Invalid:
		fmt.Printf("%sinvalid\n", pad)
	default:
		fmt.Printf("%sother %s\n", pad, v.Kind())
	}
}

func main() {
	r := Rec{Name: "ann", Score: 9.5, Lvl: -3, Ok: true, In: Inner{7}, P: &Inner{8}, Any: 42,
		List: []string{"x", "y"}, Nums: [3]uint16{1, 2, 65535}, M: map[string]int{"b": 2, "a": 1}}
	describe(reflect.ValueOf(r), 0)
	describe(reflect.ValueOf(&r), 0)
	describe(reflect.ValueOf(nil), 0)
	v := reflect.ValueOf(r)
	fmt.Println(v.IsValid(), reflect.ValueOf(nil).IsValid())
	fmt.Println(v.Field(0).Interface(), v.Field(6).Interface(), v.Field(7).Interface() == nil)
	fmt.Println(v.FieldByName("Score").Float(), v.FieldByName("Nope").IsValid())
	fmt.Println(v.Field(2).Type(), v.Field(2).Kind(), v.Field(6).Kind(), v.Field(6).Elem().Kind())
	fmt.Println(reflect.ValueOf(3).String(), reflect.ValueOf(r).String(), reflect.ValueOf(nil).String())
	for _, z := range []any{0, 1, "", "a", 0.0, -0.0, false, Inner{}, Inner{1}, []int(nil), []int{}, [2]int{}, [2]int{0, 1}, (*int)(nil), map[int]int(nil), Rec{}} {
		fmt.Print(reflect.ValueOf(z).IsZero(), " ")
	}
	fmt.Println()
	fmt.Println(reflect.ValueOf([]int{1, 2, 3}[:2]).Cap(), reflect.ValueOf("héllo").Index(1).Uint(), reflect.ValueOf("héllo").Len())
	fmt.Println(reflect.Indirect(reflect.ValueOf(&r)).Field(0), reflect.Indirect(reflect.ValueOf(5)).Int())
	m := reflect.ValueOf(map[int]string{1: "one"})
	fmt.Println(m.MapIndex(reflect.ValueOf(1)).String(), m.MapIndex(reflect.ValueOf(2)).IsValid())
	var e error
	fmt.Println(reflect.ValueOf(&e).Elem().Kind(), reflect.ValueOf(&e).Elem().IsNil())
	i := reflect.ValueOf(r).Interface().(Rec)
	fmt.Println(i.Name, i.P.N)
}
