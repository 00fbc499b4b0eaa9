package big

// Arbitrary-precision integers. An Int keeps its value in the Go heap as Go's does (a sign and a
// little-endian slice of words, no leading zero words), so Int values copy, compare and are
// collected like any Go struct, and fmt prints a non-pointer Int as its fields ({false [123]}).
// The sign rules and the API are Go; the arithmetic is native (the num-bigint crate): a native
// reads its operands' words, computes, and returns fresh words that the Go method stores into
// its receiver, so aliased operands (z.Add(z, z)) are safe.

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand"
	"strings"
)

type Word uint

type nat []Word

const (
	MaxBase = 10 + ('z' - 'a' + 1) + ('Z' - 'A' + 1)
)

type Accuracy int8

const (
	Below Accuracy = -1
	Exact Accuracy = 0
	Above Accuracy = +1
)

func (i Accuracy) String() string {
	switch i {
	case Below:
		return "Below"
	case Exact:
		return "Exact"
	case Above:
		return "Above"
	}
	return "Accuracy(" + itoa(int64(i)) + ")"
}

func itoa(v int64) string {
	var x Int
	return x.SetInt64(v).String()
}

type Int struct {
	neg bool
	abs nat
}

// ---- natives ----

// arith computes a binary operation on signed operands: 0 add, 1 sub, 2 mul, 3 quo, 4 rem,
// 5 div, 6 mod (Euclidean), 7 and, 8 or, 9 xor, 10 and-not (two's complement).
func arith(op int, xn bool, x nat, yn bool, y nat) (bool, nat)

// quoRem returns quotient and remainder: truncated, or Euclidean when euclid.
func quoRem(euclid bool, xn bool, x nat, yn bool, y nat) (bool, nat, bool, nat)

// unary computes 0 x<<n, 1 x>>n (floor), 2 ^x, 3 sqrt(x), 4 x with bit n cleared, 5 x with bit n set.
func unary(op int, xn bool, x nat, n uint) (bool, nat)

// expNN returns x**y mod m on magnitudes (x**y when m is 0; 0 when m is 1; 1 when y is 0).
func expNN(x, y, m nat) nat

// gcdCofactor returns gcd(a, b) and the signed cofactor of a found by Euclid's algorithm on
// (max, min) of the magnitudes, as Go's lehmerGCD does.
func gcdCofactor(a, b nat) (nat, bool, nat)

// text returns the digits of x in base (2..62), lower-case letters first.
func text(x nat, base int) string

// scan parses s as a signed integer in base (0: by prefix), Go's rules. how is 0 when the scan
// failed (Go then has set the magnitude, not the sign), 1 when input was left over (Go has set
// both), 2 when all of s was used.
func scan(s string, base int) (neg bool, abs nat, how int)

// toFloat rounds x to the nearest float64 (ties to even) and reports the rounding direction.
func toFloat(xn bool, x nat) (float64, int)

// probablyPrime reports whether x passes n Miller-Rabin rounds and a Baillie-PSW test.
func probablyPrime(x nat, n int) bool

// mulRange returns the product of the integers in [a, b] (1 <= a <= b).
func mulRange(a, b uint64) nat

// jacobi returns the Jacobi symbol (x/y), y odd.
func jacobi(xn bool, x nat, yn bool, y nat) int

// ---- construction and conversion ----

func NewInt(x int64) *Int {
	switch {
	case x > 0:
		return &Int{false, nat{Word(x)}}
	case x < 0:
		return &Int{true, nat{Word(-x)}}
	}
	return &Int{}
}

func (z *Int) Set(x *Int) *Int {
	if z != x {
		z.abs = append(nat(nil), x.abs...)
		z.neg = x.neg
	}
	return z
}

func (z *Int) SetInt64(x int64) *Int {
	neg := false
	if x < 0 {
		neg = true
		x = -x
	}
	z.abs = z.abs.setUint64(uint64(x))
	z.neg = neg
	return z
}

func (z *Int) SetUint64(x uint64) *Int {
	z.abs = z.abs.setUint64(x)
	z.neg = false
	return z
}

func (z nat) setUint64(x uint64) nat {
	if x == 0 {
		return z[:0]
	}
	return nat{Word(x)}
}

func (z nat) norm() nat {
	i := len(z)
	for i > 0 && z[i-1] == 0 {
		i--
	}
	return z[0:i]
}

func (x *Int) Bits() []Word {
	return x.abs
}

func (z *Int) SetBits(abs []Word) *Int {
	z.abs = nat(abs).norm()
	z.neg = false
	return z
}

func (z *Int) SetBytes(buf []byte) *Int {
	n := (len(buf) + 7) / 8
	abs := make(nat, n)
	for i := 0; i < len(buf); i++ {
		b := buf[len(buf)-1-i]
		abs[i/8] |= Word(b) << (8 * uint(i%8))
	}
	z.abs = abs.norm()
	z.neg = false
	return z
}

func (x *Int) Bytes() []byte {
	buf := make([]byte, len(x.abs)*8)
	return buf[x.abs.bytes(buf):]
}

// bytes writes the big-endian bytes of z into the end of buf and returns the index of the first
// (most significant, non-zero) byte.
func (z nat) bytes(buf []byte) (i int) {
	i = len(buf)
	for _, d := range z {
		for j := 0; j < 8; j++ {
			i--
			if i >= 0 {
				buf[i] = byte(d)
			} else if byte(d) != 0 {
				panic("math/big: buffer too small to fit value")
			}
			d >>= 8
		}
	}
	if i < 0 {
		i = 0
	}
	for i < len(buf) && buf[i] == 0 {
		i++
	}
	return
}

func (x *Int) FillBytes(buf []byte) []byte {
	clear(buf)
	x.abs.bytes(buf)
	return buf
}

func low64(x nat) uint64 {
	if len(x) == 0 {
		return 0
	}
	return uint64(x[0])
}

func (x *Int) Int64() int64 {
	v := int64(low64(x.abs))
	if x.neg {
		v = -v
	}
	return v
}

func (x *Int) Uint64() uint64 {
	return low64(x.abs)
}

func (x *Int) IsInt64() bool {
	if len(x.abs) <= 1 {
		w := int64(low64(x.abs))
		return w >= 0 || x.neg && w == -w
	}
	return false
}

func (x *Int) IsUint64() bool {
	return !x.neg && len(x.abs) <= 1
}

func (x *Int) Float64() (float64, Accuracy) {
	f, acc := toFloat(x.neg, x.abs)
	return f, Accuracy(acc)
}

func (z *Int) SetString(s string, base int) (*Int, bool) {
	if len(s) == 0 {
		return nil, false
	}
	if base != 0 && (base < 2 || base > MaxBase) {
		panic(fmt.Sprintf("invalid number base %d", base))
	}
	neg, abs, how := scan(s, base)
	if how == 0 {
		z.abs = abs
		return nil, false
	}
	z.neg, z.abs = neg, abs
	if how == 1 {
		return nil, false
	}
	return z, true
}

// ---- comparison and sign ----

func (x *Int) Sign() int {
	if len(x.abs) == 0 {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

func (x nat) cmp(y nat) int {
	m, n := len(x), len(y)
	if m != n {
		if m < n {
			return -1
		}
		return 1
	}
	for i := m - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func (x *Int) Cmp(y *Int) (r int) {
	switch {
	case x == y:
	case x.neg == y.neg:
		r = x.abs.cmp(y.abs)
		if x.neg {
			r = -r
		}
	case x.neg:
		r = -1
	default:
		r = 1
	}
	return
}

func (x *Int) CmpAbs(y *Int) int {
	return x.abs.cmp(y.abs)
}

func (z *Int) Abs(x *Int) *Int {
	z.Set(x)
	z.neg = false
	return z
}

func (z *Int) Neg(x *Int) *Int {
	z.Set(x)
	z.neg = len(z.abs) > 0 && !z.neg
	return z
}

// ---- arithmetic ----

func (z *Int) op(op int, x, y *Int) *Int {
	z.neg, z.abs = arith(op, x.neg, x.abs, y.neg, y.abs)
	return z
}

func (z *Int) Add(x, y *Int) *Int {
	z.neg, z.abs = arith(0, x.neg, x.abs, y.neg, y.abs)
	return z
}

func (z *Int) Sub(x, y *Int) *Int {
	z.neg, z.abs = arith(1, x.neg, x.abs, y.neg, y.abs)
	return z
}

func (z *Int) Mul(x, y *Int) *Int {
	z.neg, z.abs = arith(2, x.neg, x.abs, y.neg, y.abs)
	return z
}

func divisor(y *Int) {
	if len(y.abs) == 0 {
		panic("division by zero")
	}
}

func (z *Int) Quo(x, y *Int) *Int { divisor(y); return z.op(3, x, y) }
func (z *Int) Rem(x, y *Int) *Int { divisor(y); return z.op(4, x, y) }
func (z *Int) Div(x, y *Int) *Int { divisor(y); return z.op(5, x, y) }
func (z *Int) Mod(x, y *Int) *Int { divisor(y); return z.op(6, x, y) }

func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int) {
	divisor(y)
	qn, q, rn, rr := quoRem(false, x.neg, x.abs, y.neg, y.abs)
	z.neg, z.abs = qn, q
	r.neg, r.abs = rn, rr
	return z, r
}

func (z *Int) DivMod(x, y, m *Int) (*Int, *Int) {
	divisor(y)
	qn, q, mn, mm := quoRem(true, x.neg, x.abs, y.neg, y.abs)
	z.neg, z.abs = qn, q
	m.neg, m.abs = mn, mm
	return z, m
}

func (z *Int) MulRange(a, b int64) *Int {
	switch {
	case a > b:
		return z.SetInt64(1)
	case a <= 0 && b >= 0:
		return z.SetInt64(0)
	}
	neg := false
	if a < 0 {
		neg = (b-a)&1 == 0
		a, b = -b, -a
	}
	z.abs = mulRange(uint64(a), uint64(b))
	z.neg = neg
	return z
}

func (z *Int) Binomial(n, k int64) *Int {
	if k > n || k < 0 {
		return z.SetInt64(0)
	}
	if k > n-k {
		k = n - k
	}
	var N, K, i, t Int
	N.SetInt64(n)
	K.SetInt64(k)
	z.SetInt64(1)
	one := NewInt(1)
	for i.Cmp(&K) < 0 {
		z.Mul(z, t.Sub(&N, &i))
		i.Add(&i, one)
		z.Quo(z, &i)
	}
	return z
}

func (z *Int) Exp(x, y, m *Int) *Int {
	xWords := x.abs
	if y.neg {
		if m == nil || len(m.abs) == 0 {
			return z.SetInt64(1)
		}
		inverse := new(Int).ModInverse(x, m)
		if inverse == nil {
			return nil
		}
		xWords = inverse.abs
	}
	yWords := y.abs
	var mWords nat
	if m != nil {
		mWords = m.abs
	}
	abs := expNN(xWords, yWords, mWords)
	neg := len(abs) > 0 && x.neg && len(yWords) > 0 && yWords[0]&1 == 1
	if neg && len(mWords) > 0 {
		_, abs = arith(1, false, mWords, false, abs)
		neg = false
	}
	z.neg, z.abs = neg, abs
	return z
}

func (z *Int) GCD(x, y, a, b *Int) *Int {
	if len(a.abs) == 0 || len(b.abs) == 0 {
		lenA, lenB, negA, negB := len(a.abs), len(b.abs), a.neg, b.neg
		if lenA == 0 {
			z.Set(b)
		} else {
			z.Set(a)
		}
		z.neg = false
		if x != nil {
			if lenA == 0 {
				x.SetUint64(0)
			} else {
				x.SetUint64(1)
				x.neg = negA
			}
		}
		if y != nil {
			if lenB == 0 {
				y.SetUint64(0)
			} else {
				y.SetUint64(1)
				y.neg = negB
			}
		}
		return z
	}
	g, un, u := gcdCofactor(a.abs, b.abs)
	ua := &Int{un, u}
	if a.neg {
		ua.neg = !ua.neg
	}
	if y != nil {
		A := &Int{false, g}
		var t Int
		t.Mul(a, ua)
		t.Sub(A, &t)
		B := new(Int).Set(b)
		y.Div(&t, B)
	}
	if x != nil {
		x.neg, x.abs = ua.neg, ua.abs
	}
	z.neg, z.abs = false, g
	return z
}

func (z *Int) ModInverse(g, n *Int) *Int {
	if n.neg {
		var n2 Int
		n = n2.Neg(n)
	}
	if g.neg {
		var g2 Int
		g = g2.Mod(g, n)
	}
	var d, x Int
	d.GCD(&x, nil, g, n)
	if len(d.abs) != 1 || d.abs[0] != 1 || d.neg {
		return nil
	}
	if x.neg {
		z.Add(&x, n)
	} else {
		z.Set(&x)
	}
	return z
}

func Jacobi(x, y *Int) int {
	if len(y.abs) == 0 || y.abs[0]&1 == 0 {
		panic(fmt.Sprintf("big: invalid 2nd argument to Int.Jacobi: need odd integer but got %s", y.String()))
	}
	return jacobi(x.neg, x.abs, y.neg, y.abs)
}

func (z *Int) ModSqrt(x, p *Int) *Int {
	switch Jacobi(x, p) {
	case -1:
		return nil
	case 0:
		return z.SetInt64(0)
	case 1:
		break
	}
	if x.neg || x.Cmp(p) >= 0 {
		x = new(Int).Mod(x, p)
	}
	one := NewInt(1)
	switch {
	case p.abs[0]%4 == 3:
		e := new(Int).Add(p, one)
		e.Rsh(e, 2)
		return z.Exp(x, e, p)
	case p.abs[0]%8 == 5:
		e := new(Int).Rsh(p, 3)
		tx := new(Int).Lsh(x, 1)
		alpha := new(Int).Exp(tx, e, p)
		beta := new(Int).Mul(alpha, alpha)
		beta.Mod(beta, p)
		beta.Mul(beta, tx)
		beta.Mod(beta, p)
		beta.Sub(beta, one)
		beta.Mul(beta, x)
		beta.Mod(beta, p)
		beta.Mul(beta, alpha)
		return z.Mod(beta, p)
	}
	// Tonelli-Shanks.
	var s Int
	s.Sub(p, NewInt(1))
	e := s.TrailingZeroBits()
	s.Rsh(&s, e)
	var n Int
	n.SetInt64(2)
	for Jacobi(&n, p) != -1 {
		n.Add(&n, NewInt(1))
	}
	var y, b, g, t Int
	y.Add(&s, NewInt(1))
	y.Rsh(&y, 1)
	y.Exp(x, &y, p)
	b.Exp(x, &s, p)
	g.Exp(&n, &s, p)
	r := e
	for {
		var m uint
		t.Set(&b)
		for t.Cmp(NewInt(1)) != 0 {
			t.Mul(&t, &t).Mod(&t, p)
			m++
		}
		if m == 0 {
			return z.Set(&y)
		}
		t.SetInt64(0).SetBit(&t, int(r-m-1), 1).Exp(&g, &t, p)
		g.Mul(&t, &t).Mod(&g, p)
		y.Mul(&y, &t).Mod(&y, p)
		b.Mul(&b, &g).Mod(&b, p)
		r = m
	}
}

func (z *Int) Sqrt(x *Int) *Int {
	if x.neg {
		panic("square root of negative number")
	}
	z.neg, z.abs = unary(3, false, x.abs, 0)
	return z
}

func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	if x.neg || len(x.abs) == 0 {
		return false
	}
	return probablyPrime(x.abs, n)
}

// ---- bits ----

func (z *Int) Lsh(x *Int, n uint) *Int {
	z.neg, z.abs = unary(0, x.neg, x.abs, n)
	return z
}

func (z *Int) Rsh(x *Int, n uint) *Int {
	z.neg, z.abs = unary(1, x.neg, x.abs, n)
	return z
}

func (z *Int) Not(x *Int) *Int {
	z.neg, z.abs = unary(2, x.neg, x.abs, 0)
	return z
}

func (z *Int) And(x, y *Int) *Int    { return z.op(7, x, y) }
func (z *Int) Or(x, y *Int) *Int     { return z.op(8, x, y) }
func (z *Int) Xor(x, y *Int) *Int    { return z.op(9, x, y) }
func (z *Int) AndNot(x, y *Int) *Int { return z.op(10, x, y) }

func (x *Int) Bit(i int) uint {
	if i == 0 {
		if len(x.abs) > 0 {
			return uint(x.abs[0] & 1)
		}
		return 0
	}
	if i < 0 {
		panic("negative bit index")
	}
	if x.neg {
		_, t := arith(1, false, x.abs, false, nat{1})
		return t.bit(uint(i)) ^ 1
	}
	return x.abs.bit(uint(i))
}

func (x nat) bit(i uint) uint {
	j := i / 64
	if j >= uint(len(x)) {
		return 0
	}
	return uint(x[j] >> (i % 64) & 1)
}

func (z *Int) SetBit(x *Int, i int, b uint) *Int {
	if i < 0 {
		panic("negative bit index")
	}
	if b > 1 {
		panic("set bit is not 0 or 1")
	}
	z.neg, z.abs = unary(4+int(b), x.neg, x.abs, uint(i))
	return z
}

func (x nat) bitLen() int {
	if i := len(x) - 1; i >= 0 {
		top := x[i]
		n := 0
		for top != 0 {
			top >>= 1
			n++
		}
		return i*64 + n
	}
	return 0
}

func (x *Int) BitLen() int {
	return x.abs.bitLen()
}

func (x *Int) TrailingZeroBits() uint {
	for i, w := range x.abs {
		if w != 0 {
			n := uint(0)
			for w&1 == 0 {
				w >>= 1
				n++
			}
			return uint(i)*64 + n
		}
	}
	return 0
}

// ---- text ----

func (x *Int) Text(base int) string {
	if x == nil {
		return "<nil>"
	}
	return string(x.itoa(base))
}

func (x *Int) itoa(base int) []byte {
	if base < 2 || base > MaxBase {
		panic("invalid base")
	}
	s := text(x.abs, base)
	if x.neg && len(x.abs) > 0 {
		s = "-" + s
	}
	return []byte(s)
}

func (x *Int) Append(buf []byte, base int) []byte {
	if x == nil {
		return append(buf, "<nil>"...)
	}
	return append(buf, x.itoa(base)...)
}

func (x *Int) String() string {
	return x.Text(10)
}

func (x *Int) Format(s fmt.State, ch rune) {
	var base int
	switch ch {
	case 'b':
		base = 2
	case 'o', 'O':
		base = 8
	case 'd', 's', 'v':
		base = 10
	case 'x', 'X':
		base = 16
	default:
		fmt.Fprintf(s, "%%!%c(big.Int=%s)", ch, x.String())
		return
	}
	if x == nil {
		fmt.Fprint(s, "<nil>")
		return
	}
	sign := ""
	switch {
	case x.neg:
		sign = "-"
	case s.Flag('+'):
		sign = "+"
	case s.Flag(' '):
		sign = " "
	}
	prefix := ""
	if s.Flag('#') {
		switch ch {
		case 'b':
			prefix = "0b"
		case 'o':
			prefix = "0"
		case 'x':
			prefix = "0x"
		case 'X':
			prefix = "0X"
		}
	}
	if ch == 'O' {
		prefix = "0o"
	}
	digits := text(x.abs, base)
	if ch == 'X' {
		digits = strings.ToUpper(digits)
	}
	var left, zeros, right int
	precision, precisionSet := s.Precision()
	if precisionSet {
		switch {
		case len(digits) < precision:
			zeros = precision - len(digits)
		case digits == "0" && precision == 0:
			return
		}
	}
	length := len(sign) + len(prefix) + zeros + len(digits)
	if width, widthSet := s.Width(); widthSet && length < width {
		switch d := width - length; {
		case s.Flag('-'):
			right = d
		case s.Flag('0') && !precisionSet:
			zeros = d
		default:
			left = d
		}
	}
	out := strings.Repeat(" ", left) + sign + prefix + strings.Repeat("0", zeros) + digits + strings.Repeat(" ", right)
	s.Write([]byte(out))
}

func (x *Int) AppendText(b []byte) (text []byte, err error) {
	return x.Append(b, 10), nil
}

func (x *Int) MarshalText() (text []byte, err error) {
	return x.AppendText(nil)
}

func (z *Int) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text), 0); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Int", text)
	}
	return nil
}

func (x *Int) MarshalJSON() ([]byte, error) {
	if x == nil {
		return []byte("null"), nil
	}
	return x.itoa(10), nil
}

func (z *Int) UnmarshalJSON(text []byte) error {
	if string(text) == "null" {
		return nil
	}
	return z.UnmarshalText(text)
}

// ---- Rat ----

// A Rat is a/b with b > 0 in lowest terms; a zero b (the zero value's) stands for 1, as Go's.
type Rat struct {
	a, b Int
}

// scanRat parses s as Go's Rat.SetString: sign, numerator and denominator (not reduced), and
// which of them Go's SetString assigns (1 the sign, 2 the numerator, 4 the denominator; it
// leaves a failed receiver as far as it got) and whether it succeeded (8).
func scanRat(s string) (neg bool, a, b nat, how int)

// quoToFloat returns the float64 (or, when single, float32) nearest a/b and whether it is exact.
func quoToFloat(a, b nat, single bool) (float64, bool)

var natOne = nat{1}

func NewRat(a, b int64) *Rat {
	return new(Rat).SetFrac64(a, b)
}

func (z *Rat) SetFloat64(f float64) *Rat {
	const expMask = 1<<11 - 1
	bits := math.Float64bits(f)
	mantissa := bits & (1<<52 - 1)
	exp := int((bits >> 52) & expMask)
	switch exp {
	case expMask:
		return nil
	case 0:
		exp -= 1022
	default:
		mantissa |= 1 << 52
		exp -= 1023
	}
	shift := 52 - exp
	for mantissa&1 == 0 && shift > 0 {
		mantissa >>= 1
		shift--
	}
	z.a.SetUint64(mantissa)
	z.a.neg = f < 0
	z.b.SetInt64(1)
	if shift > 0 {
		z.b.Lsh(&z.b, uint(shift))
	} else {
		z.a.Lsh(&z.a, uint(-shift))
	}
	return z.norm()
}

func (x *Rat) denom() nat {
	if len(x.b.abs) == 0 {
		return natOne
	}
	return x.b.abs
}

func (x *Rat) Float32() (f float32, exact bool) {
	f64, exact := quoToFloat(x.a.abs, x.denom(), true)
	f = float32(f64)
	if x.a.neg {
		f = -f
	}
	return
}

func (x *Rat) Float64() (f float64, exact bool) {
	f, exact = quoToFloat(x.a.abs, x.denom(), false)
	if x.a.neg {
		f = -f
	}
	return
}

func (z *Rat) SetFrac(a, b *Int) *Rat {
	neg := a.neg != b.neg
	if len(b.abs) == 0 {
		panic("division by zero")
	}
	babs := b.abs
	z.a.abs = append(nat(nil), a.abs...)
	z.a.neg = neg
	z.b.abs = append(nat(nil), babs...)
	z.b.neg = false
	return z.norm()
}

func (z *Rat) SetFrac64(a, b int64) *Rat {
	if b == 0 {
		panic("division by zero")
	}
	z.a.SetInt64(a)
	if b < 0 {
		b = -b
		z.a.neg = !z.a.neg
	}
	z.b.abs = z.b.abs.setUint64(uint64(b))
	z.b.neg = false
	return z.norm()
}

func (z *Rat) SetInt(x *Int) *Rat {
	z.a.Set(x)
	z.b.abs = nat{1}
	z.b.neg = false
	return z
}

func (z *Rat) SetInt64(x int64) *Rat {
	z.a.SetInt64(x)
	z.b.abs = nat{1}
	z.b.neg = false
	return z
}

func (z *Rat) SetUint64(x uint64) *Rat {
	z.a.SetUint64(x)
	z.b.abs = nat{1}
	z.b.neg = false
	return z
}

func (z *Rat) Set(x *Rat) *Rat {
	if z != x {
		z.a.Set(&x.a)
		z.b.Set(&x.b)
	}
	if len(z.b.abs) == 0 {
		z.b.abs = nat{1}
	}
	return z
}

func (z *Rat) Abs(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = false
	return z
}

func (z *Rat) Neg(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = len(z.a.abs) > 0 && !z.a.neg
	return z
}

func (z *Rat) Inv(x *Rat) *Rat {
	if len(x.a.abs) == 0 {
		panic("division by zero")
	}
	z.Set(x)
	z.a.abs, z.b.abs = z.b.abs, z.a.abs
	return z
}

func (x *Rat) Sign() int {
	return x.a.Sign()
}

func (x *Rat) IsInt() bool {
	return len(x.b.abs) == 0 || x.b.abs.cmp(natOne) == 0
}

func (x *Rat) Num() *Int {
	return &x.a
}

func (x *Rat) Denom() *Int {
	if len(x.b.abs) == 0 {
		return &Int{abs: nat{1}}
	}
	return &x.b
}

func (z *Rat) norm() *Rat {
	switch {
	case len(z.a.abs) == 0:
		z.a.neg = false
		z.b.abs = nat{1}
	case len(z.b.abs) == 0:
		z.b.abs = nat{1}
	default:
		neg := z.a.neg
		z.a.neg = false
		z.b.neg = false
		var f Int
		f.GCD(nil, nil, &z.a, &z.b)
		if f.abs.cmp(natOne) != 0 {
			z.a.Quo(&z.a, &f)
			z.b.Quo(&z.b, &f)
		}
		z.a.neg = neg
	}
	return z
}

func mulDenom(x, y nat) nat {
	switch {
	case len(x) == 0 && len(y) == 0:
		return nat{1}
	case len(x) == 0:
		return append(nat(nil), y...)
	case len(y) == 0:
		return append(nat(nil), x...)
	}
	_, z := arith(2, false, x, false, y)
	return z
}

func (z *Int) scaleDenom(x *Int, f nat) {
	if len(f) == 0 {
		z.Set(x)
		return
	}
	_, z.abs = arith(2, false, x.abs, false, f)
	z.neg = x.neg
}

func (x *Rat) Cmp(y *Rat) int {
	var a, b Int
	a.scaleDenom(&x.a, y.b.abs)
	b.scaleDenom(&y.a, x.b.abs)
	return a.Cmp(&b)
}

func (z *Rat) Add(x, y *Rat) *Rat {
	var a1, a2 Int
	a1.scaleDenom(&x.a, y.b.abs)
	a2.scaleDenom(&y.a, x.b.abs)
	b := mulDenom(x.b.abs, y.b.abs)
	z.a.Add(&a1, &a2)
	z.b.abs, z.b.neg = b, false
	return z.norm()
}

func (z *Rat) Sub(x, y *Rat) *Rat {
	var a1, a2 Int
	a1.scaleDenom(&x.a, y.b.abs)
	a2.scaleDenom(&y.a, x.b.abs)
	b := mulDenom(x.b.abs, y.b.abs)
	z.a.Sub(&a1, &a2)
	z.b.abs, z.b.neg = b, false
	return z.norm()
}

func (z *Rat) Mul(x, y *Rat) *Rat {
	if x == y {
		_, a := arith(2, false, x.a.abs, false, x.a.abs)
		b := nat{1}
		if len(x.b.abs) != 0 {
			_, b = arith(2, false, x.b.abs, false, x.b.abs)
		}
		z.a.neg, z.a.abs = false, a
		z.b.neg, z.b.abs = false, b
		return z
	}
	b := mulDenom(x.b.abs, y.b.abs)
	z.a.Mul(&x.a, &y.a)
	z.b.abs, z.b.neg = b, false
	return z.norm()
}

func (z *Rat) Quo(x, y *Rat) *Rat {
	if len(y.a.abs) == 0 {
		panic("division by zero")
	}
	var a, b Int
	a.scaleDenom(&x.a, y.b.abs)
	b.scaleDenom(&y.a, x.b.abs)
	z.a.abs = a.abs
	z.b.abs = b.abs
	z.a.neg = a.neg != b.neg
	z.b.neg = false
	return z.norm()
}

func (z *Rat) SetString(s string) (*Rat, bool) {
	neg, a, b, how := scanRat(s)
	if how&1 != 0 {
		z.a.neg = neg
	}
	if how&2 != 0 {
		z.a.abs = a
	}
	if how&4 != 0 {
		z.b.abs = b
	}
	if how&8 == 0 {
		return nil, false
	}
	return z.norm(), true
}

func (x *Rat) String() string {
	return string(x.marshal(nil))
}

func (x *Rat) marshal(buf []byte) []byte {
	buf = x.a.Append(buf, 10)
	buf = append(buf, '/')
	if len(x.b.abs) != 0 {
		buf = x.b.Append(buf, 10)
	} else {
		buf = append(buf, '1')
	}
	return buf
}

func (x *Rat) RatString() string {
	if x.IsInt() {
		return x.a.String()
	}
	return x.String()
}

func (x *Rat) FloatString(prec int) string {
	var buf []byte
	if x.IsInt() {
		buf = x.a.Append(buf, 10)
		if prec > 0 {
			buf = append(buf, '.')
			for i := prec; i > 0; i-- {
				buf = append(buf, '0')
			}
		}
		return string(buf)
	}
	den := &Int{abs: x.b.abs}
	var q, r Int
	q.QuoRem(&Int{abs: x.a.abs}, den, &r)
	p := NewInt(1)
	if prec > 0 {
		p.Exp(NewInt(10), new(Int).SetUint64(uint64(prec)), nil)
	}
	r.Mul(&r, p)
	var r2 Int
	r.QuoRem(&r, den, &r2)
	r2.Add(&r2, &r2)
	if den.Cmp(&r2) <= 0 {
		r.Add(&r, NewInt(1))
		if r.Cmp(p) >= 0 {
			q.Add(&q, NewInt(1))
			r.Sub(&r, p)
		}
	}
	if x.a.neg {
		buf = append(buf, '-')
	}
	buf = append(buf, text(q.abs, 10)...)
	if prec > 0 {
		buf = append(buf, '.')
		rs := text(r.abs, 10)
		for i := prec - len(rs); i > 0; i-- {
			buf = append(buf, '0')
		}
		buf = append(buf, rs...)
	}
	return string(buf)
}

func (x *Rat) FloatPrec() (n int, exact bool) {
	d := &Int{abs: x.denom()}
	p2 := d.TrailingZeroBits()
	var q Int
	q.Rsh(d, p2)
	var p5 uint
	five := NewInt(5)
	// Strip powers of 5^(2^i) first, then single fives, as the count is all that matters.
	f := NewInt(1220703125)
	var tab []*Int
	for {
		var t, r Int
		t.QuoRem(&q, f, &r)
		if len(r.abs) != 0 {
			break
		}
		tab = append(tab, f)
		f = new(Int).Mul(f, f)
	}
	for i := len(tab) - 1; i >= 0; i-- {
		var t, r Int
		t.QuoRem(&q, tab[i], &r)
		if len(r.abs) == 0 {
			p5 += 13 * (1 << i)
			q.Set(&t)
		}
	}
	for {
		var t, r Int
		t.QuoRem(&q, five, &r)
		if len(r.abs) != 0 {
			break
		}
		p5++
		q.Set(&t)
	}
	return int(max(p2, p5)), q.abs.cmp(natOne) == 0
}

func (x *Rat) AppendText(b []byte) ([]byte, error) {
	if x.IsInt() {
		return x.a.AppendText(b)
	}
	return x.marshal(b), nil
}

func (x *Rat) MarshalText() (text []byte, err error) {
	return x.AppendText(nil)
}

func (z *Rat) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text)); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Rat", text)
	}
	return nil
}

func ratTok(ch rune) bool {
	return strings.ContainsRune("+-/0123456789.eE", ch)
}

func (z *Rat) Scan(s fmt.ScanState, ch rune) error {
	tok, err := s.Token(true, ratTok)
	if err != nil {
		return err
	}
	if !strings.ContainsRune("efgEFGv", ch) {
		return errors.New("Rat.Scan: invalid verb")
	}
	if _, ok := z.SetString(string(tok)); !ok {
		return errors.New("Rat.Scan: invalid syntax")
	}
	return nil
}

// ---- Int: fmt.Scanner, gob, Rand ----

var errNoDigits = errors.New("number has no digits")
var errInvalSep = errors.New("'_' must separate successive digits")

type byteReader struct {
	fmt.ScanState
}

func (r byteReader) ReadByte() (byte, error) {
	ch, size, err := r.ReadRune()
	if size != 1 && err == nil {
		err = fmt.Errorf("invalid rune %#U", ch)
	}
	return byte(ch), err
}

func (r byteReader) UnreadByte() error {
	return r.UnreadRune()
}

func digitValue(c byte, b int) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		if b <= 36 {
			return int(c-'A') + 10
		}
		return int(c-'A') + 36
	}
	return MaxBase + 1
}

func (z *Int) Scan(s fmt.ScanState, ch rune) error {
	s.SkipSpace()
	base := 0
	switch ch {
	case 'b':
		base = 2
	case 'o':
		base = 8
	case 'd':
		base = 10
	case 'x', 'X':
		base = 16
	case 's', 'v':
	default:
		return errors.New("Int.Scan: invalid verb")
	}
	r := byteReader{s}
	c, err := r.ReadByte()
	if err != nil {
		return err
	}
	neg := false
	switch c {
	case '-':
		neg = true
	case '+':
	default:
		r.UnreadByte()
	}
	var digits []byte
	prev := byte('.')
	invalSep := false
	count := 0
	b, prefix := base, byte(0)
	c, err = r.ReadByte()
	if base == 0 {
		b = 10
		if err == nil && c == '0' {
			prev = '0'
			count = 1
			c, err = r.ReadByte()
			if err == nil {
				switch c {
				case 'b', 'B':
					b, prefix = 2, 'b'
				case 'o', 'O':
					b, prefix = 8, 'o'
				case 'x', 'X':
					b, prefix = 16, 'x'
				default:
					b, prefix = 8, '0'
				}
				count = 0
				if prefix != '0' {
					c, err = r.ReadByte()
				}
			}
		}
	}
	for err == nil {
		if c == '_' && base == 0 {
			if prev != '0' {
				invalSep = true
			}
			prev = '_'
		} else {
			if digitValue(c, b) >= b {
				r.UnreadByte()
				break
			}
			prev = '0'
			count++
			digits = append(digits, c)
		}
		c, err = r.ReadByte()
	}
	if err == io.EOF {
		err = nil
	}
	if err == nil && (invalSep || prev == '_') {
		err = errInvalSep
	}
	if count == 0 {
		if prefix == '0' {
			z.abs = z.abs[:0]
			if err != nil {
				return err
			}
			z.neg = false
			return nil
		}
		err = errNoDigits
	}
	var abs nat
	if len(digits) > 0 {
		_, abs, _ = scan(string(digits), b)
	}
	z.abs = abs
	if err != nil {
		return err
	}
	z.neg = len(abs) > 0 && neg
	return nil
}

const intGobVersion byte = 1

func (x *Int) GobEncode() ([]byte, error) {
	if x == nil {
		return nil, nil
	}
	buf := make([]byte, 1+len(x.abs)*8)
	i := x.abs.bytes(buf) - 1
	b := intGobVersion << 1
	if x.neg {
		b |= 1
	}
	buf[i] = b
	return buf[i:], nil
}

func (z *Int) GobDecode(buf []byte) error {
	if len(buf) == 0 {
		*z = Int{}
		return nil
	}
	b := buf[0]
	if b>>1 != intGobVersion {
		return fmt.Errorf("Int.GobDecode: encoding version %d not supported", b>>1)
	}
	z.SetBytes(buf[1:])
	z.neg = b&1 != 0
	return nil
}

func (z *Int) Rand(rnd *rand.Rand, n *Int) *Int {
	if n.neg || len(n.abs) == 0 {
		z.neg = false
		z.abs = nil
		return z
	}
	limit := n.abs
	bits := limit.bitLen()
	w := make(nat, len(limit))
	msw := uint(bits % 64)
	if msw == 0 {
		msw = 64
	}
	mask := Word((uint64(1) << msw) - 1)
	if msw == 64 {
		mask = ^Word(0)
	}
	for {
		for i := range w {
			w[i] = Word(rnd.Uint32()) | Word(rnd.Uint32())<<32
		}
		w[len(limit)-1] &= mask
		if w.cmp(limit) < 0 {
			break
		}
	}
	z.neg = false
	z.abs = w.norm()
	return z
}

// ---- rounding modes, Int.Divide, Rat gob ----

type RoundingMode byte

const (
	ToNearestEven RoundingMode = iota
	ToNearestAway
	ToZero
	AwayFromZero
	ToNegativeInf
	ToPositiveInf
)

func (i RoundingMode) String() string {
	names := [...]string{"ToNearestEven", "ToNearestAway", "ToZero", "AwayFromZero", "ToNegativeInf", "ToPositiveInf"}
	if int(i) >= len(names) {
		return "RoundingMode(" + itoa(int64(i)) + ")"
	}
	return names[i]
}

const (
	Trunc = ToZero
	Floor = ToNegativeInf
	Round = ToNearestEven
	Ceil  = ToPositiveInf
)

func (z *Int) Divide(x, y, r *Int, mode RoundingMode) (*Int, *Int) {
	divisor(y)
	yAbs := y.abs
	neg := x.neg != y.neg
	_, qAbs, _, rAbs := quoRem(false, false, x.abs, false, y.abs)
	rNeg := false
	adjust := func() {
		_, qAbs = arith(0, false, qAbs, false, natOne)
		_, rAbs = arith(1, false, yAbs, false, rAbs)
	}
	if len(rAbs) > 0 {
		switch mode {
		case Trunc:
			rNeg = x.neg
		case Floor:
			rNeg = y.neg
			if neg {
				adjust()
			}
		case Ceil:
			rNeg = !y.neg
			if !neg {
				adjust()
			}
		case Round:
			_, r2 := arith(0, false, rAbs, false, rAbs)
			c := r2.cmp(yAbs)
			if c == 0 && (len(qAbs) == 0 || qAbs[0]&1 == 0) {
				rNeg = x.neg
			} else if c < 0 {
				rNeg = x.neg
			} else {
				rNeg = !x.neg
				adjust()
			}
		default:
			panic("unsupported rounding mode")
		}
	}
	if z != nil {
		z.abs = qAbs
		z.neg = neg && len(qAbs) > 0
	}
	if r != nil {
		r.abs = rAbs
		r.neg = rNeg
	}
	return z, r
}

const ratGobVersion byte = 1

func (x *Rat) GobEncode() ([]byte, error) {
	if x == nil {
		return nil, nil
	}
	buf := make([]byte, 1+4+(len(x.a.abs)+len(x.b.abs))*8)
	i := x.b.abs.bytes(buf)
	j := x.a.abs.bytes(buf[:i])
	n := i - j
	if int(uint32(n)) != n {
		return nil, errors.New("Rat.GobEncode: numerator too large")
	}
	buf[j-4], buf[j-3], buf[j-2], buf[j-1] = byte(n>>24), byte(n>>16), byte(n>>8), byte(n)
	j -= 1 + 4
	b := ratGobVersion << 1
	if x.a.neg {
		b |= 1
	}
	buf[j] = b
	return buf[j:], nil
}

func (z *Rat) GobDecode(buf []byte) error {
	if len(buf) == 0 {
		*z = Rat{}
		return nil
	}
	if len(buf) < 5 {
		return errors.New("Rat.GobDecode: buffer too small")
	}
	b := buf[0]
	if b>>1 != ratGobVersion {
		return fmt.Errorf("Rat.GobDecode: encoding version %d not supported", b>>1)
	}
	const j = 1 + 4
	ln := uint32(buf[1])<<24 | uint32(buf[2])<<16 | uint32(buf[3])<<8 | uint32(buf[4])
	if uint64(ln) > math.MaxInt-j {
		return errors.New("Rat.GobDecode: invalid length")
	}
	i := j + int(ln)
	if len(buf) < i {
		return errors.New("Rat.GobDecode: buffer too small")
	}
	var a, d Int
	a.SetBytes(buf[j:i])
	d.SetBytes(buf[i:])
	z.a.neg = b&1 != 0
	z.a.abs = a.abs
	z.b.abs = d.abs
	return nil
}
