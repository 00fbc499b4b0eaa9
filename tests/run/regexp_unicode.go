package main

import (
	"fmt"
	"regexp"
)

func main() {
	text := "café naïve Ωmega 123 ٣٤ x_y\u00a0z\u2003w\vv\ff ſK"
	for _, p := range []string{`\w+`, `\W+`, `\d+`, `\D+`, `\s+`, `\S+`, `\bé`, `\b\w+\b`, `\B.\B`, `[\w]+`, `[^\w\s]+`, `[\d\s]+`,
		`(?i)k`, `(?i)\w+`, `(?i)[^k]+`, `\pL+`, `\p{Greek}`, `\PL+`, `\p{Nd}+`, `\p{Lu}`, `(?i)\p{Lu}+`, `[[:alpha:]]+`, `[[:^alpha:]]+`, `[[:space:]]+`,
		`[[:word:]]+`, `.`, `(?s).`, `[é-ö]+`, `\x{3A9}`, `(?i)ω`, `\p{Any}+`, `[\p{Greek}\d]+`, `\p{Ascii}+`, `\p{Assigned}`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%-14s %q\n", p, re.FindAllString(text, 6))
	}
	bad := "a\xffb\xe2\x82c\xc3\xa9\xed\xa0\x80d\xef\xbf\xbd"
	for _, p := range []string{`.`, `[^a]`, `\x{FFFD}`, `\W`, `b.c`, `a.b`, `..`, `\B`, `\b`, `x*`, `[\x{FFFD}-\x{FFFF}]+`, `\S+`, `é`, `(.)(.)`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%-10s %q %v\n", p, re.FindAllString(bad, -1), re.FindAllStringIndex(bad, -1))
		fmt.Printf("           %q %q\n", re.ReplaceAllString(bad, "<$0>"), re.Split(bad, -1))
	}
	fmt.Println(regexp.MustCompile(`^..$`).MatchString("é"), regexp.MustCompile(`^.$`).MatchString("é"), regexp.MustCompile(`^.$`).MatchString("\xff"))
	fmt.Println(regexp.MustCompile(`^..$`).Match([]byte{0xc3, 0xa9}), regexp.MustCompile(`^..$`).Match([]byte{0xc3, 0x28}))
	fmt.Printf("%q\n", regexp.MustCompile(`(?m)^\w+$`).FindAllString("one\ntwo\n\nthree\n", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?m)^`).FindAllStringIndex("a\n", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?m)$`).FindAllStringIndex("a\n\n", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?s:a.)b(?i)C|(?-s)d.`).FindAllString("a\nbc d\nda\nbC", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?U)a+(?-U)b+?`).FindAllString("aaabbb", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?i:A)a|B`).FindAllString("aAAabB", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a(?i)*`).FindAllString("aaAA", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\Qa.b\E+`).FindAllString("a.bbb axb", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`[]a]+|[^]x]+`).FindAllString("]a]xyz", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`[a[bc]]+`).FindAllString("a[b]c]", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`[a&&b]+|[x-]+|[~~]+`).FindAllString("a&&b x--~~", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\141\0\x41\x{42}\n\t`).FindAllString("aA\x00AB\n\t", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\141\x00\x41\x{42}\n\t`).FindAllString("a\x00AB\n\t", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a{2}{`).FindAllString("aa{", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a{,2}`).FindAllString("a{,2}", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?P<y>\d{4})-(?<m>\d\d)`).ReplaceAllString("2024-05, 1999-12", "$m/$y ${y}x $yx"))
	fmt.Printf("%q\n", regexp.MustCompile(`(?P<a>x)|(?P<a>y)`).ReplaceAllString("xy", "[$a]"))
	fmt.Printf("%q\n", regexp.MustCompile(`(?P<a>x)|(?P<a>y)`).SubexpIndex("a"))
	fmt.Printf("%q\n", regexp.MustCompile(`(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)`).ReplaceAllString("abcdefghijk", "$11 $10 ${1}1 $01"))
}
