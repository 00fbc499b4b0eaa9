package main

import (
	"fmt"
	"math/bits"
)

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x1234, 0xdeadbeef, 1 << 63, ^uint64(0)}
	for _, x := range xs {
		fmt.Println(bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.LeadingZeros32(uint32(x)), bits.TrailingZeros16(uint16(x)), bits.OnesCount8(uint8(x)), bits.Len8(uint8(x)),
			bits.LeadingZeros(uint(x)), bits.Len(uint(x)), bits.Len16(uint16(x)), bits.Len32(uint32(x)))
		fmt.Printf("%x %x %x %x %x %x\n", bits.Reverse64(x), bits.Reverse8(uint8(x)), bits.ReverseBytes64(x),
			bits.ReverseBytes16(uint16(x)), bits.ReverseBytes32(uint32(x)), bits.Reverse16(uint16(x)))
		fmt.Printf("%x %x %x %x\n", bits.RotateLeft64(x, 3), bits.RotateLeft32(uint32(x), -5), bits.RotateLeft8(uint8(x), 9), bits.RotateLeft(uint(x), -70))
	}
	s, c := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(s, c)
	s, c = bits.Add64(5, 6, 1)
	fmt.Println(s, c)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	d32, b32 := bits.Sub32(5, 5, 1)
	fmt.Println(d32, b32)
	hi, lo := bits.Mul64(^uint64(0), ^uint64(0))
	fmt.Println(hi, lo)
	h32, l32 := bits.Mul32(0xffffffff, 3)
	fmt.Println(h32, l32)
	q, r := bits.Div64(1, 5, 7)
	fmt.Println(q, r, bits.Rem64(9, 5, 7), bits.Rem32(1, 2, 3))
	q32, r32 := bits.Div32(2, 0, 3)
	fmt.Println(q32, r32)
	hu, lu := bits.Mul(3, 1<<63)
	fmt.Println(hu, lu, bits.UintSize)
	func() {
		defer func() { fmt.Println(recover()) }()
		bits.Div64(1, 0, 0)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		bits.Div64(7, 0, 7)
	}()
}
