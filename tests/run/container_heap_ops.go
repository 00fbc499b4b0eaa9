package main

import (
	"container/heap"
	"fmt"
)

type item struct {
	name string
	pri  int
	idx  int
}

type pq []*item

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].pri > q[j].pri }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i]; q[i].idx = i; q[j].idx = j }
func (q *pq) Push(x any)        { it := x.(*item); it.idx = len(*q); *q = append(*q, it) }
func (q *pq) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	*q = old[:n-1]
	return it
}

func main() {
	q := pq{}
	for i, n := range []string{"a", "b", "c", "d", "e", "f"} {
		q = append(q, &item{n, (i * 7) % 5, i})
	}
	heap.Init(&q)
	heap.Push(&q, &item{name: "g", pri: 3})
	q[2].pri = 10
	heap.Fix(&q, 2)
	r := heap.Remove(&q, 3).(*item)
	fmt.Println("removed", r.name, r.pri)
	for q.Len() > 0 {
		it := heap.Pop(&q).(*item)
		fmt.Println(it.name, it.pri)
	}
}
