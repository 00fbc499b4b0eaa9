// errors: error values, wrapping with %w, errors.Is/As, custom error types, panic and recover (origin: the Go blog, "Working with Errors in Go 1.13").
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

func lookup(key string) (int, error) {
	db := map[string]string{"a": "1", "b": "x"}
	v, ok := db[key]
	if !ok {
		return 0, fmt.Errorf("lookup %q: %w", key, ErrNotFound)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, &ParseError{Line: 7, Err: err}
	}
	return n, nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	for _, k := range []string{"a", "b", "c"} {
		n, err := lookup(k)
		var pe *ParseError
		switch {
		case err == nil:
			fmt.Println(k, "=", n)
		case errors.Is(err, ErrNotFound):
			fmt.Println(k, "missing:", err)
		case errors.As(err, &pe):
			fmt.Println(k, "bad value at line", pe.Line, "-", err)
		}
	}
	if _, err := safeDiv(1, 0); err != nil {
		fmt.Println(err)
	}
}
