package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

type T struct {
	A int `json:"a"`
	B struct{ C int }
}
type M struct{}

func (M) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte("{bad"), nil }

func main() {
	for _, s := range []string{`x`, ``, `{`, `[1,]`, `{"a" 1}`, `{"a":1 "b"}`, `[1 2]`, `"abc`, "\"a\x01\"", `tru`, `trux`, `nul`, `-`, `1.`, `1e`, `1.5x`, `01`, `{,}`, `{"a":1,}`, `"\x"`, `"\u12g4"`, `1 2`, `[`, `"\`, `{"a":`, ` `, `-x`} {
		var v any
		err := json.Unmarshal([]byte(s), &v)
		if se, ok := err.(*json.SyntaxError); ok {
			fmt.Printf("%q: %v (offset %d)\n", s, err, se.Offset)
		} else {
			fmt.Printf("%q: %v\n", s, err)
		}
	}
	var t T
	fmt.Println(json.Unmarshal([]byte(`{"a":"x"}`), &t))
	fmt.Println(json.Unmarshal([]byte(`{"B":{"C":"x"}}`), &t))
	fmt.Println(json.Unmarshal([]byte(`"x"`), &t))
	var i int
	fmt.Println(json.Unmarshal([]byte(`1.5`), &i))
	fmt.Println(json.Unmarshal([]byte(`300`), new(int8)))
	fmt.Println(json.Unmarshal([]byte(`-1`), new(uint)))
	fmt.Println(json.Unmarshal([]byte(`{}`), &i))
	fmt.Println(json.Unmarshal([]byte(`[]`), &i))
	fmt.Println(json.Unmarshal([]byte(`true`), &i))
	fmt.Println(json.Unmarshal([]byte(`null`), &i), i)
	fmt.Println(json.Unmarshal([]byte(`1`), nil))
	fmt.Println(json.Unmarshal([]byte(`1`), t))
	fmt.Println(json.Unmarshal([]byte(`1`), (*T)(nil)))
	var m map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"a":"b"}`), &m))
	var mi map[int]int
	fmt.Println(json.Unmarshal([]byte(`{"x":1}`), &mi))
	_, err := json.Marshal(make(chan int))
	fmt.Println(err)
	_, err = json.Marshal(func() {})
	fmt.Println(err)
	_, err = json.Marshal(complex(1, 2))
	fmt.Println(err)
	_, err = json.Marshal(math.NaN())
	fmt.Println(err)
	_, err = json.Marshal(math.Inf(-1))
	fmt.Println(err)
	_, err = json.Marshal(map[string]any{"x": math.Inf(1)})
	fmt.Println(err)
	_, err = json.Marshal(M{})
	fmt.Println(err)
	_, err = json.Marshal(Bad{})
	fmt.Println(err)
	_, err = json.Marshal(map[[2]int]int{{1, 2}: 3})
	fmt.Println(err)
	_, err = json.Marshal(struct{ F func() }{})
	fmt.Println(err)
	_, err = json.Marshal(json.Number("abc"))
	fmt.Println(err)
	var ui uint8
	fmt.Println(json.Unmarshal([]byte(`"5"`), &ui))
	var ss struct{ N int `json:",string"` }
	fmt.Println(json.Unmarshal([]byte(`{"N":5}`), &ss))
	fmt.Println(json.Unmarshal([]byte(`{"N":"x"}`), &ss))
	fmt.Println(json.Unmarshal([]byte(`{"N":"12"}`), &ss), ss.N)
}
