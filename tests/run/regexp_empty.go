package main

import (
	"fmt"
	"regexp"
)

func main() {
	cases := []struct{ p, s string }{
		{`a*`, "baaac"}, {`a*`, ""}, {`x*`, "abc"}, {``, "abc"}, {`a|`, "aab"}, {`\b`, "ab cd"},
		{`\B`, "ab cd"}, {`a*?`, "aa"}, {`(a|b)*`, "abxba"}, {`^`, "a\nb\n"}, {`(?m)^`, "a\nb\n"},
		{`(?m)$`, "a\nb\n"}, {`$`, "a\nb\n"}, {`.*`, "héllo"}, {`x*`, "héé"}, {`\B`, "héé"}, {`\b`, "héllo wörld"},
		{`[^a]*`, "bab"}, {`a??`, "aaa"}, {`(?:)`, "é"},
	}
	for _, c := range cases {
		re := regexp.MustCompile(c.p)
		fmt.Printf("%q on %q: %q %v\n", c.p, c.s, re.FindAllString(c.s, -1), re.FindAllStringIndex(c.s, -1))
		fmt.Printf("  repl=%q split=%q split2=%q split-1=%q\n", re.ReplaceAllString(c.s, "<$0>"), re.Split(c.s, -1), re.Split(c.s, 2), re.Split(c.s, 1))
	}
	fmt.Printf("%q\n", regexp.MustCompile(`,`).Split("a,b,,c,", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`,`).Split("", -1))
	fmt.Printf("%q\n", regexp.MustCompile(``).Split("", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`,`).Split("a,b", 0) == nil)
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).Split("abaabaccadaaae", 5))
	fmt.Printf("%q\n", regexp.MustCompile(`\s+`).Split("  lead and trail  ", -1))
	fmt.Println(regexp.MustCompile(`a*`).ReplaceAllString("baaac", "X"))
	fmt.Println(regexp.MustCompile(`a*?`).ReplaceAllString("baaac", "X"))
	fmt.Println(regexp.MustCompile(`(a)|b`).ReplaceAllString("ab", "[$1]"))
	fmt.Println(regexp.MustCompile(`(a)|(b)`).FindAllStringSubmatchIndex("ab", -1))
	fmt.Println(regexp.MustCompile(`(a*)*`).FindStringSubmatchIndex("b"), regexp.MustCompile(`(a*)+`).FindStringSubmatchIndex("b"))
	fmt.Println(regexp.MustCompile(`(a|ab)(c|bcd)(d*)`).FindStringSubmatchIndex("abcd"))
	fmt.Println(regexp.MustCompile(`(a+)(b+)?`).FindAllStringSubmatch("aab a ab", -1))
}
