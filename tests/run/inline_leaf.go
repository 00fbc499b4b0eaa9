// Leaf functions whose body is one arithmetic return are compiled inline; what a program can
// see must not change: argument order and side effects, wrap-around, conversions, named types,
// the function as a value, go and defer of it.
package main

import "fmt"

type celsius float64

var trace []string

func note(s string, v int) int { trace = append(trace, s); return v }

func tri(i, j int) float64  { return 1.0 / float64((i+j)*(i+j+1)/2+i+1) }
func mix(a, b int) int      { return a*31 ^ b>>2 - a%7 }
func second(a, b int) int   { return b }
func seven() int            { return 7 }
func wrap(x int8) int8      { return x + 100 }
func neg(x uint32) uint32   { return -x }
func toF(c celsius) celsius { return c*9/5 + 32 }
func both(p, q bool) bool   { return p && !q || q && !p }
func half(x float64) int    { return int(x / 2) }
func shl(x uint64) uint64   { return x<<3 | x>>61 }
func same(x int) int        { return x }
func sub(x, y int) int      { return x - y }
func less(a, b int) bool    { return a < b }

func main() {
	s := 0.0
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			s += tri(i, j) * float64(j+1)
		}
	}
	fmt.Printf("%.12f\n", s)
	fmt.Println(mix(1234567, -99), mix(-5, 5))
	fmt.Println(second(note("a", 1), note("b", 2)), trace)
	fmt.Println(seven()+seven(), wrap(100), neg(1), toF(100), toF(-40))
	fmt.Println(both(true, false), both(true, true), half(7.9), half(-7.9), shl(1<<62|5))
	x := 3
	y := same(x) + same(x+1)
	x = 10
	fmt.Println(x, y, same(x))
	// Inlined calls of the same function as its own arguments.
	fmt.Println(sub(1, sub(2, 3)), sub(sub(10, 4), mix(mix(2, 1), 5)), same(sub(same(1), 2)))
	fmt.Println(less(1, 2), less(sub(3, 1), 2), less(-1<<63, 1<<63-1))
	f := tri
	fmt.Printf("%.6f\n", f(2, 3))
	done := make(chan bool)
	go func() { fmt.Println(mix(2, 3)); done <- true }()
	<-done
	defer fmt.Println("deferred", seven())
	defer second(note("c", 3), 0)
	fmt.Println(trace)
}
