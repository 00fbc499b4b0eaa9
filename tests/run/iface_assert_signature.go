package main

import "fmt"

type S struct{ a int }

func (s *S) Name() int8    { return 1 }
func (s *S) Value() string { return "v" }

type I1 interface{ Name() int8 }
type I2 interface{ Name() int64 }
type I3 interface {
	Name() int8
	Value() string
}
type Inner struct{}

func (Inner) Get(x int) string { return fmt.Sprint("inner ", x) }

type Outer struct{ Inner }
type Getter interface{ Get(int) string }
type BadGetter interface{ Get(string) string }

func main() {
	var i1 I1 = &S{}
	_, ok := i1.(I2)
	fmt.Println("I2:", ok)
	i3, ok := i1.(I3)
	fmt.Println("I3:", ok, i3.Value())
	var x any = Outer{}
	g, ok := x.(Getter)
	fmt.Println("Getter:", ok, g.Get(3))
	_, ok = x.(BadGetter)
	fmt.Println("BadGetter:", ok)
	var e any = fmt.Errorf("boom")
	_, ok = e.(interface{ Error() string })
	fmt.Println("error:", ok)
	_, ok = e.(interface{ Error() int })
	fmt.Println("Error() int:", ok)
	defer func() { fmt.Println(recover()) }()
	_ = i1.(I2)
}
