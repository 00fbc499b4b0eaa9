package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
	scale(f float64)
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Name() string          { return fmt.Sprintf("rect %vx%v", r.W, r.H) }
func (r *Rect) scale(f float64)      { r.W *= f; r.H *= f }
func (r *Rect) Grow(d float64) *Rect { r.W += d; r.H += d; return r }
func (r Rect) Join(sep string, parts ...string) string {
	return r.Name() + ":" + strings.Join(parts, sep)
}

type Counter int

func (c Counter) Twice() Counter       { return c * 2 }
func (c *Counter) Add(n int)           { *c += Counter(n) }
func (c Counter) Pair() (int, string)  { return int(c), fmt.Sprint("c", int(c)) }
func (c Counter) hidden() int          { return 0 }
func (c Counter) Apply(f func(int) int) int { return f(int(c)) }

type Embeds struct {
	Rect
	Label string
}

func main() {
	rt := reflect.TypeOf(Rect{})
	fmt.Println(rt.NumMethod())
	for i := 0; i < rt.NumMethod(); i++ {
		m := rt.Method(i)
		fmt.Println(i, m.Name, m.Type, m.Index, m.PkgPath == "", m.Func.Kind())
	}
	pt := reflect.TypeOf(&Rect{})
	fmt.Println(pt.NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		fmt.Println(i, m.Name, m.Type)
	}
	m, ok := pt.MethodByName("Grow")
	fmt.Println(m.Name, ok)
	_, ok = pt.MethodByName("scale")
	fmt.Println("scale", ok)
	_, ok = rt.MethodByName("Grow")
	fmt.Println("Grow on value", ok)

	// Method expressions through Func.
	area := rt.Method(0).Func.Interface().(func(Rect) float64)
	fmt.Println(area(Rect{3, 4}))
	out := m.Func.Call([]reflect.Value{reflect.ValueOf(&Rect{1, 2}), reflect.ValueOf(0.5)})
	fmt.Println(len(out), out[0].Type(), out[0].Elem().Field(0).Float(), out[0].Elem().Field(1))

	// Method values.
	r := &Rect{2, 5}
	v := reflect.ValueOf(r)
	fmt.Println(v.NumMethod(), v.Method(0).Type())
	res := v.MethodByName("Area").Call(nil)
	fmt.Println(res[0].Float(), res[0].Kind())
	v.MethodByName("Grow").Call([]reflect.Value{reflect.ValueOf(1.0)})
	fmt.Println(*r)
	fmt.Println(v.MethodByName("Nope").IsValid())
	name := reflect.ValueOf(Rect{1, 1}).MethodByName("Name").Interface().(func() string)
	fmt.Println(name())

	// Variadic calls and CallSlice.
	join := reflect.ValueOf(Rect{1, 2}).MethodByName("Join")
	fmt.Println(join.Type(), join.Type().IsVariadic(), join.Type().NumIn(), join.Type().In(1))
	fmt.Println(join.Call([]reflect.Value{reflect.ValueOf("-"), reflect.ValueOf("a"), reflect.ValueOf("b")})[0])
	fmt.Println(join.Call([]reflect.Value{reflect.ValueOf("+")})[0])
	fmt.Println(join.CallSlice([]reflect.Value{reflect.ValueOf("/"), reflect.ValueOf([]string{"x", "y", "z"})})[0])

	// Named basic types with pointer methods, multiple results.
	c := Counter(21)
	cv := reflect.ValueOf(c)
	fmt.Println(cv.NumMethod(), reflect.TypeOf(&c).NumMethod())
	fmt.Println(cv.Method(1).Call(nil)[0].Int())
	pr := cv.MethodByName("Pair").Call(nil)
	fmt.Println(pr[0].Int(), pr[1].String(), pr[0].Type(), pr[1].Type())
	reflect.ValueOf(&c).MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(4)})
	fmt.Println(c)
	sq := cv.MethodByName("Apply").Call([]reflect.Value{reflect.ValueOf(func(x int) int { return x * x })})
	fmt.Println(sq[0].Int())
	twice, _ := reflect.TypeOf(c).MethodByName("Twice")
	fmt.Println(twice.Type, twice.Type.NumIn(), twice.Type.In(0), twice.Type.NumOut(), twice.Type.Out(0))
	fmt.Println(twice.Func.Call([]reflect.Value{reflect.ValueOf(Counter(5))})[0].Int())

	// Interface types list their methods, unexported ones too, without Func.
	st := reflect.TypeOf((*Shape)(nil)).Elem()
	fmt.Println(st.Kind(), st.NumMethod())
	for i := 0; i < st.NumMethod(); i++ {
		m := st.Method(i)
		fmt.Println(m.Name, m.Type, m.Func.IsValid())
	}
	var sh Shape = &Rect{1, 3}
	sv := reflect.ValueOf(&sh).Elem()
	fmt.Println(sv.Kind(), sv.NumMethod(), sv.Method(0).Call(nil)[0])
	fmt.Println(reflect.TypeOf(&Rect{}).Implements(st), reflect.TypeOf(Rect{}).Implements(st))

	// Promoted methods.
	et := reflect.TypeOf(Embeds{})
	fmt.Println(et.NumMethod())
	for i := 0; i < et.NumMethod(); i++ {
		fmt.Println(et.Method(i).Name, et.Method(i).Type)
	}
	e := Embeds{Rect{2, 2}, "sq"}
	fmt.Println(reflect.ValueOf(e).MethodByName("Area").Call(nil)[0])

	// Plain functions.
	f := reflect.ValueOf(strings.Repeat)
	fmt.Println(f.Type(), f.Kind())
	fmt.Println(f.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)})[0])
	sum := func(xs ...int) (n int) {
		for _, x := range xs {
			n += x
		}
		return
	}
	fmt.Println(reflect.ValueOf(sum).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})[0])
	fmt.Println(reflect.ValueOf(sum).Call(nil)[0])
	// An interface parameter takes any assignable value.
	pr2 := reflect.ValueOf(fmt.Sprint).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("x"), reflect.ValueOf(Rect{1, 2})})
	fmt.Println(pr2[0])
}
