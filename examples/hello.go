// hello: the first program everyone runs (origin: the Go tour, "Hello, 世界").
package main

import "fmt"

func main() {
	fmt.Println("Hello, 世界")
}
