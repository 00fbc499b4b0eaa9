package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func (l *List[T]) Slice() []T {
	out := make([]T, 0, l.size)
	l.Each(func(_ int, v T) { out = append(out, v) })
	return out
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	r := &List[U]{}
	for _, v := range l.Slice() {
		r.Push(f(v))
	}
	return r
}

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := o.m[k]
	return v, ok
}

func (o *OrderedMap[K, V]) Pairs() []Pair[K, V] {
	var out []Pair[K, V]
	for _, k := range o.keys {
		out = append(out, Pair[K, V]{k, o.m[k]})
	}
	return out
}

type Number interface {
	~int | ~float64
}

type Vec[T Number] []T

func (v Vec[T]) Sum() T {
	var s T
	for _, x := range v {
		s += x
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	loads int
	load  func(K) V
}

func (c *Cache[K, V]) Get(k K) V {
	if v, ok := c.data[k]; ok {
		return v
	}
	c.loads++
	v := c.load(k)
	c.data[k] = v
	return v
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type Getter[T any] interface{ Get() T }

func Read[T any](g Getter[T]) T { return g.Get() }

type Named struct {
	Box[string]
	n int
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, p.String())
	fmt.Printf("%v %+v %T\n", p, p, p)
	var l List[int]
	for i := 1; i <= 4; i++ {
		l.Push(i * i)
	}
	fmt.Println(l.Slice(), l.size)
	ls := Map(&l, func(n int) string { return strings.Repeat("*", n%5) })
	fmt.Println(ls.Slice())
	fmt.Printf("%T %T\n", l, ls)
	om := NewOrderedMap[string, float64]()
	om.Set("x", 1.5)
	om.Set("y", 2)
	om.Set("x", 3)
	v, ok := om.Get("x")
	_, ok2 := om.Get("z")
	fmt.Println(v, ok, ok2, len(om.Pairs()))
	for _, p := range om.Pairs() {
		fmt.Print(p, " ")
	}
	fmt.Println()
	om2 := NewOrderedMap[int, []string]()
	om2.Set(1, []string{"one"})
	fmt.Println(om2.Pairs()[0].String())
	vi := Vec[int]{1, 2, 3}
	vf := Vec[float64]{0.5, 1.5}
	fmt.Println(vi.Sum(), vi.Scale(3), vf.Sum(), vf.Scale(2).Sum())
	r := Try(func() (int, error) { return 7, nil })
	r2 := Try(func() (string, error) { return "", errors.New("boom") })
	fmt.Println(r, r2.Err)
	fmt.Printf("%T %T\n", r, r2)
	c := &Cache[int, string]{data: map[int]string{}, load: func(k int) string { return fmt.Sprint("v", k) }}
	fmt.Println(c.Get(1), c.Get(2), c.Get(1), c.loads)
	b := Box[int]{42}
	fmt.Println(Read[int](b), Read(Getter[int](b)))
	var g Getter[string] = Box[string]{"boxed"}
	fmt.Println(g.Get())
	nm := Named{Box[string]{"inner"}, 3}
	fmt.Println(nm.Get(), nm.n)
	ps := []Pair[string, int]{{"b", 2}, {"a", 1}, {"c", 3}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Key < ps[j].Key })
	fmt.Println(ps)
	m := map[Pair[string, int]]bool{{"k", 1}: true}
	fmt.Println(m[Pair[string, int]{"k", 1}], m[Pair[string, int]{"k", 2}])
	get := b.Get
	fmt.Println(get())
	var anyv any = p
	if s, ok := anyv.(fmt.Stringer); ok {
		fmt.Println("stringer", s.String())
	}
	switch x := anyv.(type) {
	case Pair[string, string]:
		fmt.Println("ss", x)
	case Pair[string, int]:
		fmt.Println("si", x.Val)
	}
}
