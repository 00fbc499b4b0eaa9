package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type T struct {
	A int    `json:"a"`
	B string `json:"b"`
}

type Opt struct {
	P   *int           `json:"p,omitempty"`
	S   []int          `json:"s,omitempty"`
	M   map[string]int `json:"m,omitempty"`
	I   any            `json:"i,omitempty"`
	St  T              `json:"st,omitempty"`
	F   float64        `json:"f,omitempty"`
	U   uint           `json:"u,omitempty"`
	Str string         `json:"str,omitempty"`
}

func main() {
	b, _ := json.Marshal(Opt{S: []int{}, M: map[string]int{}})
	fmt.Println(string(b))
	var t T
	err := json.NewDecoder(strings.NewReader(`{"a":1,"b":2}`)).Decode(&t)
	fmt.Println(err, t)
	var ts []T
	fmt.Println(json.Unmarshal([]byte(`[{"a":"1"}]`), &ts))
	var mp map[string]T
	fmt.Println(json.Unmarshal([]byte(`{"k":{"b":true}}`), &mp))
	var arr [2]T
	fmt.Println(json.Unmarshal([]byte(`[{}, {"a": {}}]`), &arr))
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent(">", "..")
	enc.Encode(T{1, "x"})
	b, err = json.Marshal(struct {
		C complex64 `json:"c,omitempty"`
	}{})
	fmt.Println(string(b), err)
	var iface any
	fmt.Println(json.Unmarshal([]byte(`{"a":[{"b":null}]}`), &iface), iface)
	var n json.Number
	fmt.Println(json.Unmarshal([]byte(`"12x"`), &n), n)
	fmt.Println(json.Unmarshal([]byte(`"12"`), &n), n)
	fmt.Println(json.Unmarshal([]byte(`12e2`), &n), n)
	var by []byte
	fmt.Println(json.Unmarshal([]byte(`[1,2,3]`), &by), by)
	fmt.Println(json.Unmarshal([]byte(`null`), &by), by == nil)
}
