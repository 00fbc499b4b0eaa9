package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<first>[a-z]+)\s(?P<last>[a-z]+)?(x)?`)
	fmt.Println(re, re.String(), re.NumSubexp(), re.SubexpNames(), len(re.SubexpNames()))
	fmt.Println(re.SubexpIndex("last"), re.SubexpIndex("nope"), re.SubexpIndex(""))
	s := "alan turing, grace hopper, ada "
	fmt.Println(re.MatchString(s), re.Match([]byte(s)), re.MatchString("ALAN"))
	fmt.Printf("%q\n", re.FindString(s))
	fmt.Printf("%q\n", re.Find([]byte(s)))
	fmt.Println(re.FindIndex([]byte(s)), re.FindStringIndex(s), re.FindStringIndex("XX"), re.FindIndex(nil) == nil)
	fmt.Printf("%q\n", re.FindStringSubmatch(s))
	fmt.Printf("%q\n", re.FindSubmatch([]byte(s)))
	fmt.Println(re.FindStringSubmatchIndex(s), re.FindSubmatchIndex([]byte(s)))
	fmt.Printf("%q\n", re.FindAllString(s, -1))
	fmt.Printf("%q\n", re.FindAllString(s, 2))
	fmt.Printf("%q\n", re.FindAllString(s, 0))
	fmt.Printf("%q\n", re.FindAll([]byte(s), -1))
	fmt.Println(re.FindAllIndex([]byte(s), -1), re.FindAllStringIndex(s, 1))
	fmt.Printf("%q\n", re.FindAllStringSubmatch(s, -1))
	fmt.Printf("%q\n", re.FindAllSubmatch([]byte(s), -1))
	fmt.Println(re.FindAllStringSubmatchIndex(s, -1))
	fmt.Println(re.FindAllSubmatchIndex([]byte(s), 2))
	fmt.Println(re.FindAllString("none", -1) == nil, re.FindStringSubmatch("X") == nil, re.FindSubmatch(nil) == nil)
	fmt.Println(re.ReplaceAllString(s, "$last, $first;"))
	fmt.Println(re.ReplaceAllString(s, "${last}_${1}x$1x$$ $9 $ ${ $first"))
	fmt.Println(string(re.ReplaceAll([]byte(s), []byte("<$2>"))))
	fmt.Println(re.ReplaceAllLiteralString(s, "$1"))
	fmt.Println(string(re.ReplaceAllLiteral([]byte(s), []byte("[$1]"))))
	fmt.Println(re.ReplaceAllStringFunc(s, strings.ToUpper))
	fmt.Println(string(re.ReplaceAllFunc([]byte(s), func(b []byte) []byte { return []byte(fmt.Sprint(len(b))) })))
	m := re.FindStringSubmatchIndex(s)
	fmt.Println(string(re.ExpandString([]byte("pre:"), "$last-$first-${3}-$10", s, m)))
	fmt.Println(string(re.Expand(nil, []byte("[$first]"), []byte(s), m)))
	fmt.Println(regexp.QuoteMeta(`1.5-2.0?[a]{b}(c)|d^e$f\g*h+`), regexp.QuoteMeta("plain"))
	ok, err := regexp.MatchString(`^\d+$`, "12345")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`^\d+$`, []byte("12a45"))
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`(`, "x")
	fmt.Println(ok, err)
	for _, p := range []string{`abc`, `abc+`, `ab*c`, `^abc`, `^abc$`, `abc$`, ``, `(?i)abc`, `a|b`, `x\.y`, `^`, `[a]bc`} {
		pre, c := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("%q %q %v\n", p, pre, c)
	}
	b, _ := re.MarshalText()
	fmt.Println(string(b))
	var r2 regexp.Regexp
	fmt.Println(r2.UnmarshalText([]byte(`a+b`)), r2.MatchString("xaab"), r2.String())
	fmt.Println(r2.UnmarshalText([]byte(`a[`)))
	fmt.Printf("%v|%s|%q\n", re, re, regexp.MustCompile(`a"b`))
	fmt.Println(re.Copy().String())
	fmt.Println(regexp.MatchReader(`b+c`, strings.NewReader("aabbbc")))
	fmt.Println(re.MatchReader(strings.NewReader("  bob smith")))
	fmt.Println(regexp.MustCompile(`é+`).FindReaderIndex(strings.NewReader("aéé")))
	fmt.Println(regexp.MustCompile(`(é)+(x)?`).FindReaderSubmatchIndex(strings.NewReader("aéé")))
}
