package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`x*`)
	fmt.Println(re.Find(nil) == nil, re.Find([]byte{}) == nil, len(re.Find([]byte("xx"))), cap(re.Find([]byte("xxy"))))
	fmt.Println(re.FindAll(nil, -1), len(re.FindAll([]byte("axxb"), -1)), re.FindAllIndex([]byte("axxb"), 2))
	g := regexp.MustCompile(`(a)(b)?`)
	sm := g.FindSubmatch([]byte("xa"))
	fmt.Println(len(sm), sm[2] == nil, string(sm[1]), cap(sm[0]))
	fmt.Printf("%q\n", g.FindAllSubmatch([]byte("ab a"), -1))
	fmt.Println(g.FindAllSubmatch([]byte("ab a"), -1)[1][2] == nil)
	src := []byte("a\xffb\xffc")
	sep := regexp.MustCompile(`\x{FFFD}`)
	fmt.Printf("%q %q\n", sep.ReplaceAll(src, []byte("[$0]")), sep.ReplaceAllLiteral(src, []byte("$0")))
	fmt.Printf("%q\n", sep.ReplaceAllFunc(src, func(b []byte) []byte { return []byte(fmt.Sprint(len(b))) }))
	fmt.Printf("%q\n", regexp.MustCompile(`b`).ReplaceAll(nil, []byte("x")))
	fmt.Println(regexp.MustCompile(`b`).ReplaceAll(nil, []byte("x")) == nil, regexp.MustCompile(`b`).ReplaceAllString("", "x") == "")
	fmt.Printf("%q\n", g.Expand([]byte("pre"), []byte("<$1|$2>"), []byte("xab"), g.FindSubmatchIndex([]byte("xab"))))
	ok, err := regexp.Match(`\xff`, []byte{0xff})
	fmt.Println(ok, err)
	ok, err = regexp.Match(`^.$`, []byte{0xff})
	fmt.Println(ok, err)
}
