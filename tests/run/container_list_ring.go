package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

func dump(l *list.List) {
	fmt.Print(l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" |")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	var zero list.List
	fmt.Println(zero.Len(), zero.Front() == nil, zero.Back() == nil)
	zero.PushBack("lazy")
	dump(&zero)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	l.MoveToFront(e4)
	dump(l)
	l.MoveToBack(e4)
	dump(l)
	l.MoveBefore(e4, e1)
	dump(l)
	l.MoveAfter(e4, e1)
	dump(l)
	l.MoveAfter(e4, e4)
	fmt.Println(l.Remove(e4), l.Remove(e4))
	dump(l)
	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(l)
	l.PushBackList(l)
	dump(l)
	// Elements of another list are ignored.
	foreign := other.Front()
	fmt.Println(l.InsertBefore(9, foreign) == nil, l.InsertAfter(9, foreign) == nil)
	l.MoveToFront(foreign)
	l.Remove(foreign)
	dump(l)
	dump(other)
	removed := l.Front()
	l.Remove(removed)
	fmt.Println(removed.Next() == nil, removed.Prev() == nil)
	l.Init()
	dump(l)
	for e := other.Front(); e != nil; {
		next := e.Next()
		other.Remove(e)
		e = next
	}
	dump(other)

	var rz ring.Ring
	fmt.Println(rz.Len(), rz.Next() == &rz, rz.Prev() == &rz)
	var rnil *ring.Ring
	fmt.Println(rnil.Len(), ring.New(0) == nil, ring.New(-1) == nil)
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show := func(r *ring.Ring) {
		fmt.Print(r.Len(), ":")
		r.Do(func(v any) { fmt.Print(" ", v) })
		fmt.Println()
	}
	show(r)
	show(r.Move(2))
	show(r.Move(-1))
	show(r.Move(7))
	show(r.Prev())
	s := ring.New(2)
	s.Value = "x"
	s.Next().Value = "y"
	old := r.Link(s)
	show(r)
	show(old)
	un := r.Unlink(3)
	show(r)
	show(un)
	fmt.Println(r.Unlink(0) == nil)
	sum := 0
	r.Do(func(v any) {
		if n, ok := v.(int); ok {
			sum += n
		}
	})
	fmt.Println(sum)
	self := ring.New(3)
	fmt.Println(self.Link(self).Len(), self.Len())
}
