package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, s := range []string{"Hello, 世界! Привет Ελλάδα שלום مرحبا こんにちは カタカナ 한국어 ½ ⅷ 12 -—_ \"«»\" \t\u00a0\u2028"} {
		for _, r := range s {
			fmt.Printf("%c:%v%v%v%v%v%v%v%v%v%v%v%v ", r, unicode.Is(unicode.Han, r), unicode.Is(unicode.Latin, r), unicode.Is(unicode.Cyrillic, r), unicode.Is(unicode.Greek, r),
				unicode.Is(unicode.Hebrew, r), unicode.Is(unicode.Arabic, r), unicode.In(r, unicode.Hiragana, unicode.Katakana), unicode.Is(unicode.Hangul, r),
				unicode.Is(unicode.Nl, r), unicode.Is(unicode.Pd, r), unicode.IsOneOf([]*unicode.RangeTable{unicode.Zs, unicode.Zl}, r), unicode.Is(unicode.Quotation_Mark, r))
		}
		fmt.Println()
	}
	tabs := []*unicode.RangeTable{unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs, unicode.Digit, unicode.Nd, unicode.Letter, unicode.L, unicode.Lm, unicode.Lo, unicode.Lower, unicode.Ll, unicode.Mark, unicode.M, unicode.Mc, unicode.Me, unicode.Mn, unicode.Nl, unicode.No, unicode.Number, unicode.N, unicode.Other, unicode.C, unicode.Pc, unicode.Pd, unicode.Pe, unicode.Pf, unicode.Pi, unicode.Po, unicode.Ps, unicode.Punct, unicode.P, unicode.Sc, unicode.Sk, unicode.Sm, unicode.So, unicode.Space, unicode.Z, unicode.Symbol, unicode.S, unicode.Title, unicode.Lt, unicode.Upper, unicode.Lu, unicode.Zl, unicode.Zp, unicode.Zs, unicode.Arabic, unicode.Common, unicode.Cyrillic, unicode.Greek, unicode.Han, unicode.Hangul, unicode.Hebrew, unicode.Hiragana, unicode.Katakana, unicode.Latin, unicode.ASCII_Hex_Digit, unicode.Dash, unicode.Hex_Digit, unicode.Ideographic, unicode.Quotation_Mark, unicode.White_Space}
	for i, t := range tabs {
		n := 0
		for r := rune(0); r < 0x110000; r += 37 {
			if unicode.Is(t, r) {
				n++
			}
		}
		fmt.Print(i, ":", n, "/", len(t.R16), "/", len(t.R32), "/", t.LatinOffset, " ")
	}
	fmt.Println()
	fmt.Println(unicode.Upper.R16[0].Lo, unicode.Upper.R16[0].Hi, unicode.Upper.R16[0].Stride, unicode.Han.R32[0].Lo)
}
