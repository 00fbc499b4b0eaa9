package main

import "fmt"

func main() {
	var i8 int8 = 1
	p := &i8
	*p = -2
	var f32 float32 = 1.5
	q := &f32
	*q = 2.25
	var u16 uint16 = 3
	r := &u16
	*r = 65535
	var b bool
	pb := &b
	*pb = true
	fmt.Println(i8, *p, f32, *q, u16, *r, b)
	i8++
	f32 *= 2
	fmt.Println(i8, *p, f32, *q)
	main2()
}
var g8 int8 = -3
var gf float32 = 0.1
var gu uint32 = 1 << 31

func bump(p *int8) { *p -= 100 }

func main2() {
	bump(&g8)
	pf := &gf
	*pf *= 3
	pu := &gu
	*pu |= 7
	fmt.Println(g8, gf, gu, *pf)
	var x int16 = -5
	f := func() { x *= 1000 }
	f()
	px := &x
	*px++
	fmt.Println(x, *px)
	var c float32 = 1.1
	g := func() float32 { c += 1; return c }
	fmt.Println(g(), c)
	var b byte = 250
	pb := &b
	for i := 0; i < 10; i++ {
		*pb++
	}
	fmt.Println(b)
	var r rune = 'a'
	fmt.Sscan("", &r)
	pr := &r
	*pr = '한'
	fmt.Println(string(r))
}
