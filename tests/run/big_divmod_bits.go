package main

// Division, modulo and bit operations on negative operands: Quo/Rem truncate, Div/Mod are
// Euclidean; shifts and bitwise operations use two's-complement semantics, as Go's.

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	vals := []int64{-17, 17, -16, 16, -1, 0, 1}
	divs := []int64{5, -5, 4, -4, 1, -1}
	for _, xv := range vals {
		for _, yv := range divs {
			x, y := big.NewInt(xv), big.NewInt(yv)
			q, r := new(big.Int).QuoRem(x, y, new(big.Int))
			d, m := new(big.Int).DivMod(x, y, new(big.Int))
			fmt.Printf("%d,%d: quo %v rem %v div %v mod %v | %v %v %v %v\n", xv, yv, q, r, d, m,
				new(big.Int).Quo(x, y), new(big.Int).Rem(x, y), new(big.Int).Div(x, y), new(big.Int).Mod(x, y))
		}
	}
	huge, _ := new(big.Int).SetString("-123456789012345678901234567890123456789", 10)
	dv, _ := new(big.Int).SetString("98765432109876543210", 10)
	q, r := new(big.Int).QuoRem(huge, dv, new(big.Int))
	d, m := new(big.Int).DivMod(huge, dv, new(big.Int))
	fmt.Println(q, r, d, m)
	// aliasing: the receiver is also an operand
	z := big.NewInt(7)
	z.Add(z, z)
	z.Mul(z, z)
	z.Sub(z, z.Lsh(big.NewInt(1), 3))
	fmt.Println("aliased:", z)
	w := big.NewInt(-100)
	w.Quo(w, big.NewInt(7))
	fmt.Println(w, w.Mod(w, big.NewInt(5)), w.Neg(w), w.Abs(big.NewInt(-9)), w.Neg(new(big.Int)))
	qq, rr := big.NewInt(-100), big.NewInt(3)
	qq.QuoRem(qq, rr, rr)
	fmt.Println("QuoRem aliased:", qq, rr)

	for _, xv := range []int64{-1000, -17, -1, 0, 1, 17, 1000} {
		x := big.NewInt(xv)
		fmt.Println(xv, "rsh", new(big.Int).Rsh(x, 1), new(big.Int).Rsh(x, 3), new(big.Int).Rsh(x, 100),
			"lsh", new(big.Int).Lsh(x, 3), new(big.Int).Lsh(x, 65),
			"not", new(big.Int).Not(x), "bits", x.Bit(0), x.Bit(1), x.Bit(3), x.Bit(200), "len", x.BitLen())
		for _, yv := range []int64{-12, 12, -1, 0x0f0f} {
			y := big.NewInt(yv)
			fmt.Println("  ", yv, new(big.Int).And(x, y), new(big.Int).Or(x, y), new(big.Int).Xor(x, y), new(big.Int).AndNot(x, y),
				new(big.Int).And(x, y).Int64() == xv&yv, new(big.Int).Or(x, y).Int64() == xv|yv, new(big.Int).AndNot(x, y).Int64() == xv&^yv)
		}
	}
	n := big.NewInt(-1)
	n.Lsh(n, 100)
	fmt.Println(n, new(big.Int).Rsh(n, 99), new(big.Int).Not(n), new(big.Int).And(n, big.NewInt(-1)).Cmp(n))
	fmt.Println(new(big.Int).SetBit(big.NewInt(-17), 1, 1), new(big.Int).SetBit(big.NewInt(-17), 4, 0), new(big.Int).SetBit(big.NewInt(-1), 70, 0),
		new(big.Int).SetBit(big.NewInt(0), 130, 1), new(big.Int).SetBit(big.NewInt(5), 0, 0), new(big.Int).SetBit(big.NewInt(-2), 0, 1))
	fmt.Println(big.NewInt(-8).TrailingZeroBits(), big.NewInt(0).TrailingZeroBits(), n.TrailingZeroBits())
	fmt.Println(big.NewInt(-5).Cmp(big.NewInt(3)), big.NewInt(-5).CmpAbs(big.NewInt(3)), big.NewInt(-5).Cmp(big.NewInt(-5)), big.NewInt(0).Cmp(big.NewInt(-1)))

	one := big.NewInt(1)
	var mx big.Int
	mx.Lsh(one, 63)
	fmt.Println(mx.IsInt64(), mx.IsUint64(), mx.Uint64(), mx.Int64(), new(big.Int).Neg(&mx).IsInt64(), new(big.Int).Neg(&mx).Int64())
	mx.Lsh(one, 64)
	fmt.Println(mx.IsUint64(), mx.Uint64(), mx.Int64(), big.NewInt(-1).IsUint64(), big.NewInt(-1).Uint64())
	var u big.Int
	u.SetUint64(18446744073709551615)
	fmt.Println(u.String(), u.Bits(), new(big.Int).SetBits([]big.Word{0, 1, 0, 0}), new(big.Int).SetBits(nil))
	for _, v := range []string{"9007199254740993", "-9007199254740993", "9007199254740992", "123456789012345678901234567890", "1" + string(make([]byte, 0))} {
		x, _ := new(big.Int).SetString(v, 10)
		f, acc := x.Float64()
		fmt.Println(v, f, acc)
	}
	bigf := new(big.Int).Lsh(one, 1024)
	f, acc := bigf.Float64()
	fmt.Println(f, acc)
	f, acc = bigf.Neg(bigf).Float64()
	fmt.Println(f, acc)
	fmt.Println(new(big.Int).SetBytes([]byte{0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9}), new(big.Int).SetBytes(nil), big.NewInt(-258).Bytes(), big.NewInt(0).Bytes(), big.NewInt(258).FillBytes(make([]byte, 5)))
	mi := big.NewInt(math.MinInt64)
	fmt.Println(mi, big.NewInt(math.MaxInt64), *big.NewInt(0), *big.NewInt(-3), mi.IsInt64(), mi.Int64(),
		new(big.Int).Mul(mi, big.NewInt(-1)), new(big.Int).Mul(big.NewInt(0), mi), new(big.Int).Mul(mi, mi), new(big.Int).Mul(big.NewInt(-1), big.NewInt(0)))
}
