package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("This is <b>HTML</b>!"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r3.Replace("aaaa"))
	r4 := strings.NewReplacer("", "X", "o", "O")
	fmt.Println(r4.Replace("oiio"), strings.NewReplacer("a", "1", "", "-").Replace("abc"))
	fmt.Println(strings.NewReplacer("a", "b", "a", "c").Replace("aaa"), strings.NewReplacer().Replace("same"))
}
