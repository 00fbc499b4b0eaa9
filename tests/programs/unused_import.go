// unused_import: an import never used.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hi")
}
