package main

import (
	"errors"
	"fmt"
)

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

var ErrA = errors.New("a")
var ErrB = errors.New("b")

func main() {
	var e error = multi{[]error{ErrA, fmt.Errorf("w: %w", ErrB)}}
	fmt.Println(errors.Is(e, ErrA), errors.Is(e, ErrB), errors.Is(e, errors.New("a")))
}
