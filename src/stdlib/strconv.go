package strconv

const IntSize = 64

func ParseBool(str string) (bool, error)
func FormatBool(b bool) string
func AppendBool(dst []byte, b bool) []byte
// ParseFloat converts s to a floating-point number of bitSize bits (32 or 64).
func ParseFloat(s string, bitSize int) (float64, error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
// ParseInt converts s, in the given base (0: by its prefix), to an integer that fits in
// bitSize bits. Errors are *NumError (ErrSyntax, ErrRange).
func ParseInt(s string, base int, bitSize int) (i int64, err error)
// Atoi is ParseInt(s, 10, 0) as an int.
func Atoi(s string) (int, error)
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
func FormatUint(i uint64, base int) string
// FormatInt returns i in the given base (2 to 36), lower-case letters for digits above 9.
func FormatInt(i int64, base int) string
// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string
func AppendInt(dst []byte, i int64, base int) []byte
func AppendUint(dst []byte, i uint64, base int) []byte

var ErrRange error
var ErrSyntax error

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string
func (e *NumError) Unwrap() error
// Quote returns s as a double-quoted Go string literal, with Go escapes for control and
// non-printable characters.
func Quote(s string) string
func AppendQuote(dst []byte, s string) []byte
func QuoteToASCII(s string) string
func AppendQuoteToASCII(dst []byte, s string) []byte
func QuoteToGraphic(s string) string
func AppendQuoteToGraphic(dst []byte, s string) []byte
func QuoteRune(r rune) string
func AppendQuoteRune(dst []byte, r rune) []byte
func QuoteRuneToASCII(r rune) string
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte
func QuoteRuneToGraphic(r rune) string
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte
func CanBackquote(s string) bool
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error)
func QuotedPrefix(s string) (string, error)
func Unquote(s string) (string, error)
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

// FormatComplex, in Go after Go's own: each part by FormatFloat (complex64's as float32s), the
// imaginary part always signed.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// ParseComplex accepts N, Ni or N±Ni (optionally parenthesised), as Go's does. Go reads the real
// part with a float-prefix scanner; here the second part starts at the first sign that does not
// follow an exponent letter, and each part goes through ParseFloat.
func ParseComplex(s string, bitSize int) (complex128, error) {
	orig := s
	size := 64
	if bitSize == 64 {
		size = 32
	}
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error
	part := func(t string) (float64, bool) {
		f, err := ParseFloat(t, size)
		if err != nil {
			if ne, ok := err.(*NumError); ok && ne.Err == ErrRange {
				pending = ErrRange
				return f, true
			}
			return 0, false
		}
		return f, true
	}
	fail := func(err error) (complex128, error) {
		return 0, &NumError{"ParseComplex", orig, err}
	}
	split := -1
	for i := 1; i < len(s); i++ {
		if c := s[i]; c == '+' || c == '-' {
			p := s[i-1]
			if p != 'e' && p != 'E' && p != 'p' && p != 'P' {
				split = i
				break
			}
		}
	}
	var re, im float64
	if split < 0 {
		if len(s) > 0 && s[len(s)-1] == 'i' {
			v, ok := part(s[:len(s)-1])
			if !ok {
				return fail(ErrSyntax)
			}
			im = v
		} else {
			v, ok := part(s)
			if !ok {
				return fail(ErrSyntax)
			}
			re = v
		}
	} else {
		v, ok := part(s[:split])
		if !ok {
			return fail(ErrSyntax)
		}
		re = v
		rest := s[split:]
		if rest[0] == '+' && len(rest) > 1 && rest[1] != '+' {
			rest = rest[1:]
		}
		if len(rest) < 2 || rest[len(rest)-1] != 'i' {
			return fail(ErrSyntax)
		}
		w, ok := part(rest[:len(rest)-1])
		if !ok {
			return fail(ErrSyntax)
		}
		im = w
	}
	if pending != nil {
		return complex(re, im), &NumError{"ParseComplex", orig, pending}
	}
	return complex(re, im), nil
}
