package main

import (
	"errors"
	"fmt"
	"os"
)

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.code) }

func main() {
	fmt.Fprintln(os.Stderr, "to stderr")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Errorf("wrapped: %w", errors.New("inner")))
	}()
	panic(E{7})
}
