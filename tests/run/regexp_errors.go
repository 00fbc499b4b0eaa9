package main

import (
	"fmt"
	"regexp"
)

func main() {
	pats := []string{
		`(`, `(a`, `a)`, `)`, `(a))`, `[a`, `[]`, `[^]`, `[a-`, `x[z-a]`, `[\d-z]`, `a**`, `a*?*`, `a+?+`, `a{2}*`, `a??`,
		`*`, `+a`, `?`, `(*)`, `a|*`, `(?i)*`, `{2}`, `a{2,1}`, `a{1001}`, `a{1000}`, `a{,5}`, `a{01}`, `a{2`, `a{99999999999}`,
		`(a{10}){101}`, `((a{10}){10}){10}`, `((a{10}){10}){11}`, `(a{0}){1001}`, `(a*){1000}`,
		`\`, `a\`, `\8`, `\1`, `\12`, `\0`, `\q`, `\_`, `\é`, `\x`, `\xg`, `\x1`, `\x{`, `\x{}`, `\x{110000}`, `\x{41`, `\x41`, `\x{1F600}`,
		`\C`, `\pX`, `\p{Foo}`, `\p{`, `\p`, `\p{^Greek}`, `\PL`, `\p{Letter}`, `\p{lower case letter}`, `[[:foo:]]`, `[[:alpha:]`, `[[:^digit:]]`,
		`(?P<n>a)(?P<n>b)`, `(?P<>a)`, `(?P<a-b>x)`, `(?<a`, `(?<`, `(?P=a)`, `(?P<name`, `(?x)a`, `(?i-)a`, `(?-)a`, `(?i-i)a`, `(?--i)a`,
		`(?)`, `(?:`, `(?i`, `(?U)a*`, `a(?i)*`, `^*`, `$+`, `\b*`, `\Qa*b\E*`, `\Qab`, `[\Q]`, `[\b]`, "\xff", "a\xffb", "[\xff]", `(?P<n\xff>a)`,
		`\z\A`, `x{2}{3}`, `(?:a{2}){3}{4}`, `[a-\d]`, `[\x{10FFFF}-\x{0}]`,
	}
	for _, p := range pats {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q: %v\n", p, err)
		} else {
			fmt.Printf("%q: ok %d %q\n", p, re.NumSubexp(), re.FindAllString("aaab(a*)*_é\x00", -1))
		}
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile("a\x60(")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile("\"(\n")
	}()
	var zero regexp.Regexp
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		zero.MatchString("x")
	}()
	regexp.MustCompile(`a(b`)
}
