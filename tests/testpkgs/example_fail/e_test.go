package e

import "fmt"

func ExampleGreet() {
	fmt.Println(Greet("a"))
	fmt.Println("extra")
	// Output:
	// hello, b
}

func ExampleGreet_unordered() {
	fmt.Println(Greet("x"))
	fmt.Println(Greet("q"))
	// Unordered output:
	// hello, x
	// hello, y
}

func ExampleGreet_trailing() {
	fmt.Println("  spaced  ")
	fmt.Println()
	// Output:   spaced
}
