package main

// big.Rat: construction, normalization, arithmetic with aliasing, comparison, SetString's
// fraction, decimal, exponent and prefixed forms (and its failures), conversions to floats,
// FloatString rounding, FloatPrec, text marshaling, fmt.Sscan, and the zero value.

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	r := big.NewRat(6, -4)
	fmt.Println(r, r.Num(), r.Denom(), r.Sign(), r.IsInt(), r.RatString(), r.FloatString(3))
	var z big.Rat
	fmt.Println(&z, z.Num(), z.Denom(), z.IsInt(), z.Sign(), z.FloatString(2), z.RatString())
	fmt.Println(z)
	fmt.Println(*big.NewRat(3, 1), *big.NewRat(0, 5), *big.NewRat(2, 4))

	a, b := big.NewRat(1, 3), big.NewRat(1, 6)
	fmt.Println(new(big.Rat).Add(a, b), new(big.Rat).Sub(a, b), new(big.Rat).Mul(a, b), new(big.Rat).Quo(a, b), a.Cmp(b), b.Cmp(a), a.Cmp(a))
	c := big.NewRat(2, 3)
	c.Mul(c, c)
	fmt.Println("c*c", c)
	c.Add(c, c)
	fmt.Println("c+c", c)
	c.Sub(c, c)
	fmt.Println("c-c", c, c.Sign())
	d := big.NewRat(-5, 7)
	fmt.Println(new(big.Rat).Abs(d), new(big.Rat).Neg(d), new(big.Rat).Inv(d), new(big.Rat).Inv(big.NewRat(3, 1)), new(big.Rat).Neg(new(big.Rat)))
	fmt.Println(new(big.Rat).SetFrac(big.NewInt(10), big.NewInt(-25)), new(big.Rat).SetFrac64(-9, -12), new(big.Rat).SetInt(big.NewInt(-4)), new(big.Rat).SetInt64(7), new(big.Rat).SetUint64(1<<63))
	h := big.NewRat(0, 1)
	for i := int64(1); i <= 20; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	fmt.Println("H(20) =", h, h.FloatString(10))

	for _, s := range []string{"3/4", "-6/8", "+6/8", "6/-8", "1/0", "0/5", "0x10/0b11", "1/2/3", "3.14159", "-0.5", ".25", "5.", "1e3", "1.5e-3", "-2.5E+2", "0x1.8p1",
		"0b101.1", "0o7.4", "0x10", "010", "1_000.5", "1__0", "1e", "abc", "", "  1", "1e1_0", "0.1p2", "1/ 2", "inf", "1e1000001", "-0", "2/4", "0.000"} {
		x, ok := new(big.Rat).SetString(s)
		fmt.Printf("%q: %v %v\n", s, x, ok)
	}
	for _, s := range []string{"1/3", "2/3", "-1/3", "1/1024", "1e400", "1e-400", "3", "1/10", "123456789012345678901234567890/7"} {
		x, _ := new(big.Rat).SetString(s)
		f64, e64 := x.Float64()
		f32, e32 := x.Float32()
		n, exact := x.FloatPrec()
		fmt.Println(s, f64, e64, f32, e32, n, exact, x.FloatString(0), x.FloatString(5))
	}
	for _, f := range []float64{0.1, -2.5, 1e100, 5e-324, 0, math.Inf(1), math.NaN(), 3} {
		x := new(big.Rat).SetFloat64(f)
		fmt.Println(f, x)
	}
	fmt.Println(big.NewRat(-1, 2).FloatString(0), big.NewRat(1, 2).FloatString(0), big.NewRat(-5, 1000).FloatString(2), big.NewRat(999, 1000).FloatString(2), big.NewRat(-999, 1000).FloatString(1))
	t, err := big.NewRat(3, -9).MarshalText()
	fmt.Println(string(t), err)
	t, err = big.NewRat(9, 3).MarshalText()
	fmt.Println(string(t), err)
	var u big.Rat
	fmt.Println(u.UnmarshalText([]byte("7/21")), &u, u.UnmarshalText([]byte("7/x")))
	var s1, s2 big.Rat
	n, err := fmt.Sscan("3/5 -1.25", &s1, &s2)
	fmt.Println(n, err, &s1, &s2)
	n, err = fmt.Sscan("x", &s1)
	fmt.Println(n, err)
	for _, s := range []string{"7/x", "-7/x", "x/3", "1x/3", "-1_/3", "/3", "1/0", "-2/0x", "1.5e", "-1.5x", "1e1000001", "1e-1000001", "1p-10000001", "-0.0"} {
		v := big.NewRat(-5, 3)
		_, ok := v.SetString(s)
		fmt.Printf("%q %v: receiver %v %v %v\n", s, ok, v, v.Num(), v.Denom())
	}
	var bi big.Int
	for _, f := range []func(){
		func() { big.NewRat(1, 0) },
		func() { new(big.Rat).Quo(a, new(big.Rat)) },
		func() { new(big.Rat).Inv(new(big.Rat)) },
		func() { new(big.Rat).SetFrac(big.NewInt(1), &bi) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
