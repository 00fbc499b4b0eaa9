package main

import "fmt"

type N int32
type N1 = N
type N2 = N1

func (n N2) Valid() bool { return n > 0 }
func (n *N1) Inc()       { *n++ }
func (n N) String() string { return fmt.Sprintf("N(%d)", int32(n)) }

type S struct{ v int }
type SA = S

func (s *SA) Set(v int) { s.v = v }
func (s SA) Get() int   { return s.v }

func main() {
	a := N(5)
	a.Inc()
	var b N2 = -3
	fmt.Println(a.Valid(), a, b.Valid(), b)
	var s S
	s.Set(4)
	fmt.Println(s.Get())
	var g interface{ Get() int } = s
	fmt.Println(g.Get())
}
