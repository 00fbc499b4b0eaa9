package main

import (
	"bufio"
	"fmt"
	"strings"
)

type T struct{ a, b int }

func main() {
	var (
		i   int
		i16 int16
		i64 int64
		u   uint
		u16 uint16
		u64 uint64
		f64 float64
		s   string
		b   bool
		bs  []byte
	)
	// Small-typed values through pointers (new) rather than &local.
	pi8, pi32, pu8, pu32, pf32, pr := new(int8), new(int32), new(uint8), new(uint32), new(float32), new(rune)
	n, err := fmt.Sscan("1 -2 3 -4 5 6 7 8 9 10 1.5 -2.25e3 hello true bytes", &i, pi8, &i16, pi32, &i64, &u, pu8, &u16, pu32, &u64, pf32, &f64, &s, &b, &bs)
	fmt.Println(n, err, i, *pi8, i16, *pi32, i64, u, *pu8, u16, *pu32, u64, *pf32, f64, s, b, string(bs))
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 1_000", &i, pi8, &i16, pi32, &i64)
	fmt.Println(n, err, i, *pi8, i16, *pi32, i64)
	n, err = fmt.Sscan("\n\n 42 \n 43", &i, &i64)
	fmt.Println(n, err, i, i64)
	n, err = fmt.Sscan("abc", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("-5", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("T F false TRUE 0 1", &b, &b, &b, &b, &b, &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("tru", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("x", &T{})
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7-8", "%d-%d", &i, &i64)
	fmt.Println(n, err, i, i64)
	n, err = fmt.Sscanf("7 8", "%d-%d", &i, &i64)
	fmt.Println(n, err, i, i64)
	n, err = fmt.Sscanf("ab", "%c%c", pr, pi32)
	fmt.Println(n, err, string(*pr), *pi32)
	n, err = fmt.Sscanf("héllo", "%c%c%s", pr, &i, &s)
	fmt.Println(n, err, *pr, i, s)
	n, err = fmt.Sscanf("ff 101 17 7f", "%x %b %o %X", &i, pu8, &i16, pu32)
	fmt.Println(n, err, i, *pu8, i16, *pu32)
	n, err = fmt.Sscanf("12345", "%2d%3d", &i, &i64)
	fmt.Println(n, err, i, i64)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &bs)
	fmt.Println(n, err, s, string(bs))
	n, err = fmt.Sscanf(`"a\tb" 'x'`, "%q %s", &s, &bs)
	fmt.Printf("%d %v %q %q\n", n, err, s, bs)
	n, err = fmt.Sscanf("68656c6c6f", "%x", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("50%", "%d%%", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &i64)
	fmt.Println(n, err, i, i64)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &i, &i64)
	fmt.Println(n, err, i, i64)
	n, err = fmt.Sscanf("x=3, y=4", "x=%d, y=%d", &i, &i64)
	fmt.Println(n, err, i, i64)
	n, err = fmt.Sscanf("3", "%t", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("3", "%d", &f64)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("3.5 2", "%f %g", &f64, pf32)
	fmt.Println(n, err, f64, *pf32)
	n, err = fmt.Sscanln("1 2\n3", &i, &i64)
	fmt.Println(n, err, i, i64)
	n, err = fmt.Sscanln("1 2 3\n", &i, &i64)
	fmt.Println(n, err, i, i64)
	n, err = fmt.Sscanln("1", &i, &i64)
	fmt.Println(n, err)
	n, err = fmt.Sscan("inf -Inf NaN", &f64, pf32, &f64)
	fmt.Println(n, err, *pf32, f64)
	n, err = fmt.Sscan("99999999999", pi32)
	fmt.Println(n, err)
	n, err = fmt.Sscan("256", pu8)
	fmt.Println(n, err)

	rd := bufio.NewReader(strings.NewReader("10 20\n30 forty\n50"))
	var a, c int
	n, err = fmt.Fscan(rd, &a, &c)
	fmt.Println(n, err, a, c)
	n, err = fmt.Fscanln(rd, &a, &c)
	fmt.Println(n, err, a, c)
	n, err = fmt.Fscanln(rd, &a)
	fmt.Println(n, err, a)
	n, err = fmt.Fscanln(rd, &a)
	fmt.Println(n, err, a)
	sr := strings.NewReader("k:1 k:2")
	for {
		n, err := fmt.Fscanf(sr, "k:%d ", &a)
		if err != nil {
			fmt.Println("end", n, err)
			break
		}
		fmt.Println("got", a)
	}
	total := 0
	for {
		var x int
		n, err := fmt.Scan(&x)
		if n == 0 || err != nil {
			fmt.Println("scan end", err)
			break
		}
		total += x
	}
	fmt.Println("total", total)
}
