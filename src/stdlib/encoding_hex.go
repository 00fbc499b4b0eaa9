package hex

// Hexadecimal encoding, in Go.

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const digits = "0123456789abcdef"

var ErrLength = errors.New("encoding/hex: odd length hex string")

type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

func EncodedLen(n int) int { return n * 2 }

func DecodedLen(x int) int { return x / 2 }

func Encode(dst, src []byte) int {
	j := 0
	for _, v := range src {
		dst[j] = digits[v>>4]
		dst[j+1] = digits[v&0x0f]
		j += 2
	}
	return len(src) * 2
}

func AppendEncode(dst, src []byte) []byte {
	for _, v := range src {
		dst = append(dst, digits[v>>4], digits[v&0x0f])
	}
	return dst
}

// values maps a byte to its value as a hex digit, or 0xff.
var values = makeValues()

func makeValues() [256]byte {
	var t [256]byte
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < 10; i++ {
		t['0'+i] = byte(i)
	}
	for i := 0; i < 6; i++ {
		t['a'+i] = byte(10 + i)
		t['A'+i] = byte(10 + i)
	}
	return t
}

func value(c byte) byte { return values[c] }

// Decode decodes pairs of digits; a bad digit is reported before an odd length.
func Decode(dst, src []byte) (int, error) {
	n := 0
	for i := 0; i+1 < len(src); i += 2 {
		hi, lo := values[src[i]], values[src[i+1]]
		if hi == 0xff {
			return n, InvalidByteError(src[i])
		}
		if lo == 0xff {
			return n, InvalidByteError(src[i+1])
		}
		dst[n] = hi<<4 | lo
		n++
	}
	if len(src)%2 == 1 {
		if last := src[len(src)-1]; value(last) == 0xff {
			return n, InvalidByteError(last)
		}
		return n, ErrLength
	}
	return n, nil
}

func AppendDecode(dst, src []byte) ([]byte, error) {
	buf := make([]byte, len(src)/2)
	n, err := Decode(buf, src)
	return append(dst, buf[:n]...), err
}

func EncodeToString(src []byte) string {
	dst := make([]byte, len(src)*2)
	Encode(dst, src)
	return string(dst)
}

func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump returns the hex dump of data that Dumper writes.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var sb strings.Builder
	d := Dumper(&sb)
	d.Write(data)
	d.Close()
	return sb.String()
}

type dumper struct {
	w      io.Writer
	right  [18]byte
	used   int
	n      uint
	closed bool
}

// Dumper returns a WriteCloser writing a hex dump of everything written to it to w: lines of 16
// bytes as "offset  xx xx … xx  xx … xx  |text|"; Close writes the last partial line.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

func printable(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	var buf [14]byte
	for _, b := range data {
		if h.used == 0 {
			off := h.n
			for k := 7; k >= 0; k-- {
				buf[k] = digits[off&0x0f]
				off >>= 4
			}
			buf[8], buf[9] = ' ', ' '
			if _, err = h.w.Write(buf[:10]); err != nil {
				return
			}
		}
		buf[0], buf[1], buf[2] = digits[b>>4], digits[b&0x0f], ' '
		l := 3
		if h.used == 7 {
			buf[3] = ' '
			l = 4
		} else if h.used == 15 {
			buf[3], buf[4] = ' ', '|'
			l = 5
		}
		if _, err = h.w.Write(buf[:l]); err != nil {
			return
		}
		n++
		h.right[h.used] = printable(b)
		h.used++
		h.n++
		if h.used == 16 {
			h.right[16], h.right[17] = '|', '\n'
			if _, err = h.w.Write(h.right[:]); err != nil {
				return
			}
			h.used = 0
		}
	}
	return
}

func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.used == 0 {
		return
	}
	used := h.used
	pad := []byte("     ")
	for k := used; k < 16; k++ {
		l := 3
		if k == 7 {
			l = 4
		} else if k == 15 {
			pad[4] = '|'
			l = 5
		}
		if _, err = h.w.Write(pad[:l]); err != nil {
			return
		}
	}
	h.right[used], h.right[used+1] = '|', '\n'
	_, err = h.w.Write(h.right[:used+2])
	return
}

type encoder struct {
	w   io.Writer
	err error
}

func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		chunk := p
		if len(chunk) > 512 {
			chunk = chunk[:512]
		}
		var written int
		written, e.err = e.w.Write([]byte(EncodeToString(chunk)))
		n += written / 2
		p = p[len(chunk):]
	}
	return n, e.err
}

type decoder struct {
	r   io.Reader
	err error
	in  []byte
	buf [1024]byte
}

func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

func (d *decoder) Read(p []byte) (n int, err error) {
	// Keep at least two digits in d.in unless the input ended.
	for len(d.in) < 2 && d.err == nil {
		var k int
		numCopy := copy(d.buf[:], d.in)
		k, d.err = d.r.Read(d.buf[numCopy:])
		d.in = d.buf[:numCopy+k]
		if d.err == io.EOF && len(d.in)%2 != 0 {
			if a := value(d.in[len(d.in)-1]); a > 0x0f {
				d.err = InvalidByteError(d.in[len(d.in)-1])
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if numAvail := len(d.in) / 2; len(p) > numAvail {
		p = p[:numAvail]
	}
	numDec, err := Decode(p, d.in[:len(p)*2])
	d.in = d.in[2*numDec:]
	if err != nil {
		d.in, d.err = nil, err
	}
	if len(d.in) < 2 {
		return numDec, d.err
	}
	return numDec, err
}
