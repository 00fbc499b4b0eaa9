package main

// math/big's panics, recovered and printed: division by zero from every dividing method,
// square root of a negative number, negative bit indexes, bad bases, Jacobi of an even
// number, ProbablyPrime(-1), nil operands; and what SetString leaves in its receiver on failure.

import (
	"fmt"
	"math/big"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("%s: %v (error: %v)\n", name, r, isErr)
	}()
	f()
}

func main() {
	x, zero := big.NewInt(10), new(big.Int)
	z := new(big.Int)
	try("Quo", func() { z.Quo(x, zero) })
	try("Rem", func() { z.Rem(x, zero) })
	try("Div", func() { z.Div(x, zero) })
	try("Mod", func() { z.Mod(x, zero) })
	try("QuoRem", func() { z.QuoRem(x, zero, new(big.Int)) })
	try("DivMod", func() { z.DivMod(x, zero, new(big.Int)) })
	try("ModInverse pos", func() { fmt.Println(z.ModInverse(x, zero)) })
	try("ModInverse one", func() { fmt.Println(z.ModInverse(big.NewInt(1), zero)) })
	try("ModInverse neg", func() { z.ModInverse(big.NewInt(-3), zero) })
	try("Sqrt", func() { z.Sqrt(big.NewInt(-4)) })
	try("Bit", func() { x.Bit(-1) })
	try("SetBit", func() { z.SetBit(x, -1, 1) })
	try("SetBit value", func() { z.SetBit(x, 3, 2) })
	try("Text", func() { _ = x.Text(1) })
	try("Text 63", func() { _ = x.Text(63) })
	try("SetString base 1", func() { z.SetString("1", 1) })
	try("SetString base 63", func() { z.SetString("-1", 63) })
	try("SetString empty base 1", func() { fmt.Println(z.SetString("", 1)) })
	try("Jacobi", func() { big.Jacobi(x, big.NewInt(4)) })
	try("ProbablyPrime", func() { x.ProbablyPrime(-1) })
	try("nil operand", func() { z.Add(x, nil) })
	try("Exp zero modulus", func() { fmt.Println(z.Exp(big.NewInt(2), big.NewInt(-1), zero)) })
	try("FillBytes short", func() { big.NewInt(65536).FillBytes(make([]byte, 2)) })

	for _, s := range []string{"1_", "-1_", "-", "-x", "-12 ", "12x", "-0x", "0_", "-0_", "-08", "", "-0b12"} {
		v := big.NewInt(-5)
		r, ok := v.SetString(s, 0)
		fmt.Printf("%q: %v %v, receiver %v %d %s sign %d\n", s, r, ok, v, v, v.String(), v.Sign())
	}
}
