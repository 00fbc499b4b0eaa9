package main

import "fmt"

type T struct{ a, b int64 }

func fields() (a, b, c, d, e, f, g int) {
	return 1, 2, 3, 4, 5, 6, 7
}

func mk(a, b, c, d, e, f, g int, p *int) T { return T{int64(a), int64(g) + int64(*p)} }

func inner(p, q *int) (T, error) {
	a, b, c, d, e, f, g := fields()
	return mk(a, b, c, d, e, f, g, p), nil
}

// `return f()` of a multi-value call with a struct result, in functions without defers.
func wrap(p *int) (T, error) {
	return inner(p, p)
}

func wrap3(p *int) (T, [2]int, error) {
	return three(p)
}

func three(p *int) (T, [2]int, error) {
	t, err := inner(p, p)
	return t, [2]int{int(t.a), int(t.b)}, err
}

func deferred(p *int) (t T, err error) {
	defer func() { t.a++ }()
	return inner(p, p)
}

func main() {
	x := 10
	t, err := wrap(&x)
	fmt.Println(t, err)
	u, arr, err := wrap3(&x)
	arr[0] = 99
	fmt.Println(u, arr, err)
	fmt.Println(deferred(&x))
	a, b := wrap(&x)
	a.a = 5
	c, _ := wrap(&x)
	fmt.Println(a, b, c)
}
