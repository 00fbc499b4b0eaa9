package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type Msg struct {
	Name string `json:"name"`
	N    int    `json:"n"`
}

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"name":"a","n":1} {"name":"b","n":2}
[1,2,3] "str" 42 true null {"name":"c","extra":5}`))
	for {
		var v any
		err := dec.Decode(&v)
		if err == io.EOF {
			fmt.Println("EOF")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%T %v\n", v, v)
	}

	dec = json.NewDecoder(strings.NewReader(`{"name":"x","n":7}{"name":"y","bogus":1}`))
	dec.DisallowUnknownFields()
	for i := 0; i < 3; i++ {
		var m Msg
		err := dec.Decode(&m)
		fmt.Println(m, err)
	}

	dec = json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890, "f": 1.5}`))
	dec.UseNumber()
	var m map[string]any
	fmt.Println(dec.Decode(&m))
	n := m["big"].(json.Number)
	fmt.Println(n, n.String())
	_, err := n.Int64()
	fmt.Println(err)
	f, _ := m["f"].(json.Number).Float64()
	fmt.Println(f)

	dec = json.NewDecoder(strings.NewReader(`{"a":1`))
	fmt.Println(dec.Decode(&m))
	dec = json.NewDecoder(strings.NewReader(`  `))
	fmt.Println(dec.Decode(&m))
	dec = json.NewDecoder(strings.NewReader(`{"a":1} x`))
	fmt.Println(dec.Decode(&m), dec.Decode(&m))
	dec = json.NewDecoder(strings.NewReader(`1 2 3`))
	for dec.More() {
		var k int
		dec.Decode(&k)
		fmt.Print(k, ";")
	}
	fmt.Println()

	enc := json.NewEncoder(os.Stdout)
	enc.Encode(Msg{"<hi>", 1})
	enc.Encode([]int{1, 2})
	enc.SetEscapeHTML(false)
	enc.Encode(Msg{"<hi> & bye", 2})
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{"a": []int{1, 2}, "b": Msg{"z", 3}})
	enc.SetIndent("# ", "\t")
	enc.Encode([]any{})
	fmt.Println(enc.Encode(make(chan int)))

	var buf bytes.Buffer
	fmt.Println(json.Compact(&buf, []byte(" { \"a\" : [ 1 , 2 ] , \"b\":\"<x>\" } ")), buf.String())
	buf.Reset()
	fmt.Println(json.Compact(&buf, []byte(`{"a":}`)), buf.Len())
	buf.Reset()
	fmt.Println(json.Indent(&buf, []byte(`{"a":[1,2,{}],"b":{"c":[]}}`), "", "  "))
	fmt.Println(buf.String())
	buf.Reset()
	json.HTMLEscape(&buf, []byte(`{"h":"<b>&</b>"}`))
	fmt.Println(buf.String())
	for _, s := range []string{`{}`, `[1,2]`, `{"a":}`, `1 2`, ``, ` "x" `, `nul`} {
		fmt.Println(s, json.Valid([]byte(s)))
	}
}
