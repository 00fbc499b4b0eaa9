package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Address struct {
	Street string
	City   string `json:"city"`
}

type Person struct {
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Emails  []string          `json:"emails"`
	Addr    *Address          `json:"addr"`
	Scores  map[string]int    `json:"scores"`
	Extra   any               `json:"extra"`
	Grid    [2][2]int         `json:"grid"`
	Raw     json.RawMessage   `json:"raw"`
	Bytes   []byte            `json:"bytes"`
	ByID    map[int]string    `json:"by_id"`
	Small   map[uint8]float32 `json:"small"`
	Ratio   float32           `json:"ratio"`
	Num     json.Number       `json:"num"`
	private int
}

func printMap(m map[string]any, indent string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s%s: %T %v\n", indent, k, m[k], m[k])
	}
}

func main() {
	data := `{
		"name": "Alice", "AGE": 30, "emails": ["a@x.org", "b@y.org"],
		"addr": {"street": "Main \u0026 1st", "city": "Zürich \ud83d\ude00"},
		"scores": {"math": 90, "art": 75},
		"extra": {"list": [1, "two", null, false, {"k": 1.5}], "n": -2.5e3},
		"grid": [[1, 2], [3]],
		"raw": { "keep" : [1,  2] },
		"bytes": "aGVsbG8=",
		"by_id": {"1": "one", "-20": "minus twenty"},
		"small": {"7": 0.5},
		"ratio": 0.1,
		"num": 123.456,
		"unknown": {"ignored": true},
		"private": 5
	}`
	var p Person
	err := json.Unmarshal([]byte(data), &p)
	fmt.Println(err)
	fmt.Println(p.Name, p.Age, p.Emails, len(p.Emails))
	fmt.Println(p.Addr.Street, "|", p.Addr.City)
	fmt.Println(p.Scores, p.Grid, string(p.Raw), string(p.Bytes), p.ByID, p.Small, p.Ratio, p.Num, p.private)
	printMap(p.Extra.(map[string]any), "  ")

	// decoding into existing values
	q := Person{Name: "keep", Emails: []string{"x", "y", "z"}, Scores: map[string]int{"old": 1}}
	json.Unmarshal([]byte(`{"emails":["only"],"scores":{"new":2},"addr":null,"extra":null}`), &q)
	fmt.Println(q.Name, q.Emails, len(q.Emails), q.Scores, q.Addr == nil, q.Extra == nil)
	json.Unmarshal([]byte(`{"emails":null,"scores":null}`), &q)
	fmt.Println(q.Emails == nil, q.Scores == nil)
	json.Unmarshal([]byte(`{"emails":[]}`), &q)
	fmt.Println(q.Emails == nil, len(q.Emails))

	var anyv any
	json.Unmarshal([]byte(`[1, 2.5, "s", true, null, [], {}]`), &anyv)
	for _, x := range anyv.([]any) {
		fmt.Printf("%T %v; ", x, x)
	}
	fmt.Println()

	var ip *int
	json.Unmarshal([]byte(`5`), &ip)
	fmt.Println(*ip)
	var ipp **string
	json.Unmarshal([]byte(`"deep"`), &ipp)
	fmt.Println(**ipp)
	json.Unmarshal([]byte(`null`), &ip)
	fmt.Println(ip == nil)

	var arr [3]int = [3]int{9, 9, 9}
	json.Unmarshal([]byte(`[1, 2]`), &arr)
	fmt.Println(arr)
	json.Unmarshal([]byte(`[1, 2, 3, 4, 5]`), &arr)
	fmt.Println(arr)

	var iface any = &Address{}
	json.Unmarshal([]byte(`{"street":"via ptr"}`), &iface)
	fmt.Println(iface.(*Address).Street)

	var s string
	json.Unmarshal([]byte(`"esc: \" \\ \/ \b \f \n \r \t \u00e9 \ud800 x"`), &s)
	fmt.Printf("%q\n", s)

	var people []Person
	err = json.Unmarshal([]byte(`[{"name":"a","age":1},{"name":"b","age":"bad"},{"name":"c","age":3}]`), &people)
	fmt.Println(err)
	fmt.Println(len(people), people[0].Name, people[2].Name, people[2].Age)

	var f32 float32
	fmt.Println(json.Unmarshal([]byte(`1e40`), &f32))
	var u8 []uint8
	fmt.Println(json.Unmarshal([]byte(`"!!!"`), &u8))
	var mm map[string]*Address
	fmt.Println(json.Unmarshal([]byte(`{"a":{"city":"c"},"b":null}`), &mm), mm["a"].City, mm["b"])
}
