package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string      { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Named struct {
	Rect
	Label string
}

type Counter int

func (c *Counter) Inc() { *c++ }

func divmod(a, b int) (q, r int, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("recovered: %v", x)
		}
	}()
	return a / b, a % b, nil
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Named{Rect{1, 1}, "n"}}
	for _, s := range shapes {
		fmt.Printf("%s %.1f %T\n", s.Name(), s.Area(), s)
	}
	// Struct values copy; pointers alias.
	a := Rect{1, 2}
	b := a
	b.W = 10
	p := &a
	p.H = 20
	fmt.Println(a, b, *p, a == Rect{1, 20})
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 9
	fmt.Println(arr, arr2, arr == [3]int{1, 2, 3})
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c)
	// Closures capture variables; Go 1.22 loop variables are per iteration.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	total := 0
	add := func(n int) { total += n }
	for _, f := range fs {
		add(f())
	}
	fmt.Println(total)
	q, r, err := divmod(17, 5)
	fmt.Println(q, r, err)
	_, _, err = divmod(1, 0)
	fmt.Println(err)
	// Strings, runes, bytes.
	s := "héllo, 世界"
	n := 0
	for i, ch := range s {
		if ch > 127 {
			n += i
		}
	}
	fmt.Println(len(s), n, strings.ToUpper(s[:6]), []byte(s[:2]), []rune(s)[1], string(rune(19990)))
	// Labelled loops, switch with fallthrough, type switch.
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	for _, v := range []any{1, "x", 2.5, nil, errors.New("e"), []int{1}} {
		switch t := v.(type) {
		case int, float64:
			fmt.Print("num:", t, " ")
		case string:
			fmt.Print("str:", t, " ")
		case error:
			fmt.Print("err:", t, " ")
		case nil:
			fmt.Print("nil ")
		default:
			fmt.Printf("other:%v ", t)
		}
	}
	fmt.Println()
	switch x := 2; x {
	case 2:
		fmt.Print("two ")
		fallthrough
	case 3:
		fmt.Print("three ")
	case 4:
		fmt.Print("four")
	}
	fmt.Println()
	// Integer wrapping and conversions.
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	big, v70k := int32(1<<31-1), 70000
	fmt.Println(u8, i8, big+1 < 0, uint16(v70k), int(-7)/2, -7%3, 7>>1, -8>>1)
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"))
	x := []int{1, 2, 3, 4, 5}
	y := x[1:3:4]
	y = append(y, 10)
	y = append(y, 11)
	fmt.Println(x, y, len(y), cap(y))
}
