package main

import (
	"fmt"
	str "strings"
	_ "os"
)

type (
	Pair[K comparable, V any] struct {
		Key K `json:"k"`
		Val V
	}
	List[T any] []T
	Arr         [4]int
	Recv        <-chan int
	Send        chan<- int
	Fn          func(int, ...string) (bool, error)
	Alias       = map[string][]*Pair[string, int]
)

func (l List[T]) Len() int { return len(l) }

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func main() {
	var a Arr
	b := a[1:3:4]
	c := [...]string{2: "x", 0: "y"}
	m := map[string]Pair[string, int]{"a": {Key: "a", Val: 1}}
	p := &m
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	default:
	}
	for i := range 3 {
		switch {
		case i == 0:
			fallthrough
		case i > 5:
		default:
		}
	}
	goto end
end:
	fmt.Println(b, c, len(*p), str.ToUpper("x"), Map([]int{1}, func(i int) string { return fmt.Sprint(i) }), List[int]{1}.Len())
}
