// A leaf function that divides by a parameter can panic, so it is called, not inlined: the
// panic's trace names it.
package main

import "fmt"

func ratio(a, b int) int { return a / b }

func main() {
	fmt.Println(ratio(7, 2))
	zero := 0
	fmt.Println(ratio(1, zero))
}
