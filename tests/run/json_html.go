package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

type H struct{}

func (H) MarshalJSON() ([]byte, error) { return []byte(`"<&>"`), nil }

type T2 struct{}

func (T2) MarshalText() ([]byte, error) { return []byte(`<t>`), nil }

type MyByte byte

func main() {
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode([]any{H{}, T2{}, "<s>"})
	enc.SetEscapeHTML(true)
	enc.Encode([]any{H{}, T2{}, "<s>"})
	var tm time.Time
	fmt.Println(json.Unmarshal([]byte(`"2021-02-03T04:05:06.5+02:00"`), &tm), tm)
	b, err := json.Marshal([]MyByte{1, 2})
	fmt.Println(string(b), err)
	b, err = json.Marshal(struct {
		A *int
		B []string
		C map[string]any
		D any
		E [2]bool
		F uintptr
		G int8 `json:",string"`
		H *bool `json:",string"`
	}{})
	fmt.Println(string(b), err)
	var bs []MyByte
	fmt.Println(json.Unmarshal([]byte(`"AQI="`), &bs), bs)
}
