package base64

// Base64 encodings (RFC 4648), in Go.

import (
	"io"
	"strconv"
)

type Encoding struct {
	alphabet string
	decode   [256]byte // 0xff: not in the alphabet
	padChar  rune
	strict   bool
}

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

const stdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

var StdEncoding = NewEncoding(stdAlphabet)
var URLEncoding = NewEncoding(urlAlphabet)
var RawStdEncoding = StdEncoding.WithPadding(NoPadding)
var RawURLEncoding = URLEncoding.WithPadding(NoPadding)

// NewEncoding returns a padded encoding with the 64-byte alphabet encoder.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := &Encoding{alphabet: encoder, padChar: StdPadding}
	for i := range e.decode {
		e.decode[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		c := encoder[i]
		if c == '\n' || c == '\r' {
			panic("encoding alphabet contains newline character")
		}
		if e.decode[c] != 0xff {
			panic("encoding alphabet includes duplicate symbols")
		}
		e.decode[c] = byte(i)
	}
	return e
}

// WithPadding returns a copy of enc padding with padding (or NoPadding).
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	if padding != NoPadding && enc.decode[byte(padding)] != 0xff {
		panic("padding contained in alphabet")
	}
	enc.padChar = padding
	return &enc
}

// Strict returns a copy of enc that rejects encodings whose unused trailing bits are not zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/4*3 + n%4*6/8
	}
	return n / 4 * 3
}

func (enc *Encoding) Encode(dst, src []byte) {
	if len(src) == 0 {
		return
	}
	a := enc.alphabet
	j := 0
	full := len(src) / 3 * 3
	for i := 0; i < full; i += 3 {
		v := uint(src[i])<<16 | uint(src[i+1])<<8 | uint(src[i+2])
		dst[j+3] = a[v&63]
		dst[j+2] = a[v>>6&63]
		dst[j+1] = a[v>>12&63]
		dst[j] = a[v>>18&63]
		j += 4
	}
	rest := len(src) - full
	if rest == 0 {
		return
	}
	v := uint(src[full]) << 16
	if rest == 2 {
		v |= uint(src[full+1]) << 8
	}
	dst[j] = a[v>>18&63]
	dst[j+1] = a[v>>12&63]
	if rest == 2 {
		dst[j+2] = a[v>>6&63]
		if enc.padChar != NoPadding {
			dst[j+3] = byte(enc.padChar)
		}
	} else if enc.padChar != NoPadding {
		dst[j+2] = byte(enc.padChar)
		dst[j+3] = byte(enc.padChar)
	}
}

func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return append(dst, buf...)
}

func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func isNewline(c byte) bool { return c == '\n' || c == '\r' }

// quantum decodes the group of up to four symbols starting at src[si] (newlines skipped) into dst.
// It returns where the next group starts, how many bytes it wrote, and any error.
func (enc *Encoding) quantum(dst, src []byte, si int) (int, int, error) {
	var sym [4]byte
	got := 4
	var err error
	for j := 0; j < 4; j++ {
		if si == len(src) {
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			got = j
			break
		}
		c := src[si]
		si++
		if d := enc.decode[c]; d != 0xff {
			sym[j] = d
			continue
		}
		if isNewline(c) {
			j--
			continue
		}
		if rune(c) != enc.padChar || j < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		// Padding: two pad characters after two symbols, one after three.
		if j == 2 {
			for si < len(src) && isNewline(src[si]) {
				si++
			}
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		for si < len(src) && isNewline(src[si]) {
			si++
		}
		if si < len(src) {
			err = CorruptInputError(si)
		}
		got = j
		break
	}
	v := uint(sym[0])<<18 | uint(sym[1])<<12 | uint(sym[2])<<6 | uint(sym[3])
	b0, b1, b2 := byte(v>>16), byte(v>>8), byte(v)
	switch got {
	case 4:
		dst[2], dst[1], dst[0] = b2, b1, b0
	case 3:
		dst[1], dst[0] = b1, b0
		if enc.strict && b2 != 0 {
			return si, 0, CorruptInputError(si - 1)
		}
	case 2:
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return si, 0, CorruptInputError(si - 2)
		}
	}
	return si, got - 1, err
}

// Decode decodes src into dst, returning the bytes written; newlines in src are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	si := 0
	dec := &enc.decode
	// Fast path: whole groups of four symbols of the alphabet.
	for si+4 <= len(src) && n+3 <= len(dst) {
		a, b, c, d := dec[src[si]], dec[src[si+1]], dec[src[si+2]], dec[src[si+3]]
		if a|b|c|d >= 64 {
			break
		}
		v := uint(a)<<18 | uint(b)<<12 | uint(c)<<6 | uint(d)
		dst[n], dst[n+1], dst[n+2] = byte(v>>16), byte(v>>8), byte(v)
		n += 3
		si += 4
	}
	for si < len(src) {
		var k int
		si, k, err = enc.quantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(src))+3)
	n, err := enc.Decode(buf, src)
	return append(dst, buf[:n]...), err
}

func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(buf, []byte(s))
	return buf[:n], err
}

type encoder struct {
	enc    *Encoding
	w      io.Writer
	err    error
	buf    [3]byte
	nbuf   int
	closed bool
}

// NewEncoder returns a WriteCloser encoding what is written to it onto w; Close flushes the last,
// partial group.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser { return &encoder{enc: enc, w: w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nbuf > 0 {
		for len(p) > 0 && e.nbuf < 3 {
			e.buf[e.nbuf] = p[0]
			e.nbuf++
			p = p[1:]
			n++
		}
		if e.nbuf < 3 {
			return n, nil
		}
		out := make([]byte, 4)
		e.enc.Encode(out, e.buf[:])
		if _, e.err = e.w.Write(out); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	full := len(p) / 3 * 3
	if full > 0 {
		out := make([]byte, full/3*4)
		e.enc.Encode(out, p[:full])
		if _, e.err = e.w.Write(out); e.err != nil {
			return n, e.err
		}
		n += full
		p = p[full:]
	}
	e.nbuf = copy(e.buf[:], p)
	n += e.nbuf
	return n, nil
}

func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		out := make([]byte, e.enc.EncodedLen(e.nbuf))
		e.enc.Encode(out, e.buf[:e.nbuf])
		_, e.err = e.w.Write(out)
		e.nbuf = 0
	}
	return e.err
}

type decoder struct {
	enc  *Encoding
	r    io.Reader
	out  []byte
	err  error
	done bool
}

// NewDecoder returns a Reader decoding the base64 read from r (read whole, then decoded; an error
// comes after the bytes decoded before it).
func NewDecoder(enc *Encoding, r io.Reader) io.Reader { return &decoder{enc: enc, r: r} }

func (d *decoder) Read(p []byte) (int, error) {
	if !d.done {
		d.done = true
		src, err := io.ReadAll(d.r)
		buf := make([]byte, d.enc.DecodedLen(len(src))+3)
		n, derr := d.enc.Decode(buf, src)
		d.out = buf[:n]
		if derr != nil {
			d.err = derr
		} else if err != nil {
			d.err = err
		} else {
			d.err = io.EOF
		}
	}
	if len(d.out) == 0 {
		if len(p) == 0 {
			return 0, nil
		}
		return 0, d.err
	}
	n := copy(p, d.out)
	d.out = d.out[n:]
	return n, nil
}
