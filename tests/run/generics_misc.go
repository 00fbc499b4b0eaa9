package main

import (
	"fmt"
	"iter"
	"sort"
	"strings"
)

type T struct{ name string }

func Wrap[T any](v T) []T { return []T{v} }

type Trie[V any] struct {
	children map[rune]*Trie[V]
	val      V
	set      bool
}

func NewTrie[V any]() *Trie[V] { return &Trie[V]{children: map[rune]*Trie[V]{}} }

func (t *Trie[V]) Put(key string, v V) {
	n := t
	for _, r := range key {
		c, ok := n.children[r]
		if !ok {
			c = NewTrie[V]()
			n.children[r] = c
		}
		n = c
	}
	n.val, n.set = v, true
}

func (t *Trie[V]) Get(key string) (V, bool) {
	n := t
	for _, r := range key {
		c, ok := n.children[r]
		if !ok {
			var zero V
			return zero, false
		}
		n = c
	}
	return n.val, n.set
}

func (t *Trie[V]) Keys() []string {
	var out []string
	var walk func(n *Trie[V], prefix string)
	walk = func(n *Trie[V], prefix string) {
		if n.set {
			out = append(out, prefix)
		}
		for r, c := range n.children {
			walk(c, prefix+string(r))
		}
	}
	walk(t, "")
	sort.Strings(out)
	return out
}

var global = NewTrie[int]()

func Merge[T any](cs ...<-chan T) []T {
	var out []T
	for _, c := range cs {
		for v := range c {
			out = append(out, v)
		}
	}
	return out
}

func Gen[T any](vs ...T) <-chan T {
	c := make(chan T, len(vs))
	for _, v := range vs {
		c <- v
	}
	close(c)
	return c
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

type IntStack = Stack[int]

type Ints Stack[int]

func Kind[T any](v T) string {
	switch any(v).(type) {
	case int, int64:
		return "integer"
	case string:
		return "string"
	case []T:
		return "slice of T"
	}
	return "other"
}

func Is[T any](v any) bool {
	_, ok := v.(T)
	return ok
}

func Len[S ~string | ~[]byte](s S) int { return len(s) }

func Last[S ~[]E, E any](s S) E { return s[len(s)-1] }

func Alloc[T any]() *T { return new(T) }

func Counts[K comparable](ks []K) map[K]int {
	m := make(map[K]int, len(ks))
	for _, k := range ks {
		m[k]++
	}
	return m
}

func Equal[T comparable](a, b T) bool { return a == b }

func Acc[T ~int | ~float64]() (total T, add func(T)) {
	add = func(v T) { total += v }
	return
}

func Safe[T any](f func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	v = f()
	return
}

type Counter[K comparable] struct{ m map[K]int }

func (c *Counter[K]) Inc(k K) func() int {
	return func() int {
		if c.m == nil {
			c.m = map[K]int{}
		}
		c.m[k]++
		return c.m[k]
	}
}

func All[T any](xs []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(Wrap(T{"x"}), len(Wrap[T](T{})))
	tr := NewTrie[string]()
	tr.Put("go", "gopher")
	tr.Put("gone", "away")
	tr.Put("rust", "crab")
	v, ok := tr.Get("go")
	_, ok2 := tr.Get("g")
	fmt.Println(v, ok, ok2, tr.Keys())
	global.Put("a", 1)
	fmt.Println(global.Get("a"))
	fmt.Println(Merge(Gen(1, 2), Gen(3)), Merge(Gen("a")))
	var is IntStack
	is.Push(4)
	fmt.Println(is.items, Ints{items: []int{1}}.items)
	fmt.Printf("%T %T\n", is, Ints{})
	fmt.Println(Kind(1), Kind("s"), Kind([]int{1}), Kind(2.5), Kind(int64(3)))
	fmt.Println(Is[int](3), Is[string](3), Is[fmt.Stringer](3))
	fmt.Println(Len("héllo"), Len([]byte{1, 2}), Last([]string{"a", "z"}), *Alloc[int](), Alloc[T]().name == "")
	fmt.Println(Counts(strings.Split("a b a c a", " ")))
	var e1, e2 any = 1, 1
	fmt.Println(Equal(e1, e2), Equal[any](1, "1"), Equal(T{"a"}, T{"a"}), Equal(&T{}, &T{}))
	total, add := Acc[float64]()
	add(1.5)
	fmt.Println(total)
	n, err := Safe(func() int { return 42 })
	fmt.Println(n, err)
	_, err = Safe(func() []int { var s []int; return s[:5] })
	fmt.Println(err)
	var c Counter[string]
	inc := c.Inc("k")
	inc()
	fmt.Println(inc(), c.m)
	All([]string{"p", "q"})(func(x string) bool { fmt.Print(x); return true })
	fmt.Println()
	fmt.Printf("%T\n", Merge[float64])
}
