// Copies the compiler leaves out (results computed straight into their destination, variables
// taking over the temporaries of their definition) and addresses that need no heap cell.
package main

import "fmt"

type point struct{ x, y int }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// The parameter is read after part of the result is computed.
func mix(n int) int {
	return n*2 + n
}

func both(a, b bool) bool {
	return a && b || !a && !b
}

func swap(a, b int) (int, int) {
	return b, a
}

func divmod(x int) (int, int) {
	q, r := x/3, x%3
	return q, r
}

func named(n int) (r int) {
	r = n
	defer func() { r *= 2 }()
	return r + 1
}

func main() {
	fmt.Println(fib(20), mix(7), both(true, false), both(false, false))
	a, b := 1, 2
	for i := 0; i < 3; i++ {
		a, b = b, a
		c, d := b+i, a
		a, d = d, c
		fmt.Println(a, b, c, d)
	}
	x, y := swap(3, 4)
	fmt.Println(x, y)
	fmt.Println(divmod(17))
	fmt.Println(named(5))
	t := a > 1 && b > 1
	u := a > 1 || fib(3) == 2
	fmt.Println(t, u)

	// &s[i] on a slice: the slice variable itself stays in its register.
	s := []int{1, 2, 3}
	p := &s[1]
	*p = 20
	s = append(s, 4)
	*p = 30
	fmt.Println(s[1], *p, len(s))

	// &arr[i] and &v.f on values: the variable escapes, the pointer sees it.
	arr := [3]int{1, 2, 3}
	q := &arr[2]
	*q = 9
	arr[2]++
	fmt.Println(arr, *q)
	v := point{1, 2}
	pf := &v.y
	v.y = 7
	fmt.Println(*pf, v)
	pv := &v
	px := &pv.x
	pv = &point{5, 6}
	*px = 11
	fmt.Println(v, *pv)

	// A value computed into a temporary and copied into a loop-carried variable.
	sum, prod := 0, 1
	for i := 1; i <= 5; i++ {
		sum, prod = sum+i, prod*i
	}
	fmt.Println(sum, prod)
	fs := []func() int{}
	for i := 0; i < 3; i++ {
		k := i * i
		fs = append(fs, func() int { return k })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
