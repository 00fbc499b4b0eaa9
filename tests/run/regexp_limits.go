package main

import (
	"fmt"
	"regexp"
	"strings"
)

func try(name, p string) {
	re, err := regexp.Compile(p)
	if err != nil {
		msg := err.Error()
		if len(msg) > 90 {
			msg = msg[:90] + "..."
		}
		fmt.Println(name, "error:", msg)
		return
	}
	fmt.Println(name, "ok", re.NumSubexp(), re.MatchString(strings.Repeat("a", 1000)))
}

func main() {
	try("nest999", strings.Repeat("(", 999)+"a"+strings.Repeat(")", 999))
	try("nest1000", strings.Repeat("(", 1000)+"a"+strings.Repeat(")", 1000))
	try("nest1001", strings.Repeat("(", 1001)+"a"+strings.Repeat(")", 1001))
	try("nc999", strings.Repeat("(?:", 999)+"a"+strings.Repeat(")", 999))
	try("dot1000", `.{1000}`)
	try("pL1000", `\pL{1000}`)
	try("w1000x", `(?:\w{1000}){1}`)
	try("alt", strings.Repeat("a|", 5000)+"b")
	try("long", strings.Repeat("ab", 20000))
	try("big", `(?:.{1000}|\pL{1000}|[^x]{1000})`)
}
