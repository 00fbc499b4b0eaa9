package fmt

// Scanning, written in Go. The loader reads this part of fmt only for a program that names one of
// its declarations (stdlib::lazy_part), so printing alone does not load os and its imports.

import (
	"errors"
	"io"
	"os"
	"strconv"
	"unicode/utf8"
)

type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// ---- scanning (written in Go) ----

type scanError struct{ err error }

const scanEOF = -1

// runeSource reads runes from a string or, one byte at a time, from a plain io.Reader.
type runeSource struct {
	str    string
	pos    int
	r      io.Reader
	peek   rune
	peeked bool
	last   rune
	lsize  int
}

func (rs *runeSource) ReadRune() (rune, int, error) {
	if rs.peeked {
		rs.peeked = false
		return rs.peek, utf8.RuneLen(rs.peek), nil
	}
	if rs.r == nil {
		if rs.pos >= len(rs.str) {
			return 0, 0, io.EOF
		}
		c, n := utf8.DecodeRuneInString(rs.str[rs.pos:])
		rs.pos += n
		rs.last = c
		return c, n, nil
	}
	var buf [utf8.UTFMax]byte
	n := 0
	for n < utf8.UTFMax {
		k, err := rs.r.Read(buf[n : n+1])
		if k == 0 {
			if n > 0 {
				break
			}
			if err == nil {
				err = io.EOF
			}
			return 0, 0, err
		}
		n++
		if utf8.FullRune(buf[:n]) {
			break
		}
	}
	c, size := utf8.DecodeRune(buf[:n])
	rs.last = c
	return c, size, nil
}

func (rs *runeSource) UnreadRune() error {
	if rs.r == nil {
		if rs.pos > 0 {
			_, n := utf8.DecodeLastRuneInString(rs.str[:rs.pos])
			rs.pos -= n
		}
		return nil
	}
	rs.peek = rs.last
	rs.peeked = true
	return nil
}

// scanner is the ScanState of one Scan call.
type scanner struct {
	rs        io.RuneScanner
	nlIsSpace bool
	nlIsEnd   bool
	atEOF     bool
	count     int
	limit     int
	wid       int
	widOK     bool
	buf       []byte
}

const hugeWidth = 1 << 30

func newScanner(r io.Reader, str string, nlIsSpace, nlIsEnd bool) *scanner {
	s := &scanner{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, limit: hugeWidth}
	if r == nil {
		s.rs = &runeSource{str: str}
	} else if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &runeSource{r: r}
	}
	return s
}

func (s *scanner) fail(msg string) { panic(scanError{errors.New(msg)}) }
func (s *scanner) failErr(err error) { panic(scanError{err}) }

func (s *scanner) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.limit {
		return 0, 0, io.EOF
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *scanner) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *scanner) Width() (int, bool) { return s.wid, s.widOK }

func (s *scanner) Read(buf []byte) (int, error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *scanner) next() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return scanEOF
		}
		s.failErr(err)
	}
	return r
}

func (s *scanner) mustNext() rune {
	r := s.next()
	if r == scanEOF {
		s.failErr(io.ErrUnexpectedEOF)
	}
	return r
}

func isScanSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

func (s *scanner) SkipSpace() {
	for {
		r := s.next()
		if r == scanEOF {
			return
		}
		if r == '\r' && s.peekIs("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.fail("unexpected newline")
		}
		if !isScanSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

func (s *scanner) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else {
				panic(e)
			}
		}
	}()
	if f == nil {
		f = func(r rune) bool { return !isScanSpace(r) }
	}
	s.buf = s.buf[:0]
	return s.token(skipSpace, f), nil
}

func (s *scanner) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.next()
		if r == scanEOF {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

func inSet(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

func (s *scanner) peekIs(set string) bool {
	r := s.next()
	if r != scanEOF {
		s.UnreadRune()
	}
	return inSet(set, r)
}

// take consumes the next rune (keeping it in buf) when it is in set.
func (s *scanner) take(set string) bool {
	r := s.next()
	if r == scanEOF {
		return false
	}
	if inSet(set, r) {
		s.buf = utf8.AppendRune(s.buf, r)
		return true
	}
	s.UnreadRune()
	return false
}

func (s *scanner) skipIf(set string) bool {
	r := s.next()
	if r == scanEOF {
		return false
	}
	if inSet(set, r) {
		return true
	}
	s.UnreadRune()
	return false
}

func (s *scanner) notEOF() {
	r := s.next()
	if r == scanEOF {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func (s *scanner) verbOK(verb rune, okVerbs, typ string) {
	if !inSet(okVerbs, verb) {
		s.fail("bad verb '%" + string(verb) + "' for " + typ)
	}
}

const (
	decDigits = "0123456789"
	hexDigits = "0123456789aAbBcCdDeEfF"
)

func (s *scanner) scanRune(bits int) int64 {
	r := s.mustNext()
	x := int64(r)
	if bits < 64 && (x<<(64-bits))>>(64-bits) != x {
		s.fail("overflow on character value " + string(r))
	}
	return x
}

func (s *scanner) base(verb rune, typ string) (int, string) {
	s.verbOK(verb, "bdoUxXv", typ)
	switch verb {
	case 'b':
		return 2, "01"
	case 'o':
		return 8, "01234567"
	case 'x', 'X', 'U':
		return 16, hexDigits
	}
	return 10, decDigits
}

// prefix scans an optional 0b/0o/0x prefix for %v; base 0 lets strconv read it.
func (s *scanner) prefix() (int, string, bool) {
	if !s.peekIs("0") {
		return 0, decDigits + "_", false
	}
	s.take("0")
	switch {
	case s.peekIs("bB"):
		s.take("bB")
		return 0, "01_", true
	case s.peekIs("oO"):
		s.take("oO")
		return 0, "01234567_", true
	case s.peekIs("xX"):
		s.take("xX")
		return 0, hexDigits + "_", true
	}
	return 0, "01234567_", true
}

func (s *scanner) digits(set string, have bool) string {
	for s.take(set) {
		have = true
	}
	if !have {
		s.fail("expected integer")
	}
	return string(s.buf)
}

func (s *scanner) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return s.scanRune(bits)
	}
	s.SkipSpace()
	s.notEOF()
	base, set := s.base(verb, "integer")
	s.buf = s.buf[:0]
	have := false
	if verb == 'U' {
		if !s.skipIf("U") || !s.skipIf("+") {
			s.fail("bad unicode format ")
		}
	} else {
		s.take("+-")
		if verb == 'v' {
			base, set, have = s.prefix()
		}
	}
	tok := s.digits(set, have)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.failErr(err)
	}
	if bits < 64 && (i<<(64-bits))>>(64-bits) != i {
		s.fail("integer overflow on token " + tok)
	}
	return i
}

func (s *scanner) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bits))
	}
	s.SkipSpace()
	s.notEOF()
	base, set := s.base(verb, "unsigned integer")
	s.buf = s.buf[:0]
	have := false
	if verb == 'U' {
		if !s.skipIf("U") || !s.skipIf("+") {
			s.fail("bad unicode format ")
		}
	} else if verb == 'v' {
		base, set, have = s.prefix()
	}
	tok := s.digits(set, have)
	u, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.failErr(err)
	}
	if bits < 64 && (u<<(64-bits))>>(64-bits) != u {
		s.fail("unsigned integer overflow on token " + tok)
	}
	return u
}

func (s *scanner) scanFloat(verb rune, bits int) float64 {
	typ := "float64"
	if bits == 32 {
		typ = "float32"
	}
	s.verbOK(verb, "beEfFgGv", typ)
	s.SkipSpace()
	s.notEOF()
	s.buf = s.buf[:0]
	if s.take("nN") && s.take("aA") && s.take("nN") {
		return s.parseFloat(bits)
	}
	s.take("+-")
	if s.take("iI") && s.take("nN") && s.take("fF") {
		return s.parseFloat(bits)
	}
	set, exp := decDigits+"_", "eEpP"
	if s.take("0") && s.take("xX") {
		set, exp = hexDigits+"_", "pP"
	}
	for s.take(set) {
	}
	if s.take(".") {
		for s.take(set) {
		}
	}
	if s.take(exp) {
		s.take("+-")
		for s.take(decDigits + "_") {
		}
	}
	return s.parseFloat(bits)
}

func (s *scanner) parseFloat(bits int) float64 {
	f, err := strconv.ParseFloat(string(s.buf), bits)
	if err != nil {
		s.failErr(err)
	}
	return f
}

func (s *scanner) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	s.verbOK(verb, "tv", "boolean")
	bad := func() { s.fail("syntax error scanning boolean") }
	switch s.next() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.skipIf("rR") && (!s.skipIf("uU") || !s.skipIf("eE")) {
			bad()
		}
		return true
	case 'f', 'F':
		if s.skipIf("aA") && (!s.skipIf("lL") || !s.skipIf("sS") || !s.skipIf("eE")) {
			bad()
		}
		return false
	}
	return false
}

func hexVal(r rune) (byte, bool) {
	switch {
	case r >= '0' && r <= '9':
		return byte(r - '0'), true
	case r >= 'a' && r <= 'f':
		return byte(r-'a') + 10, true
	case r >= 'A' && r <= 'F':
		return byte(r-'A') + 10, true
	}
	return 0, false
}

func (s *scanner) scanString(verb rune) string {
	s.verbOK(verb, "svqxX", "string")
	s.SkipSpace()
	s.notEOF()
	s.buf = s.buf[:0]
	switch verb {
	case 'q':
		switch q := s.mustNext(); q {
		case '`':
			for {
				r := s.mustNext()
				if r == '`' {
					break
				}
				s.buf = utf8.AppendRune(s.buf, r)
			}
			return string(s.buf)
		case '"':
			s.buf = append(s.buf, '"')
			for {
				r := s.mustNext()
				s.buf = utf8.AppendRune(s.buf, r)
				if r == '\\' {
					s.buf = utf8.AppendRune(s.buf, s.mustNext())
				} else if r == '"' {
					break
				}
			}
			str, err := strconv.Unquote(string(s.buf))
			if err != nil {
				s.failErr(err)
			}
			return str
		}
		s.fail("expected quoted string")
	case 'x', 'X':
		for {
			r := s.next()
			if r == scanEOF {
				break
			}
			hi, ok := hexVal(r)
			if !ok {
				s.UnreadRune()
				break
			}
			lo, ok := hexVal(s.mustNext())
			if !ok {
				s.fail("illegal hex digit")
			}
			s.buf = append(s.buf, hi<<4|lo)
		}
		if len(s.buf) == 0 {
			s.fail("no hex data for %x string")
		}
		return string(s.buf)
	}
	return string(s.token(true, func(r rune) bool { return !isScanSpace(r) }))
}

func (s *scanner) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if sc, ok := arg.(Scanner); ok {
		if err := sc.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.failErr(err)
		}
		return
	}
	switch p := arg.(type) {
	case *bool:
		*p = s.scanBool(verb)
	case *int:
		*p = int(s.scanInt(verb, 64))
	case *int8:
		*p = int8(s.scanInt(verb, 8))
	case *int16:
		*p = int16(s.scanInt(verb, 16))
	case *int32:
		*p = int32(s.scanInt(verb, 32))
	case *int64:
		*p = s.scanInt(verb, 64)
	case *uint:
		*p = uint(s.scanUint(verb, 64))
	case *uint8:
		*p = uint8(s.scanUint(verb, 8))
	case *uint16:
		*p = uint16(s.scanUint(verb, 16))
	case *uint32:
		*p = uint32(s.scanUint(verb, 32))
	case *uint64:
		*p = s.scanUint(verb, 64)
	case *uintptr:
		*p = uintptr(s.scanUint(verb, 64))
	case *float32:
		*p = float32(s.scanFloat(verb, 32))
	case *float64:
		*p = s.scanFloat(verb, 64)
	case *string:
		*p = s.scanString(verb)
	case *[]byte:
		*p = []byte(s.scanString(verb))
	default:
		t := Sprintf("%T", arg)
		if len(t) == 0 || t[0] != '*' {
			s.fail("type not a pointer: " + t)
		}
		s.fail("can't scan type: " + t)
	}
}

func scanRecover(err *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*err = se.err
		} else if ee, ok := e.(error); ok && ee == io.EOF {
			*err = ee
		} else {
			panic(e)
		}
	}
}

func (s *scanner) doScan(a []any) (n int, err error) {
	defer scanRecover(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if s.nlIsEnd {
		for {
			r := s.next()
			if r == '\n' || r == scanEOF {
				break
			}
			if !isScanSpace(r) {
				s.fail("expected newline")
			}
		}
	}
	return
}

// matchSpace handles a run of spaces and newlines in a Scanf format.
func (s *scanner) matchSpace(run string) {
	newlines, trailing := 0, false
	for _, c := range run {
		if c == '\n' {
			newlines++
			trailing = false
		} else {
			trailing = true
		}
	}
	for ; newlines > 0; newlines-- {
		r := s.next()
		for isScanSpace(r) && r != '\n' {
			r = s.next()
		}
		if r != '\n' && r != scanEOF {
			s.fail("newline in format does not match input")
		}
	}
	if !trailing {
		return
	}
	r := s.next()
	if !strings_hasNewline(run) {
		if !isScanSpace(r) && r != scanEOF {
			s.fail("expected space in input to match format")
		}
		if r == '\n' {
			s.fail("newline in input does not match format")
		}
	}
	for isScanSpace(r) && r != '\n' {
		r = s.next()
	}
	if r != scanEOF {
		s.UnreadRune()
	}
}

func strings_hasNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
	}
	return false
}

// literal matches format text up to the next verb: the bytes consumed of format, or -1 on a mismatch.
func (s *scanner) literal(format string) int {
	i := 0
	for i < len(format) {
		c, w := utf8.DecodeRuneInString(format[i:])
		if isScanSpace(c) {
			j := i
			for j < len(format) {
				c2, w2 := utf8.DecodeRuneInString(format[j:])
				if !isScanSpace(c2) {
					break
				}
				j += w2
			}
			s.matchSpace(format[i:j])
			i = j
			continue
		}
		if c == '%' {
			if i+w == len(format) {
				s.fail("missing verb: % at end of format string")
			}
			if format[i+w] != '%' {
				return i
			}
			i += w
		}
		r := s.mustNext()
		if r != c {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return i
}

func (s *scanner) doScanf(format string, a []any) (n int, err error) {
	defer scanRecover(&err)
	for i := 0; i < len(format); {
		w := s.literal(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.fail("input does not match format")
			}
			break
		}
		i++
		j := i
		for j < len(format) && format[j] >= '0' && format[j] <= '9' {
			j++
		}
		s.wid, s.widOK = hugeWidth, false
		if j > i {
			s.wid, _ = strconv.Atoi(format[i:j])
			s.widOK = true
		}
		i = j
		c, cw := utf8.DecodeRuneInString(format[i:])
		i += cw
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.skipIf("%") {
				s.fail("missing literal %")
			}
			continue
		}
		s.limit = hugeWidth
		if s.widOK {
			s.limit = s.count + s.wid
		}
		if n >= len(a) {
			s.fail("too few operands for format '%" + format[i-cw:] + "'")
		}
		s.scanOne(c, a[n])
		n++
		s.limit = hugeWidth
	}
	if n < len(a) {
		s.fail("too many operands")
	}
	return
}

func Scan(a ...any) (n int, err error)            { return Fscan(os.Stdin, a...) }
func Scanln(a ...any) (n int, err error)          { return Fscanln(os.Stdin, a...) }
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

func Sscan(str string, a ...any) (n int, err error) {
	return newScanner(nil, str, true, false).doScan(a)
}
func Sscanln(str string, a ...any) (n int, err error) {
	return newScanner(nil, str, false, true).doScan(a)
}
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return newScanner(nil, str, false, false).doScanf(format, a)
}
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, "", true, false).doScan(a)
}
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, "", false, true).doScan(a)
}
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanner(r, "", false, false).doScanf(format, a)
}
