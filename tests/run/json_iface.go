package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
)

type Fail struct{}

func (Fail) MarshalJSON() ([]byte, error) { return nil, errors.New("nope") }

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Box struct {
	Sh Shape
	Any any
}

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a": tru} {"a":3}`))
	for i := 0; i < 3; i++ {
		var m map[string]int
		err := dec.Decode(&m)
		fmt.Println(m, err)
	}
	enc := json.NewEncoder(os.Stdout)
	fmt.Println(enc.Encode([]any{1, Fail{}}))
	b, err := json.Marshal(Box{Sq{2}, &Sq{3}})
	fmt.Println(string(b), err)
	bx := Box{Sh: Sq{1}}
	fmt.Println(json.Unmarshal([]byte(`{"Sh":{"S":5}}`), &bx), bx.Sh)
	s := &Sq{}
	bx = Box{Any: s}
	fmt.Println(json.Unmarshal([]byte(`{"Any":{"S":7}}`), &bx), s.S)
	var x struct {
		A int
		B string
	}
	fmt.Println(json.Unmarshal([]byte(`{"A":"s","B":1}`), &x))
	fmt.Println(json.Unmarshal([]byte(`{"A":1e2}`), &x), x.A)
	fmt.Println(json.Unmarshal([]byte("\t\n {\"A\" :\r 9 } \n"), &x), x.A)
	var p struct{ P *struct{ Q int } }
	fmt.Println(json.Unmarshal([]byte(`{"P":{"Q":4}}`), &p), p.P.Q)
}
