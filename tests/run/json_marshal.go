package main

import (
	"encoding/json"
	"fmt"
	"math"
	"time"
)

type Color int

func (c Color) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("color-%d", int(c))), nil }

type Point struct {
	X, Y int
}

func show(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
}

func main() {
	show(true)
	show(false)
	show(42)
	show(int8(-8))
	show(uint64(18446744073709551615))
	show(3.14)
	show(float32(3.14))
	show(1e21)
	show(1e20)
	show(1e-7)
	show(0.000001)
	show(float32(1e-7))
	show(-0.0)
	show(123456789.0)
	show(1.5e300)
	show("hello")
	show("<a href=\"x\">&amp;</a>")
	show("tab\tnl\nbs\\ cr\r \b \f \x01 \x1f \x7f")
	show("\u2028\u2029 é 日本")
	show("bad \xff utf8 \xc3")
	show([]byte("hello, world"))
	show([]byte{})
	show([]byte(nil))
	show([]int{1, 2, 3})
	show([]int(nil))
	show([]int{})
	show([3]string{"a", "b", "c"})
	show([0]int{})
	show(map[string]int{"b": 2, "a": 1, "c": 3})
	show(map[int]string{10: "ten", 2: "two", -1: "neg"})
	show(map[uint8]bool{200: true, 3: false})
	show(map[Color]int{1: 10, 2: 20})
	show(map[string]int(nil))
	show(map[string]any{"x": nil, "y": []any{1, "two", 3.0, true}})
	show(Point{1, 2})
	show(&Point{3, 4})
	show([]*Point{{5, 6}, nil})
	var pp *Point
	show(pp)
	show(nil)
	var e any = Point{7, 8}
	show(e)
	show(Color(5))
	show([]Color{1, 2})
	show(json.RawMessage(`{"raw": [1, 2]}`))
	show(json.Number("12.5e3"))
	show(time.Date(2024, 3, 15, 10, 30, 0, 123000000, time.UTC))
	show(map[string]json.RawMessage{"a": json.RawMessage(`true`)})
	show(struct{}{})
	show(math.MaxInt64)
	show(float64(1 << 53))

	b, _ := json.MarshalIndent(map[string]any{"name": "x", "list": []int{1, 2}, "empty": []int{}, "obj": map[string]int{}, "nested": map[string]any{"k": Point{1, 2}}}, ">", "  ")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent([]int{}, "", "\t")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(5, "", "\t")
	fmt.Println(string(b))
}
