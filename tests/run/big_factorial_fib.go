package main

// Factorials and Fibonacci numbers with math/big: 1000-digit values, digit sums, and
// cross-checks (MulRange, Binomial, Sqrt) against the step-by-step products.

import (
	"fmt"
	"math/big"
)

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	f := big.NewInt(1)
	for i := int64(1); i <= 450; i++ {
		f.Mul(f, big.NewInt(i))
		if i == 10 || i == 20 || i == 21 || i == 25 || i == 100 {
			fmt.Printf("%d! = %v\n", i, f)
		}
	}
	s := f.String()
	fmt.Println("450! has", len(s), "digits, digit sum", digitSum(f), "trailing zero bits", f.TrailingZeroBits(), "bit length", f.BitLen())
	fmt.Println(s[:40], "...", s[len(s)-40:])
	fmt.Println("MulRange agrees:", new(big.Int).MulRange(1, 450).Cmp(f) == 0)

	a, b := big.NewInt(0), big.NewInt(1)
	n := 0
	for len(a.String()) < 1000 {
		a.Add(a, b)
		a, b = b, a
		n++
	}
	fmt.Println("first Fibonacci number with 1000 digits: F", n)
	fmt.Println(a)
	// F(2n) = F(n) * (2*F(n+1) - F(n))
	x, y := big.NewInt(0), big.NewInt(1)
	for i := 0; i < 100; i++ {
		x, y = y, new(big.Int).Add(x, y)
	}
	t := new(big.Int).Lsh(y, 1)
	t.Sub(t, x)
	t.Mul(t, x)
	fmt.Println("F(100) =", x, "F(200) =", t)
	fmt.Println("C(100,50) =", new(big.Int).Binomial(100, 50), "C(10,11) =", new(big.Int).Binomial(10, 11), "C(5,-1) =", new(big.Int).Binomial(5, -1))
	fmt.Println("MulRange:", new(big.Int).MulRange(5, 4), new(big.Int).MulRange(-3, 3), new(big.Int).MulRange(-5, -1), new(big.Int).MulRange(-4, -1))
	r := new(big.Int).Sqrt(f)
	fmt.Println("isqrt(450!) digits:", len(r.String()), r.Text(36)[:20])
	sq := new(big.Int).Mul(r, r)
	next := new(big.Int).Add(r, big.NewInt(1))
	next.Mul(next, next)
	fmt.Println(sq.Cmp(f) <= 0, next.Cmp(f) > 0)
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(521), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println("2^521-1 prime:", p.ProbablyPrime(10), "2^521+1 prime:", new(big.Int).Add(p, big.NewInt(2)).ProbablyPrime(10))
	for _, v := range []int64{0, 1, 2, 3, 4, 561, 7919, 1000003, 3215031751, 9223372036854775783} {
		fmt.Print(big.NewInt(v).ProbablyPrime(0), " ")
	}
	fmt.Println()
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(200), nil))
}
