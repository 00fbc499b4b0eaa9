package main

import (
	"fmt"
	"strings"
	"unicode"
)

var seed uint64 = 7

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

var atoms = []string{"a", "b", "A", "é", "É", "ß", "ǅ", "k", "K", "\u212a", " ", "\t", "\u00a0", "\u2003", "\xff", "\xe2\x82", "€", "日", "-", ",", "ab", "", "\u0130", "ſ", "s", "S", "σ", "ς", "Σ", "\xf0\x9f\x98\x80", "\xed\xa0\x80"}

func rs() string {
	n := rnd(7)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(atoms[rnd(len(atoms))])
	}
	return b.String()
}

func main() {
	for i := 0; i < 400; i++ {
		s, t := rs(), rs()
		n := rnd(5) - 2
		fmt.Printf("%q %q %v %v %d %d %d %d %d %d\n", s, t, strings.Contains(s, t), strings.ContainsAny(s, t), strings.Index(s, t), strings.LastIndex(s, t), strings.IndexAny(s, t), strings.LastIndexAny(s, t), strings.Count(s, t), strings.Compare(s, t))
		fmt.Printf(" %q %q %q %q\n", strings.Split(s, t), strings.SplitN(s, t, n), strings.SplitAfter(s, t), strings.SplitAfterN(s, t, n))
		fmt.Printf(" %q %q %q %q %q %q\n", strings.Fields(s), strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s), strings.TrimSpace(s))
		fmt.Printf(" %q %q %q %q %q\n", strings.Trim(s, t), strings.TrimLeft(s, t), strings.TrimRight(s, t), strings.TrimPrefix(s, t), strings.TrimSuffix(s, t))
		fmt.Printf(" %q %q %v %q\n", strings.Replace(s, t, "<>", n), strings.ReplaceAll(s, t, "|"), strings.EqualFold(s, t), strings.ToValidUTF8(s, "?"))
		fmt.Printf(" %q %q %d %d\n", strings.TrimFunc(s, unicode.IsLetter), strings.FieldsFunc(s, unicode.IsPunct), strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsSpace))
		r := []rune(t)
		if len(r) > 0 {
			fmt.Printf(" %d %v\n", strings.IndexRune(s, r[0]), strings.ContainsRune(s, r[0]))
		}
		if len(t) > 0 {
			fmt.Printf(" %d %d\n", strings.IndexByte(s, t[0]), strings.LastIndexByte(s, t[0]))
		}
		rp := strings.NewReplacer(t, "1", s, "2", "a", "3")
		fmt.Printf(" %q\n", rp.Replace(s+t+s))
	}
}
