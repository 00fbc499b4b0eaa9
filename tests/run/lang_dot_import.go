package main

import (
	. "fmt"
	"os"
	. "strings"
)

type B2 = Builder

func main() {
	var b B2
	b.WriteString(ToUpper("go"))
	Println(b.String(), Repeat("-", 3), Sprintf("%03d", 7))
	Fprintln(os.Stdout, Contains("abc", "b"), Fields(" a b "))
	var r *Replacer = NewReplacer("a", "b")
	Println(r.Replace("banana"))
}
