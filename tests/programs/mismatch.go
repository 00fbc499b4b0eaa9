// mismatch: a multi-line message (have/want) must stay intact.
package main

func add(a, b int) int { return a + b }

func main() {
	_ = add(1)
}
