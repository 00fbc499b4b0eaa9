package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Num interface {
	~int | ~float64 | ~complex128 | ~complex64
}

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type MyC complex128

func (m MyC) String() string { return fmt.Sprintf("MyC<%g>", complex128(m)) }

type S struct {
	A complex128
	B [2]complex64
	C string
}

const k complex64 = 1 + 2i
const fl float32 = 0.1

func classify(c complex128) string {
	switch c {
	case 0:
		return "zero"
	case 1 + 2i, 2i:
		return "known"
	}
	return "other"
}

func main() {
	fmt.Println(Sum(1+1i, 2-3i), Sum[complex64](1, 2i), Sum(1.5, 2))
	var m MyC = 3 + 4i
	fmt.Println(m, m*m, complex128(m)/2)
	fmt.Printf("%v %T %d\n", m, m, 1+2i)
	fmt.Println(classify(0), classify(1+2i), classify(2i), classify(5))
	s1 := S{A: 1i, B: [2]complex64{1, 2}, C: "x"}
	s2 := s1
	fmt.Println(s1 == s2, s1, S{})
	s2.B[1] = 3
	fmt.Println(s1 == s2, s2)
	var arr [3]complex128
	fmt.Println(arr, len(arr))
	fmt.Println(reflect.TypeOf(1i).Kind(), reflect.TypeOf(k).Kind(), reflect.TypeOf(m).Kind(), reflect.TypeOf(m))
	fmt.Println(reflect.DeepEqual([]complex128{1, 2i}, []complex128{1, 2i}), reflect.DeepEqual(s1, s2))
	fmt.Println(k*k, real(k)*imag(k), fl*fl)
	fmt.Println(real(5), imag(1i) == 1, 2i*2i == -4, 1i)
	var x any = 2i
	y := any(complex64(2i))
	fmt.Println(x == y, x, y)
	mm := map[complex64]int{}
	mm[1] += 1
	mm[1+0i]++
	mm[complex(0, 1)] = 5
	keys := []string{}
	for k, v := range mm {
		keys = append(keys, fmt.Sprint(k, "=", v))
	}
	sort.Strings(keys)
	fmt.Println(keys, len(mm))
	var f32 float32 = 1.25
	c := complex(f32, 2)
	fmt.Printf("%T %v %T\n", c, c, complex(1.5, 2))
	done := make(chan complex64)
	go func() { done <- c * c }()
	fmt.Println(<-done)
	sl := make([]complex128, 2, 4)
	sl = append(sl, 5i, 6)
	copy(sl, []complex128{7, 8})
	fmt.Println(sl, sl[3]-sl[2])
	z := new(complex64)
	*z += 1i
	fmt.Println(*z)
	fmt.Printf("%6.2f|%-16v|%+.1e|%v\n", 1-1i, 2+2i, 3i, []complex64{1, 2})
	fmt.Printf("%s %q %t\n", 1i, 1i, 1i)
	var ptr *S = &s1
	ptr.A *= 2
	fmt.Println(s1.A, ptr.B[0])
	func(cs ...complex128) { fmt.Println(len(cs), cs) }(1, 2, 3i)
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		var e any = 1 + 1i
		panic(e)
	}()
	panic(complex64(1.5))
}
