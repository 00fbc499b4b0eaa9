package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "iıIİ istanbul"))
	fmt.Println(strings.ToLowerSpecial(unicode.TurkishCase, "iıIİ İSTANBUL"))
	fmt.Println(strings.ToTitleSpecial(unicode.AzeriCase, "iyi"))
	fmt.Printf("%q\n", bytes.ToUpperSpecial(unicode.TurkishCase, []byte("diyarbakır")))
	fmt.Printf("%q\n", bytes.ToLowerSpecial(unicode.TurkishCase, []byte("DİYARBAKIR")))
	fmt.Printf("%q\n", bytes.ToTitleSpecial(unicode.TurkishCase, []byte("i")))
	fmt.Println(string(unicode.TurkishCase.ToUpper('i')), string(unicode.TurkishCase.ToLower('A')), string(unicode.TurkishCase.ToTitle('ı')))
	b, a, ok := bytes.CutLast([]byte("a/b/c"), []byte("/"))
	fmt.Printf("%q %q %v\n", b, a, ok)
	b, a, ok = bytes.CutLast([]byte("abc"), []byte("/"))
	fmt.Printf("%q %q %v %v\n", b, a, ok, a == nil)
	s1, s2, ok2 := strings.CutLast("k=v=w", "=")
	fmt.Println(s1, s2, ok2)
}
