package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"strings"
)

type money float64

func (m money) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "$[%s]", fmt.FormatString(f, verb))
}

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	b := []byte("x=")
	b = fmt.Append(b, 1, "a", 2.5)
	b = fmt.Appendf(b, " [%05.1f|%-4s]", 3.14159, "go")
	b = fmt.Appendln(b, " end", true)
	fmt.Printf("%q\n", b)
	fmt.Printf("%v %+8.2f %#x %-6d|\n", money(1), money(2), money(3), money(4))
	err := fmt.Errorf("wrapped: %w", &codeErr{7})
	if ce, ok := errors.AsType[*codeErr](err); ok {
		fmt.Println("AsType found", ce.code)
	}
	_, ok := errors.AsType[*fs.PathError](err)
	fmt.Println("PathError?", ok)
	_, perr := os.Open("/nonexistent/file")
	if pe, ok := errors.AsType[*fs.PathError](perr); ok {
		fmt.Println("op:", pe.Op, "path:", pe.Path)
	}
	r := strings.NewReplacer("a", "1", "b", "2")
	n, _ := r.WriteString(os.Stdout, "abcab\n")
	fmt.Println(n)
	runtime.LockOSThread()
	runtime.UnlockOSThread()
}
