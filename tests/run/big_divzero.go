package main

// An unrecovered division by zero in math/big: Go's plain "division by zero" panic, exit 2.

import (
	"fmt"
	"math/big"
)

func main() {
	a := big.NewInt(12345)
	fmt.Println(a)
	var q, r big.Int
	q.QuoRem(a, big.NewInt(0), &r)
	fmt.Println("unreachable", q.String(), r.String())
}
