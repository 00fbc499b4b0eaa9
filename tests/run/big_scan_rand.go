package main

// *big.Int as a fmt.Scanner (verbs, prefixes, stopping at the first non-digit, its errors),
// GobEncode/GobDecode round trips, and Rand with a seeded *rand.Rand.

import (
	"fmt"
	"math/big"
	"math/rand"
)

func main() {
	var a, b, c big.Int
	n, err := fmt.Sscan("123456789012345678901234567890 -0x1F 0b101", &a, &b, &c)
	fmt.Println(n, err, &a, &b, &c)
	n, err = fmt.Sscanf("ff 777 1010 -99", "%x %o %b %d", &a, &b, &c, &a)
	fmt.Println(n, err, &a, &b, &c)
	for _, in := range []string{"12abc", "0x", "-", "", "_1", "1__2", "1_2", "0_", "0", "08", "+7", "0o17", "x", "12\u00e9"} {
		var z big.Int
		z.SetInt64(-3)
		var rest string
		n, err := fmt.Sscan(in, &z, &rest)
		fmt.Printf("%q: %d %v %v rest=%q\n", in, n, err, &z, rest)
	}
	var z big.Int
	_, err = fmt.Sscanf("12", "%q", &z)
	fmt.Println(err)
	var r big.Rat
	_, err = fmt.Sscanf("1/2", "%d", &r)
	fmt.Println(err)

	for _, v := range []int64{0, 1, -1, 255, -256, 1 << 62} {
		x := big.NewInt(v)
		x.Lsh(x, 70)
		g, err := x.GobEncode()
		var y big.Int
		err2 := y.GobDecode(g)
		fmt.Println(v, g, err, err2, &y, y.Cmp(x) == 0)
	}
	var np *big.Int
	g, err := np.GobEncode()
	fmt.Println(g == nil, err)
	var y big.Int
	fmt.Println(y.GobDecode([]byte{4, 1}), y.GobDecode(nil), &y, y.GobDecode([]byte{3}), &y)

	rnd := rand.New(rand.NewSource(42))
	lim, _ := new(big.Int).SetString("1000000000000000000000000000000", 10)
	for i := 0; i < 5; i++ {
		fmt.Println(new(big.Int).Rand(rnd, lim))
	}
	p64 := new(big.Int).Lsh(big.NewInt(1), 64)
	fmt.Println(new(big.Int).Rand(rnd, p64), new(big.Int).Rand(rnd, big.NewInt(10)), new(big.Int).Rand(rnd, big.NewInt(-5)), new(big.Int).Rand(rnd, new(big.Int)))
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += int(new(big.Int).Rand(rnd, big.NewInt(6)).Int64())
	}
	fmt.Println(sum)
}
