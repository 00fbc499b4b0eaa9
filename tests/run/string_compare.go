package main

import (
	"fmt"
	"sort"
)

func main() {
	ws := []string{"banana", "apple", "", "applesauce-and-more", "applesauce-and-mor", "b", "ä", "z", "apple"}
	sort.Strings(ws)
	fmt.Println(ws)
	fmt.Println("abcdefghij" < "abcdefghik", "abcdefgh" < "abcdefghi", "x" <= "x", "abcdefghijk" == "abcdefghijk", "abcdefghijk" != "abcdefghijl")
	m := map[string]int{"abcdefghijklmnop": 1, "abcdefghijklmnoq": 2}
	fmt.Println(m["abcdefghijklmnop"], m["abcdefghijklmnoq"], m["abcdefghijklmnor"])
}
