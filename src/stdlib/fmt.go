package fmt

import (
	"io"
	"strconv"
	"unicode/utf8"
)

// Errorf formats like Sprintf and returns the text as an error. A %w verb wraps its
// operand, which errors.Is, errors.As and errors.Unwrap then see.
func Errorf(format string, a ...any) (err error)

type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface{ Format(f State, verb rune) }

type Stringer interface{ String() string }

type GoStringer interface{ GoString() string }

// FormatString rebuilds the directive a Formatter was called for: %, the flags set, width,
// precision, verb.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(p), 10)
	}
	return string(utf8.AppendRune(b, verb))
}
// Fprintf formats by the verbs of format and writes the text to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
// Printf formats by the verbs of format (%v, %d, %s, %q, %x, ...) and writes the text to
// standard output. It returns the number of bytes written and any write error.
func Printf(format string, a ...any) (n int, err error)
// Sprintf formats by the verbs of format and returns the text.
func Sprintf(format string, a ...any) string
func Appendf(b []byte, format string, a ...any) []byte { return append(b, Sprintf(format, a...)...) }
func Fprint(w io.Writer, a ...any) (n int, err error)
// Print writes its operands in their default formats to standard output, with spaces
// between operands when neither is a string.
func Print(a ...any) (n int, err error)
// Sprint formats its operands as Print does and returns the text.
func Sprint(a ...any) string
func Append(b []byte, a ...any) []byte { return append(b, Sprint(a...)...) }
// Fprintln writes its operands to w as Println does.
func Fprintln(w io.Writer, a ...any) (n int, err error)
// Println writes its operands in their default formats to standard output, with a space
// between each two and a newline at the end. It returns the number of bytes written and any
// write error.
func Println(a ...any) (n int, err error)
// Sprintln formats its operands as Println does and returns the text.
func Sprintln(a ...any) string
func Appendln(b []byte, a ...any) []byte { return append(b, Sprintln(a...)...) }
