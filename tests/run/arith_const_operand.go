// Multiplication, division and remainder by constants of every integer width: wrapping,
// truncation toward zero, negative divisors, the -1 divisor's overflow case, and a zero divisor.
package main

import (
	"fmt"
	"math"
)

func div(a, b int) (q int, err any) {
	defer func() { err = recover() }()
	return a / b, nil
}

func main() {
	for _, x := range []int{-17, -7, -1, 0, 1, 7, 17, math.MaxInt64, math.MinInt64} {
		fmt.Println(x, x*3, x*-5, x*1000, x/2, x/-3, x%7, x%-7, x/40000, x%100000, x*40000)
	}
	var i8 int8 = 100
	var u8 uint8 = 200
	var i16 int16 = -30000
	var i32 int32 = math.MaxInt32
	var u32 uint32 = math.MaxUint32
	var u64 uint64 = math.MaxUint64
	fmt.Println(i8*3, i8/-3, i8%-3, int8(-128)/2, int8(-128)%3, -i8*-1, (i8+28)*-1)
	fmt.Println(u8*3, u8/7, u8%7, i16*2, i16/7, i16%7)
	fmt.Println(i32*2, i32/-2, i32%10, u32*5, u32/3, u32%3, u64*7, u64/9, u64%9)
	m := math.MinInt64
	minus := -1
	fmt.Println(m/minus, m%minus, m*minus)
	fmt.Println(div(7, 0))
	fmt.Println(div(-7, 2))
	x := 45
	x *= 3
	x /= 4
	x %= 9
	fmt.Println(x)
}
