// clean: a program with no errors; `corgi check` prints nothing and exits 0.
package main

import (
	"fmt"
	"strings"
)

type greeter struct{ name string }

func (g greeter) greet() string { return "hello, " + strings.ToUpper(g.name) }

func main() {
	for _, n := range []string{"gopher", "corgi"} {
		fmt.Println(greeter{n}.greet())
	}
}
