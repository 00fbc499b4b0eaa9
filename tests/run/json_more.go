package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

type inner struct{ A int }
type WithPtr struct {
	*inner
	B int
}
type Spacey struct{}

func (Spacey) MarshalJSON() ([]byte, error) { return []byte(` { "a" : [ 1 , "<" ] } `), nil }

type Holder struct {
	M json.Marshaler
	I any
}

func main() {
	b, err := json.Marshal([]float32{0.1, 1e-7, 3.4e38, 16777216})
	fmt.Println(string(b), err)
	b, _ = json.Marshal([]float64{0.1, 1e-7, 5e-324, 1.7976931348623157e308, 100, 1e20, 123456789012345678})
	fmt.Println(string(b))
	var v any
	json.Unmarshal([]byte(`[1e3, -0, 12345678901234567890, 1.0]`), &v)
	fmt.Println(v)
	var s string
	json.Unmarshal([]byte("\"a\xffb\""), &s)
	fmt.Printf("%q\n", s)
	b, _ = json.MarshalIndent(Spacey{}, "", " ")
	fmt.Println(string(b))
	b, _ = json.Marshal(Holder{Spacey{}, &Spacey{}})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[string]int{"<k>": 1})
	fmt.Println(string(b))
	var w WithPtr
	fmt.Println(json.Unmarshal([]byte(`{"A":1,"B":2}`), &w), w.B)
	b, err = json.Marshal(w)
	fmt.Println(string(b), err)
	var buf bytes.Buffer
	buf.WriteString("pre:")
	fmt.Println(json.Indent(&buf, []byte(`[1,`), "", " "), buf.String())
	fmt.Println(json.Indent(&buf, []byte(`  [1, {"a": 2}]  `), "", " "), buf.String())
	type Emb struct {
		Holder `json:"h"`
		X      int `json:"x,omitempty"`
	}
	b, _ = json.Marshal(Emb{})
	fmt.Println(string(b))
	b, err = json.Marshal(map[int]any{1: []any{nil, map[string]any{}}})
	fmt.Println(string(b), err)
	var x struct {
		A int `json:"a,string"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"a":"null"}`), &x), x.A)
	fmt.Println(json.Unmarshal([]byte(`{"a":null}`), &x), x.A)
}
