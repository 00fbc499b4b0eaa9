package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for l := range strings.Lines("one\ntwo\n\nthree") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for p := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for p := range strings.SplitAfterSeq("a,b,,c", ",") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for p := range strings.SplitSeq("héllo\xff", "") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  go \t is\u00a0fun\n ") {
		fmt.Printf("%q ", f)
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit) {
		fmt.Printf("%q ", f)
		if f == "b" {
			break
		}
	}
	fmt.Println()
	seq := strings.Lines("x\ny\nz\n")
	for l := range seq {
		fmt.Printf("first %q\n", l)
		break
	}
	for l := range seq {
		fmt.Printf("again %q\n", l)
	}
	b := []byte("k1=v1 k2=v2\nline2")
	for l := range bytes.Lines(b) {
		fmt.Printf("%q %d\n", l, cap(l))
	}
	for p := range bytes.SplitSeq(b, []byte("=")) {
		fmt.Printf("%q %d ", p, cap(p))
	}
	fmt.Println()
	for p := range bytes.SplitAfterSeq([]byte("a-b-c"), []byte("-")) {
		fmt.Printf("%q ", p)
	}
	for p := range bytes.SplitSeq([]byte("añ"), nil) {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for f := range bytes.FieldsSeq([]byte(" a  bb ccc ")) {
		fmt.Printf("%q %d ", f, cap(f))
	}
	for f := range bytes.FieldsFuncSeq([]byte("x.y..z"), func(r rune) bool { return r == '.' }) {
		fmt.Printf("%q ", f)
	}
	fmt.Println()
}
