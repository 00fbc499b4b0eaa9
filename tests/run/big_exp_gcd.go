package main

// Exp (nil and zero modulus, negative exponents, negative bases, modulus 1), GCD with and
// without cofactors (zero and negative operands), ModInverse, ModSqrt and Jacobi.

import (
	"fmt"
	"math/big"
)

func n(v int64) *big.Int { return big.NewInt(v) }

func main() {
	exps := [][3]int64{{2, 10, 0}, {2, 10, 1000}, {-2, 3, 0}, {-2, 3, 5}, {-2, 4, 5}, {3, 0, 0}, {3, 0, 1}, {0, 0, 0}, {0, 5, 7},
		{1, 100, 0}, {5, 1, 3}, {5, 1, 0}, {3, -1, 7}, {-3, -1, 7}, {3, -2, 7}, {2, -1, 4}, {2, -1, 0}, {7, 5, -10}, {-7, 5, -10}, {4, 13, 497}, {4, 1, -3}}
	for _, e := range exps {
		var m *big.Int
		if e[2] != 0 {
			m = n(e[2])
		}
		r := new(big.Int).Exp(n(e[0]), n(e[1]), m)
		r0 := new(big.Int).Exp(n(e[0]), n(e[1]), n(0))
		fmt.Println(e, r, r0)
	}
	z := n(99)
	fmt.Println(z.Exp(n(2), n(-1), n(4)) == nil, z)
	p, _ := new(big.Int).SetString("170141183460469231731687303715884105727", 10)
	fmt.Println(new(big.Int).Exp(n(3), new(big.Int).Sub(p, n(1)), p))
	fmt.Println(new(big.Int).Exp(n(-3), n(101), nil))
	b := n(5)
	b.Exp(b, b, nil)
	fmt.Println("aliased", b)

	g, x, y := new(big.Int), new(big.Int), new(big.Int)
	pairs := [][2]int64{{12, 18}, {18, 12}, {-12, 18}, {12, -18}, {-12, -18}, {0, 5}, {0, -5}, {5, 0}, {-5, 0}, {0, 0}, {240, 46},
		{7, 7}, {-7, 7}, {1, 1}, {17, 1}, {1 << 62, 3}, {1071, 462}, {3, 1 << 62}}
	for _, pr := range pairs {
		g.GCD(x, y, n(pr[0]), n(pr[1]))
		chk := new(big.Int).Mul(n(pr[0]), x)
		chk.Add(chk, new(big.Int).Mul(n(pr[1]), y))
		fmt.Println(pr, g, x, y, chk.Cmp(g) == 0, new(big.Int).GCD(nil, nil, n(pr[0]), n(pr[1])), new(big.Int).GCD(x, nil, n(pr[0]), n(pr[1])), x)
	}
	fa, _ := new(big.Int).SetString("123456789012345678901234567890123456789", 10)
	fb, _ := new(big.Int).SetString("-987654321098765432109876543210", 10)
	g.GCD(x, y, fa, fb)
	fmt.Println(g, x, y)
	g.GCD(nil, y, fb, fa)
	fmt.Println(g, y)
	a := n(48)
	a.GCD(nil, nil, a, n(18))
	fmt.Println("aliased gcd", a)

	for _, pr := range [][2]int64{{3, 11}, {-3, 11}, {3, -11}, {10, 17}, {2, 4}, {0, 7}, {1, 1}, {5, 1}, {14, 15}} {
		z := n(-1)
		r := z.ModInverse(n(pr[0]), n(pr[1]))
		fmt.Println(pr, r, z)
	}
	for _, pr := range [][2]int64{{10, 13}, {2, 7}, {3, 7}, {5, 41}, {0, 5}, {4, 5}, {2, 17}, {-1, 13}, {15, 17}, {9, 73}} {
		fmt.Println("sqrt", pr, new(big.Int).ModSqrt(n(pr[0]), n(pr[1])), big.Jacobi(n(pr[0]), n(pr[1])))
	}
	for _, pr := range [][2]int64{{-5, -21}, {5, -21}, {1001, 9907}, {19, 45}, {8, 21}} {
		fmt.Println("jacobi", pr, big.Jacobi(n(pr[0]), n(pr[1])))
	}
	for _, v := range []int64{0, 1, 2, 3, 15, 16, 17, 99, 100, 1 << 62} {
		fmt.Print(new(big.Int).Sqrt(n(v)), " ")
	}
	fmt.Println()
}
