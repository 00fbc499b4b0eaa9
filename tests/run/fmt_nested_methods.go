package main

import (
	"errors"
	"fmt"
	"os"
	"time"
)

type K int

func (k K) String() string { return fmt.Sprintf("K%d", int(k)) }

type P struct{ X int }

func (p *P) String() string { return fmt.Sprint("P", p.X) }

type Bad int

func (b Bad) String() string { panic("boom") }

type G struct{ A int }

func (g G) GoString() string { return "G!" }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type Inner struct {
	D  time.Duration
	K  K
	PP *P
}

type Outer struct {
	In   Inner
	Ins  []Inner
	M    map[K][]time.Duration
	hid  K
	Err  error
	Any  any
	Ptr  *Inner
}

func main() {
	fmt.Println([]time.Duration{time.Millisecond, 90 * time.Second})
	fmt.Println([2]time.Duration{1, 2})
	fmt.Println(map[time.Duration]K{time.Second: 1, time.Millisecond: 2})
	fmt.Println(map[K]K{10: 1, 2: 3, 7: 9})
	o := Outer{
		In:  Inner{time.Second, 3, &P{4}},
		Ins: []Inner{{2 * time.Second, 5, nil}},
		M:   map[K][]time.Duration{1: {time.Minute}},
		hid: 9,
		Err: &E{"bad"},
		Any: K(7),
		Ptr: nil,
	}
	fmt.Println(o)
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%s\n", o)
	fmt.Printf("%d\n", Inner{D: 2, K: 3})
	fmt.Printf("%x\n", []K{255, 16})
	fmt.Printf("%X\n", []K{255, 16})
	fmt.Printf("%q\n", []K{1, 2})
	fmt.Printf("%d\n", []time.Duration{time.Second})
	fmt.Printf("%#v\n", []G{{1}})
	fmt.Printf("%#v\n", struct{ G G }{G{2}})
	fmt.Printf("%v\n", []G{{1}})
	fmt.Println([]Bad{1, 2})
	fmt.Println(struct{ B Bad }{3})
	var np *P
	fmt.Println([]*P{np, {8}})
	fmt.Println(struct{ P *P }{})
	fmt.Println([]error{errors.New("a"), &E{"b"}, nil})
	fmt.Println([]any{K(1), time.Second, "s", 3, nil})
	fmt.Println(struct {
		k K
		d time.Duration
	}{1, 2})
	fmt.Println([][]K{{1, 2}, {3}})
	fmt.Println(map[string]*P{"a": {1}})
	fmt.Println(&o.In)
	fmt.Printf("%v %s\n", &[]K{1}, &map[K]int{1: 2})
	fmt.Printf("%6v|%-6v|\n", []K{1}, []K{2})
	fmt.Fprintln(os.Stdout, []time.Duration{3 * time.Millisecond})
	s := fmt.Sprint([]time.Duration{4})
	fmt.Println(s, len(s))
	fmt.Println(fmt.Errorf("wrapped %v", []K{1}))
}
