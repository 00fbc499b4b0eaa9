package main

import "fmt"

type node struct {
	v    int
	next *node
}

func (n *node) Sum() int {
	if n == nil {
		return 0
	}
	return n.v + n.next.Sum()
}

type List *node

func main() {
	var l List = &node{1, &node{2, nil}}
	l.v = 10
	fmt.Println(l.v, l.next.v, (*node)(l).Sum())
	var e List
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(e.v)
}
