package main

import (
	"fmt"
	"strings"
	"unicode"
)

func show(xs []string) {
	fmt.Printf("%d %q\n", len(xs), xs)
}

func main() {
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("", ""), strings.Contains("abc", ""))
	fmt.Println(strings.ContainsRune("abcé", 'é'), strings.ContainsRune("abc", 'x'), strings.ContainsRune("a\xffb", unicode.ReplacementChar))
	fmt.Println(strings.ContainsAny("failure", "ui"), strings.ContainsAny("foo", ""), strings.ContainsAny("", ""), strings.ContainsAny("héllo", "éz"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasPrefix("golang", "C"), strings.HasSuffix("amigo", "go"), strings.HasSuffix("amigo", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("abc", ""), strings.Index("", "a"))
	fmt.Println(strings.IndexByte("golang", 'g'), strings.IndexByte("golang", 'x'), strings.IndexRune("chicken", 'k'), strings.IndexRune("chické", 'é'))
	fmt.Println(strings.IndexRune("a\xffb", utf8RuneError()), strings.IndexRune("abc", -1), strings.IndexRune("abc", 0x110000))
	fmt.Println(strings.IndexAny("golang", "y"), strings.IndexAny("chicken", "kmr"), strings.IndexAny("日本語", "語"), strings.LastIndexAny("go gopher", "go"), strings.LastIndexAny("go gopher", ""))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go gopher", "rodent"), strings.LastIndex("abc", ""), strings.LastIndexByte("abcabc", 'b'))
	show(strings.Split("a,b,c", ","))
	show(strings.Split("a man a plan a canal panama", "a "))
	show(strings.Split(" xyz ", ""))
	show(strings.Split("", "Bernardo O'Higgins"))
	show(strings.Split("", ""))
	show(strings.Split("a\xffé", ""))
	show(strings.SplitN("a,b,c,d", ",", 2))
	show(strings.SplitN("a,b,c,d", ",", 0))
	fmt.Println(strings.SplitN("a,b", ",", 0) == nil)
	show(strings.SplitN("a,b,c,d", ",", -1))
	show(strings.SplitN("abcd", "", 2))
	show(strings.SplitAfter("a,b,c", ","))
	show(strings.SplitAfterN("a,b,c", ",", 2))
	show(strings.Fields("  foo bar  baz   "))
	show(strings.Fields(""))
	show(strings.Fields(" \t\n\u00a0x\u2003y\u0085"))
	show(strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }))
	fmt.Println(strings.Join([]string{"foo", "bar", "baz"}, ", "), strings.Join(nil, ","), strings.Join([]string{"x"}, "-"))
	fmt.Println("ba" + strings.Repeat("na", 2), strings.Repeat("x", 0) == "", strings.Repeat("", 5) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2), strings.Replace("héllo", "", "|", -1), strings.ReplaceAll("aaaa", "aa", "b"))
	fmt.Println(strings.ToUpper("Gopher ß éà ǆ"), strings.ToLower("GOPHER ÀÉ Ǆ İ"), strings.ToTitle("loud ǆ noises"), strings.ToUpper("a\xffb"))
	fmt.Println(strings.Title("her royal highness"), strings.Title("hello_world foo-bar o'neil 1st"), strings.Title("ǆemal élan"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"), strings.TrimSpace("\u2003 x \u00a0"), strings.TrimSpace("   "))
	fmt.Printf("%q %q %q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q %q %q\n", strings.Trim("xxaxx", "x"), strings.Trim("abc", ""), strings.Trim("\xffa\xff", "\xff"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("¡¡¡Hello", "¡¡¡"), strings.TrimSuffix("Hello, Gophers!!!", ", Gophers!!!"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("abc", "x"), strings.TrimSuffix("abc", "abcd"))
	fmt.Printf("%q\n", strings.TrimFunc("¡¡¡Hello, Gophers!!!", func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }))
	fmt.Printf("%q %q\n", strings.TrimLeftFunc("123abc456", unicode.IsDigit), strings.TrimRightFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimFunc("123", unicode.IsDigit))
	before, after, found := strings.Cut("Gopher", "ph")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("Gopher", "Badger")
	fmt.Printf("%q %q %v\n", before, after, found)
	rest, ok := strings.CutPrefix("Gopher", "Go")
	fmt.Printf("%q %v\n", rest, ok)
	rest, ok = strings.CutPrefix("Gopher", "ph")
	fmt.Printf("%q %v\n", rest, ok)
	rest, ok = strings.CutSuffix("Gopher", "er")
	fmt.Printf("%q %v\n", rest, ok)
	rest, ok = strings.CutSuffix("Gopher", "Go")
	fmt.Printf("%q %v\n", rest, ok)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ς", "Σ"), strings.EqualFold("k", "\u212a"), strings.EqualFold("ab", "abc"), strings.EqualFold("ß", "SS"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"), strings.Count("héllo", ""))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}, "banana"))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(c rune) bool { return c > 255 }), strings.IndexFunc("Hello", unicode.IsDigit))
	fmt.Println(strings.LastIndexFunc("go 123", unicode.IsDigit), strings.LastIndexFunc("go", unicode.IsDigit), strings.ContainsFunc("hello", unicode.IsUpper))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("a", "a"), strings.Compare("b", "a"), strings.Compare("", "a"))
	fmt.Println(strings.Clone("clone"))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xff\xfeb\xc0c", "?"))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(strings.Repeat("x", -1))
}

func utf8RuneError() rune { return '\uFFFD' }
