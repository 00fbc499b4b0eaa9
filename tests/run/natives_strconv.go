package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	// Makes the compiler emit *strconv.NumError's method table (see the natives report).
	var ne0 *strconv.NumError
	var boxed error = ne0
	_ = boxed
	for _, s := range []string{"42", "-42", "+7", "0x1f", "0b101", "0o17", "017", "1_000", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "abc", "", "-", "12a"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, v, err)
	}
	for _, bs := range []int{8, 16, 32} {
		v, err := strconv.ParseInt("300", 10, bs)
		fmt.Println(bs, v, err)
		v, err = strconv.ParseInt("-300", 10, bs)
		fmt.Println(bs, v, err)
	}
	v, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("zz", 36, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("10", 1, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("10", 37, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("10", 10, 65)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("10", -2, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("10", 10, -1)
	fmt.Println(v, err)
	for _, s := range []string{"42", "18446744073709551615", "18446744073709551616", "-1", "0xFF"} {
		u, err := strconv.ParseUint(s, 0, 64)
		fmt.Println(s, u, err)
	}
	u, err := strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "0x1p-2", "1e400", "-1e400", "1e-400", "1_000.5", ".5", "5.", "abc", "", "1.5e", "3.4028235e38", "3.5e38"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
		f, err = strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	_, err = strconv.ParseInt("12x", 10, 0)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("NumError:", ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Unwrap(err), errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), err)
	_, err = strconv.Unquote("'")
	fmt.Println(err == strconv.ErrSyntax)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(math.MinInt64, 10), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(math.MaxUint64, 10), strconv.FormatUint(255, 16), strconv.FormatBool(true), strconv.FormatBool(false))
	for _, f := range []float64{3.14159, -0.0, 1e21, 1e20, 123456789, 0.000001234, math.Inf(1), math.NaN(), 2.5, 1.0 / 3} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'G', 4, 64), strconv.FormatFloat(f, 'f', 2, 32), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'E', -1, 32))
	}
	fmt.Println(strconv.FormatFloat(1.5, 'z', -1, 64))
	fmt.Println(strconv.Quote("Hello, 世界\n\t\"'\x00\xff"), strconv.QuoteToASCII("Hello, 世界\n"), strconv.QuoteToGraphic("\u00a0x\t"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRune('\''), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune(-1), strconv.QuoteRuneToGraphic('\u2000'))
	for _, s := range []string{`"hello"`, "`raw\\n`", `'a'`, `"\u263a\x41\101"`, `"unterminated`, `'ab'`, `hello`, `""`, `"a"b"`} {
		q, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", q, err)
	}
	val, mb, tail, err := strconv.UnquoteChar(`\"Fran & Freddie's Diner\"`, '"')
	fmt.Println(val, mb, tail, err)
	val, mb, tail, err = strconv.UnquoteChar(`é!`, '"')
	fmt.Println(val, mb, tail, err)
	val, mb, tail, err = strconv.UnquoteChar(`\q`, '"')
	fmt.Println(val, mb, tail, err)
	p, err := strconv.QuotedPrefix(`"abc" rest`)
	fmt.Println(p, err)
	p, err = strconv.QuotedPrefix(`abc`)
	fmt.Println(p, err)
	fmt.Println(strconv.CanBackquote("abc"), strconv.CanBackquote("a`b"), strconv.CanBackquote("a\nb"), strconv.IsPrint('a'), strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u00a0'))
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = strconv.AppendUint(b, 7, 2)
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendQuoteRune(b, 'r')
	b = strconv.AppendBool(b, true)
	b = strconv.AppendFloat(b, 1.25, 'g', -1, 64)
	b = strconv.AppendQuoteToASCII(b, "é")
	fmt.Println(string(b))
	fmt.Println(strconv.Itoa(-9), strconv.IntSize)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strconv.FormatInt(1, 1))
}
