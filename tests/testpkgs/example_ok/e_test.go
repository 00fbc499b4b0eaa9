package e

import "fmt"

func Example() {
	fmt.Println(Greet("go"))
	// Output: hello, go
}

func ExampleGreet() {
	fmt.Println(Greet("a"))
	fmt.Println(Greet("b"))
	// Output:
	// hello, a
	// hello, b
}

func ExampleGreet_noOutput() {
	_ = Greet("x")
}

func ExampleGreet_unordered() {
	for _, n := range []string{"z", "y", "x"} {
		fmt.Println(Greet(n))
	}
	// Unordered output:
	// hello, x
	// hello, y
	// hello, z
}
