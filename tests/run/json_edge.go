package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type inner struct{ A, B int }
type Outer struct {
	inner
	C int
}
type PtrM struct{ V int }

func (p *PtrM) MarshalJSON() ([]byte, error) { return []byte(`"<ptr>"`), nil }

type Node struct {
	Val  int
	Next *Node `json:",omitempty"`
}
type S interface{ M() }

func main() {
	b, err := json.Marshal(Outer{inner{1, 2}, 3})
	fmt.Println(string(b), err)
	var o Outer
	fmt.Println(json.Unmarshal([]byte(`{"A":5,"B":6,"C":7}`), &o), o)
	b, _ = json.Marshal(map[string]PtrM{"a": {1}})
	fmt.Println(string(b))
	b, _ = json.Marshal([]PtrM{{1}})
	fmt.Println(string(b))
	b, _ = json.Marshal(struct{ P PtrM }{PtrM{1}})
	fmt.Println(string(b))
	b, _ = json.Marshal(&struct{ P PtrM }{PtrM{1}})
	fmt.Println(string(b))
	b, _ = json.Marshal(PtrM{2})
	fmt.Println(string(b))
	n := &Node{1, &Node{2, nil}}
	b, _ = json.Marshal(n)
	fmt.Println(string(b))
	n.Next.Next = n
	_, err = json.Marshal(n)
	fmt.Println(err)
	var s S
	fmt.Println(json.Unmarshal([]byte(`{}`), &s))
	var bad struct{ X S }
	fmt.Println(json.Unmarshal([]byte(`{"X":1}`), &bad))
	deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	var v any
	fmt.Println(json.Unmarshal([]byte(deep), &v))
	b, err = json.MarshalIndent(struct {
		A []int
		M map[string]int
	}{[]int{1}, map[string]int{"z": 1}}, "", "  ")
	fmt.Println(string(b), err)
	var u struct{ A int }
	fmt.Println(json.Unmarshal([]byte(`{"a":1,"A":2}`), &u), u.A)
	fmt.Println(json.Unmarshal([]byte(` {"A":3} `), &u), u.A)
	var m map[bool]int
	fmt.Println(json.Unmarshal([]byte(`{"true":1}`), &m))
	var ch chan int
	fmt.Println(json.Unmarshal([]byte(`1`), &ch))
	var arr []int
	fmt.Println(json.Unmarshal([]byte(`{"a":1}`), &arr))
	fmt.Println(json.Unmarshal([]byte(`[1,"x",3]`), &arr), arr)
	type E struct{ F int }
	var es []E
	fmt.Println(json.Unmarshal([]byte(`[{"F":1},{"F":"x"}]`), &es))
	var mm map[string][]int
	fmt.Println(json.Unmarshal([]byte(`{"k":[1,"x"]}`), &mm))
}
