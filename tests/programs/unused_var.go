// unused_var: a variable declared and never used.
package main

func main() {
	x := 1
}
