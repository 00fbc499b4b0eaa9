package main

// fmt verbs on *big.Int (a fmt.Formatter) and on big.Int values (printed as their fields),
// widths, precisions and the + space # - 0 flags, nil pointers and unknown verbs.

import (
	"fmt"
	"math/big"
)

type wrap struct {
	N *big.Int
	V big.Int
}

func main() {
	vals := []*big.Int{big.NewInt(0), big.NewInt(42), big.NewInt(-42), big.NewInt(255), new(big.Int).Lsh(big.NewInt(1), 70)}
	verbs := []string{"%v", "%d", "%s", "%b", "%o", "%O", "%x", "%X", "%#b", "%#o", "%#x", "%#X", "%+d", "% d", "%+ d",
		"%8d", "%-8d|", "%08d", "%-08d|", "%.5d", "%8.5d", "%08.5d", "%.0d", "%.d", "%+.3x", "%#08x", "%# x", "%q", "%f", "%c", "%3v"}
	for _, v := range vals {
		for _, f := range verbs {
			fmt.Printf("["+f+"]", v)
		}
		fmt.Println()
	}
	var np *big.Int
	fmt.Printf("%v %d %x %s|%5d|\n", np, np, np, np, np)
	fmt.Println(np, big.NewInt(-7))
	fmt.Print(big.NewInt(1), big.NewInt(2), "\n")
	v := *big.NewInt(123)
	var zero big.Int
	fmt.Println(v, zero)
	fmt.Printf("%v %+v %d\n", v, v, zero)
	w := wrap{big.NewInt(9), *big.NewInt(-9)}
	fmt.Printf("%v %+v\n", w, w)
	fmt.Println(fmt.Sprint(big.NewInt(-3)), fmt.Sprintf("%06d", big.NewInt(-3)), fmt.Sprintf("%x", new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 64))))
	s := []*big.Int{big.NewInt(1), big.NewInt(-2)}
	fmt.Println(s)
	fmt.Printf("%v %d\n", s, s)
	m := map[string]*big.Int{"a": big.NewInt(10)}
	fmt.Println(m)
	var st fmt.Stringer = big.NewInt(5)
	fmt.Println(st.String())
	fmt.Println(big.Exact, big.Below, big.Above)
}
