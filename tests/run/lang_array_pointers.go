package main

import "fmt"

type A [3]int

func (a A) Sum() int  { return a[0] + a[1] + a[2] }
func (a *A) Set(i, v int) { a[i] = v }

func main() {
	var x [4]int
	p := &x
	p[1] = 5
	q := *p
	q[0] = 9
	fmt.Println(len(p), cap(p), p[1], *p, q, x)
	for i, v := range p {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	*p = [4]int{1, 2, 3, 4}
	fmt.Println(x, p[3])
	var a A
	pa := &a
	pa.Set(0, 3)
	(*pa).Set(1, 4)
	fmt.Println(pa.Sum(), (*pa).Sum(), a)
	f := pa.Sum
	g := (*pa).Sum
	h := (&a).Sum
	pa.Set(2, 100)
	fmt.Println(f(), g(), h(), A.Sum(a), (*A).Sum(pa))
	var i interface{ Sum() int } = pa
	fmt.Println(i.Sum())
	pp := &p
	fmt.Println((*pp)[2], len(*pp))
	s := x[:]
	ap := (*[2]int)(s)
	ap[0] = 42
	fmt.Println(x, *ap)
	arr := [4]int(s)
	arr[1] = -1
	fmt.Println(arr, x)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = (*[8]int)(s)
}
