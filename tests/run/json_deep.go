package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

func main() {
	deep := strings.Repeat("[", 9000) + strings.Repeat("]", 9000)
	var v any
	fmt.Println(json.Unmarshal([]byte(deep), &v))
	b, err := json.Marshal(v)
	fmt.Println(len(b), err)
	var w [][][]int
	fmt.Println(json.Unmarshal([]byte(`[[[1]],[[2,3]]]`), &w), w)
}
