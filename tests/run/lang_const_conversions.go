package main

import "fmt"

type Letter string

const (
	A = string(rune(iota + 'a'))
	B
	C
)

const (
	Bad    = string(rune(-1))
	Big    = string(rune(0x10FFFF + 1))
	Hangul = string(rune(0xD55C))
	L      = Letter(rune('Z'))
	Nul    = string(rune(0))
)

var arr [len(A + B + C)]int

func main() {
	fmt.Println(A, B, C, len(arr))
	fmt.Printf("%q %q %q %q %q\n", Bad, Big, Hangul, L, Nul)
	switch "b" {
	case A:
		fmt.Println("a")
	case B:
		fmt.Println("b")
	}
}
