package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	preds := []func(rune) bool{unicode.IsUpper, unicode.IsLower, unicode.IsTitle, unicode.IsLetter, unicode.IsDigit, unicode.IsNumber, unicode.IsSpace, unicode.IsPunct, unicode.IsSymbol, unicode.IsMark, unicode.IsControl, unicode.IsPrint, unicode.IsGraphic}
	names := []string{"IsUpper", "IsLower", "IsTitle", "IsLetter", "IsDigit", "IsNumber", "IsSpace", "IsPunct", "IsSymbol", "IsMark", "IsControl", "IsPrint", "IsGraphic"}
	// Every rune (and a few out of range) through every predicate: count and a position hash.
	for k, p := range preds {
		n, h := 0, 0
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if p(r) {
				n++
				h = (h*131 + int(r)) % 1000000007
			}
		}
		fmt.Println(names[k], n, h)
	}
	maps := []func(rune) rune{unicode.ToUpper, unicode.ToLower, unicode.ToTitle, unicode.SimpleFold}
	mnames := []string{"ToUpper", "ToLower", "ToTitle", "SimpleFold"}
	for k, m := range maps {
		n, h := 0, 0
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if v := m(r); v != r {
				n++
				h = (h*131 + int(v)) % 1000000007
			}
		}
		fmt.Println(mnames[k], n, h)
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'ǆ'), unicode.To(unicode.TitleCase, 'ǆ'), unicode.To(unicode.LowerCase, 'Ǆ'), unicode.To(5, 'a'))
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('İ')), string(unicode.SimpleFold('k')), string(unicode.SimpleFold('\u212a')), string(unicode.SimpleFold('1')))

	for _, s := range []string{"", "a", "héllo", "日本語", "a\xffb", "\xe2\x82", "\xf0\x9f\x98\x80!", "\xed\xa0\x80"} {
		b := []byte(s)
		r, w := utf8.DecodeRuneInString(s)
		r2, w2 := utf8.DecodeLastRuneInString(s)
		r3, w3 := utf8.DecodeRune(b)
		r4, w4 := utf8.DecodeLastRune(b)
		fmt.Printf("%q %d %d %v %v %v %v %U %d %U %d %U %d %U %d\n", s, utf8.RuneCountInString(s), utf8.RuneCount(b), utf8.ValidString(s), utf8.Valid(b), utf8.FullRuneInString(s), utf8.FullRune(b), r, w, r2, w2, r3, w3, r4, w4)
	}
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff, 0x110000, -1} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r), n, buf[:n], utf8.AppendRune([]byte("x"), r))
	}
	for _, s := range []string{"\xe2", "\xe2\x82", "\xe2\x82\xac", "\xe0\x80", "\xf4\x90", "\xed\xa0", "\xc0"} {
		fmt.Print(utf8.FullRuneInString(s), " ")
	}
	fmt.Println(utf8.RuneStart('a'), utf8.RuneStart(0x80), utf8.RuneStart(0xc3), utf8.RuneError, utf8.UTFMax, utf8.MaxRune)
	defer func() { fmt.Println("recovered:", recover()) }()
	utf8.EncodeRune(make([]byte, 1), 'é')
}
