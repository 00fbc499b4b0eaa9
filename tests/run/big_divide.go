package main

// Int.Divide under each rounding mode (Trunc, Floor, Ceil, Round with ties to even), nil
// quotient or remainder, an unsupported mode; RoundingMode names; Rat gob round trips.

import (
	"fmt"
	"math/big"
)

func main() {
	modes := []big.RoundingMode{big.Trunc, big.Floor, big.Ceil, big.Round}
	for _, xv := range []int64{7, -7, 6, -6, 5, -5, 0, 10} {
		for _, yv := range []int64{2, -2, 4, -4, 3} {
			fmt.Printf("%d/%d:", xv, yv)
			for _, m := range modes {
				q, r := new(big.Int).Divide(big.NewInt(xv), big.NewInt(yv), new(big.Int), m)
				fmt.Printf(" %v[%v %v]", m, q, r)
			}
			fmt.Println()
		}
	}
	q, r := new(big.Int).Divide(big.NewInt(9), big.NewInt(4), nil, big.Round)
	fmt.Println(q, r == nil)
	q, r = (*big.Int)(nil).Divide(big.NewInt(-9), big.NewInt(4), new(big.Int), big.Floor)
	fmt.Println(q == nil, r)
	x := big.NewInt(17)
	x.Divide(x, big.NewInt(5), x, big.Ceil)
	fmt.Println("aliased", x)
	fmt.Println(big.ToNearestEven, big.ToNearestAway, big.ToZero, big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf, big.RoundingMode(9), big.Accuracy(5))
	fmt.Println(new(big.Int).Divide(big.NewInt(8), big.NewInt(4), nil, big.AwayFromZero))
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		new(big.Int).Divide(big.NewInt(9), big.NewInt(4), nil, big.AwayFromZero)
	}()
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		new(big.Int).Divide(big.NewInt(9), new(big.Int), nil, big.Trunc)
	}()

	for _, s := range []string{"0", "-3/4", "123456789012345678901234567890/7", "5"} {
		v, _ := new(big.Rat).SetString(s)
		g, err := v.GobEncode()
		var w big.Rat
		err2 := w.GobDecode(g)
		fmt.Println(s, g, err, err2, &w, w.Cmp(v) == 0)
	}
	var zr big.Rat
	g, _ := zr.GobEncode()
	fmt.Println(g)
	var w big.Rat
	fmt.Println(w.GobDecode([]byte{2, 0}), w.GobDecode([]byte{4, 0, 0, 0, 0}), w.GobDecode([]byte{2, 0, 0, 0, 9, 1}), w.GobDecode(nil), &w)
}
