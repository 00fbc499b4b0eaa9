package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Item struct {
	ID   int
	Name string
}

func main() {
	const in = `{"Message": "Hello", "Array": [1, 2, 3.5], "Null": null, "Number": 1.234, "Nested": {"a": [true, false]}}`
	dec := json.NewDecoder(strings.NewReader(in))
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%T: %v", t, t)
		if dec.More() {
			fmt.Printf(" (more)")
		}
		fmt.Println()
	}

	// streaming the elements of a big array
	dec = json.NewDecoder(strings.NewReader(`[{"ID":1,"Name":"a"}, {"ID":2,"Name":"b"}, {"ID":3,"Name":"c"}]`))
	t, err := dec.Token()
	fmt.Println(t, err)
	for dec.More() {
		var it Item
		if err := dec.Decode(&it); err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Println(it)
	}
	t, err = dec.Token()
	fmt.Println(t, err)
	t, err = dec.Token()
	fmt.Println(t, err)

	dec = json.NewDecoder(strings.NewReader(`[1 2]`))
	dec.UseNumber()
	for i := 0; i < 4; i++ {
		t, err := dec.Token()
		fmt.Printf("%T %v %v\n", t, t, err)
	}
	dec = json.NewDecoder(strings.NewReader(`{"a" 1}`))
	for i := 0; i < 3; i++ {
		t, err := dec.Token()
		fmt.Printf("%T %v %v\n", t, t, err)
	}
	dec = json.NewDecoder(strings.NewReader(`]`))
	t, err = dec.Token()
	fmt.Println(t, err)
}
