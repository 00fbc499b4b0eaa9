package main

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
)

func main() {
	for _, p := range []string{`a(`, `[z-a]`, `x**`, "\xfe"} {
		_, err := regexp.Compile(p)
		var se *syntax.Error
		if errors.As(err, &se) {
			fmt.Printf("%T %q %q %v\n", err, se.Code, se.Expr, se.Code == syntax.ErrMissingParen)
		}
		fmt.Println(err)
	}
	_, err := regexp.MatchString(`\p{Nope}`, "")
	fmt.Println(err.(*syntax.Error).Code == syntax.ErrInvalidCharRange, syntax.ErrLarge)
}
