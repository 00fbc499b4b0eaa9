package main

// SetString and text conversion: base 0 prefixes and underscores by Go's rules, bases 2..62,
// failures (nil, false), Text/Append/String, MarshalText/JSON round trips and their errors.

import (
	"fmt"
	"math/big"
)

func main() {
	for _, s := range []string{"0", "-0", "+0", "123", "-123", "+123", "0x1F", "0X1f", "-0xff", "0b1011", "0B11", "0o777", "0O17", "0777",
		"08", "09", "0_7", "0x_1", "0b_1_0", "1_000_000", "_1", "1__0", "1_", "0x", "0b", "0o", "0x_", "-", "+", "", " 1", "1 ", "1.5",
		"12a", "0xg", "0b2", "0o8", "--1", "+-1", "00", "0_0", "0__0", "0x1__2"} {
		x, ok := new(big.Int).SetString(s, 0)
		fmt.Printf("base 0 %q: %v %v\n", s, x, ok)
	}
	for _, c := range []struct {
		s    string
		base int
	}{{"ff", 16}, {"FF", 16}, {"-Ff", 16}, {"0xff", 16}, {"1_0", 10}, {"zz", 36}, {"ZZ", 36}, {"zZ", 62}, {"Zz", 62}, {"10", 2}, {"12", 2},
		{"777", 8}, {"8", 8}, {"0", 2}, {"-", 10}, {"", 16}, {"123456789012345678901234567890", 10}, {"aA", 37}} {
		x, ok := new(big.Int).SetString(c.s, c.base)
		fmt.Printf("base %d %q: %v %v\n", c.base, c.s, x, ok)
	}
	z := big.NewInt(77)
	r, ok := z.SetString("oops", 10)
	fmt.Println(r == nil, ok)
	r, ok = z.SetString("-99", 10)
	fmt.Println(r == z, ok, z)

	x, _ := new(big.Int).SetString("-1234567890123456789012345678901234567890", 10)
	for _, b := range []int{2, 3, 7, 8, 10, 16, 32, 36, 37, 50, 62} {
		t := x.Text(b)
		back, ok := new(big.Int).SetString(t, b)
		fmt.Println(b, t, ok, back.Cmp(x) == 0)
	}
	fmt.Println(string(x.Append([]byte("x="), 16)), string(big.NewInt(0).Append(nil, 2)), big.NewInt(0).Text(62))
	var nilInt *big.Int
	fmt.Println(nilInt.String(), nilInt.Text(16), string(nilInt.Append([]byte("v:"), 10)))

	m, err := x.MarshalText()
	fmt.Println(string(m), err)
	j, err := x.MarshalJSON()
	fmt.Println(string(j), err)
	j, err = nilInt.MarshalJSON()
	fmt.Println(string(j), err)
	var u big.Int
	fmt.Println(u.UnmarshalText([]byte("0x_ff")), &u)
	fmt.Println(u.UnmarshalText([]byte("12 ")), &u)
	fmt.Println(u.UnmarshalJSON([]byte("null")), &u)
	fmt.Println(u.UnmarshalJSON([]byte("-42")), &u)
	fmt.Println(u.UnmarshalJSON([]byte(`"42"`)))
	a, err := u.AppendText([]byte("n="))
	fmt.Println(string(a), err)
}
