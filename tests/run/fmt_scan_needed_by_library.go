// The program prints only, but math/big implements fmt.Scanner: loading math/big brings in fmt's
// scanning part too, and scanning into a *big.Int through a renamed fmt works.
package main

import (
	"fmt"
	f "fmt"
	"math/big"
)

func main() {
	x, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(x.Mul(x, big.NewInt(3)))
	y := new(big.Int)
	n, err := f.Sscan("-42", y)
	fmt.Println(n, err, y)
}
