package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	rs := []rune{'a', 'é', '世', 0xFFFF, 0x10000, '😀', 0x10FFFF, 0xD800, 0xDFFF, -1, 0x110000}
	enc := utf16.Encode(rs)
	fmt.Printf("%x\n", enc)
	fmt.Printf("%x\n", utf16.Decode(enc))
	for _, r := range rs {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%x: len=%d surr=%v pair=%x,%x back=%x app=%x\n", r, utf16.RuneLen(r), utf16.IsSurrogate(r), r1, r2, utf16.DecodeRune(r1, r2), utf16.AppendRune([]uint16{1}, r))
	}
	fmt.Printf("%x\n", utf16.Decode([]uint16{0xd83d, 0xde00, 0xd83d, 'x', 0xde00, 0xdbff}))
	fmt.Println(string(utf16.Decode(utf16.Encode([]rune("héllo, 世界 😀")))))
	fmt.Println(utf16.DecodeRune('a', 'b'), utf16.IsSurrogate(0xdc00), utf16.IsSurrogate(0xe000))
	fmt.Println(len(utf16.Encode(nil)), len(utf16.Decode(nil)))
}
