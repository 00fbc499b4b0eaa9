// Division and remainder by constants (computed by multiplication) against the same by variables.
package main

import (
	"fmt"
	"math"
)

func main() {
	ns := []int64{0, 1, -1, 6, -6, 7, -7, 100, -100, 1 << 31, -(1 << 31), 1<<32 + 5, -(1<<32 + 5),
		1<<62 + 12345, math.MaxInt64, math.MinInt64, math.MinInt64 + 1}
	ks := []int64{2, 3, 7, -7, 10, 1000, -32768, 32767, 1, -2}
	bad := 0
	for _, n := range ns {
		q := [...]int64{n / 2, n / 3, n / 7, n / -7, n / 10, n / 1000, n / -32768, n / 32767, n / 1, n / -2}
		r := [...]int64{n % 2, n % 3, n % 7, n % -7, n % 10, n % 1000, n % -32768, n % 32767, n % 1, n % -2}
		for i, k := range ks {
			if q[i] != n/k || r[i] != n%k {
				bad++
				fmt.Println("mismatch", n, k, q[i], n/k, r[i], n%k)
			}
		}
		fmt.Println(n, n/7, n%7, n/-32768, n%1000)
	}
	// Narrow types re-extend the quotient.
	var a int8 = -128
	var b int16 = -32768
	var c int32 = math.MinInt32
	fmt.Println(a/3, a%3, b/7, b%7, c/10, c%10, a/-2)
	sum := 0
	for i := 0; i < 100000; i++ {
		sum += i * i % 7
	}
	fmt.Println(sum, bad)
}
