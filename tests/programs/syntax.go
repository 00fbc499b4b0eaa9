// syntax: a missing closing parenthesis.
package main

import "fmt"

func main() {
	fmt.Println("hi"
}
