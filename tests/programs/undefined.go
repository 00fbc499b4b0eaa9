// undefined: a misspelt name.
package main

import "fmt"

func main() {
	count := 3
	fmt.Println(cuont)
	_ = count
}
