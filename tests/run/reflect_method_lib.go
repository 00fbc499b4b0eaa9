package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"
)

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) Key() K        { return p.K }
func (p *Pair[K, V]) Set(v V)      { p.V = v }
func (p Pair[K, V]) String() string { return fmt.Sprint(p.K, "=", p.V) }

type Big struct{ A, B, C int }

func (b Big) Sum() int { return b.A + b.B + b.C }

type Num int

func (n Num) Double() Num { return n * 2 }

func main() {
	d := reflect.ValueOf(90 * time.Second)
	fmt.Println(d.MethodByName("String").Call(nil)[0], d.Type().NumMethod() > 5)
	b := &strings.Builder{}
	bv := reflect.ValueOf(b)
	bv.MethodByName("WriteString").Call([]reflect.Value{reflect.ValueOf("hi")})
	fmt.Println(b.String(), bv.MethodByName("Len").Call(nil)[0].Int())
	e := errors.New("bad")
	fmt.Println(reflect.ValueOf(e).MethodByName("Error").Call(nil)[0])

	p := Pair[string, int]{"a", 1}
	pt := reflect.TypeOf(&p)
	for i := 0; i < pt.NumMethod(); i++ {
		fmt.Println(pt.Method(i).Name, pt.Method(i).Type)
	}
	reflect.ValueOf(&p).MethodByName("Set").Call([]reflect.Value{reflect.ValueOf(5)})
	fmt.Println(p, reflect.ValueOf(p).MethodByName("Key").Call(nil)[0])

	// A method value copies its receiver when made.
	big := Big{1, 2, 3}
	m := reflect.ValueOf(&big).Elem().MethodByName("Sum")
	big.A = 100
	fmt.Println(m.Call(nil)[0].Int(), big.Sum())

	// Value methods through a pointer to a scalar type.
	n := Num(4)
	fmt.Println(reflect.ValueOf(&n).MethodByName("Double").Call(nil)[0].Int())
	dbl, _ := reflect.TypeOf(&n).MethodByName("Double")
	fmt.Println(dbl.Type, dbl.Func.Call([]reflect.Value{reflect.ValueOf(&n)})[0])

	// sort.Slice's less calls back into a reflect-made function.
	xs := []int{3, 1, 2}
	less := reflect.MakeFunc(reflect.TypeOf(func(i, j int) bool { return false }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(xs[in[0].Int()] < xs[in[1].Int()])}
	}).Interface().(func(int, int) bool)
	sort.Slice(xs, less)
	fmt.Println(xs)

	// Method values made by reflect are ordinary funcs.
	fs := []func() string{reflect.ValueOf(p).MethodByName("String").Interface().(func() string)}
	fmt.Println(fs[0](), reflect.TypeOf(fs[0]))
	var st fmt.Stringer = p
	fmt.Println(reflect.TypeOf(p).Implements(reflect.TypeOf(&st).Elem()), reflect.ValueOf(&st).Elem().Method(0).Call(nil)[0])
	fmt.Println(reflect.TypeOf((*error)(nil)).Elem().Method(0).Type, reflect.TypeOf((*fmt.Stringer)(nil)).Elem().NumMethod())
	fmt.Println(reflect.PtrTo(reflect.TypeOf(Big{})).Method(0).Type)
	fmt.Println(reflect.New(reflect.TypeOf([]int{})).Elem().Len(), reflect.New(reflect.TypeOf(map[string]bool{})).Type())
}
