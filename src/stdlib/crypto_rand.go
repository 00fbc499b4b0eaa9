package rand

// crypto/rand in Go around one native, fill, that reads getrandom(2).

import (
	"errors"
	"io"
	"math/big"
)

// fill fills b with random bytes; the errno on failure, else 0.
func fill(b []byte) int

type reader struct{}

func (r *reader) Read(b []byte) (n int, err error) {
	fillOrDie(b)
	return len(b), nil
}

func fillOrDie(b []byte) {
	if e := fill(b); e != 0 {
		panic("crypto/rand: failed to read random data (see https://go.dev/issue/66821): errno " + itoa(e))
	}
}

func itoa(v int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + v%10)}, b...)
		v /= 10
		if v == 0 {
			return string(b)
		}
	}
}

var defaultReader = &reader{}

// Reader is a global, shared instance of a cryptographically secure random number generator.
var Reader io.Reader = defaultReader

// Read fills b with cryptographically secure random bytes. It never returns an error.
func Read(b []byte) (n int, err error) {
	if r, ok := Reader.(*reader); ok && r == defaultReader {
		fillOrDie(b)
	} else {
		bb := make([]byte, len(b))
		_, err = io.ReadFull(Reader, bb)
		copy(b, bb)
	}
	if err != nil {
		panic("crypto/rand: failed to read random data (see https://go.dev/issue/66821): " + err.Error())
	}
	return len(b), nil
}

const base32alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

// Text returns a cryptographically random string of 26 characters of the standard base32 alphabet.
func Text() string {
	src := make([]byte, 26)
	Read(src)
	for i := range src {
		src[i] = base32alphabet[src[i]%32]
	}
	return string(src)
}

// Int returns a uniform random value in [0, max). It panics if max <= 0.
func Int(rand io.Reader, max *big.Int) (n *big.Int, err error) {
	if max.Sign() <= 0 {
		panic("crypto/rand: argument to Int is <= 0")
	}
	n = new(big.Int)
	n.Sub(max, n.SetUint64(1))
	bitLen := n.BitLen()
	if bitLen == 0 {
		return
	}
	k := (bitLen + 7) / 8
	b := uint(bitLen % 8)
	if b == 0 {
		b = 8
	}
	bytes := make([]byte, k)
	for {
		_, err = io.ReadFull(rand, bytes)
		if err != nil {
			return nil, err
		}
		bytes[0] &= uint8(int(1<<b) - 1)
		n.SetBytes(bytes)
		if n.Cmp(max) < 0 {
			return
		}
	}
}

// Prime returns a number of the given bit length that is prime with high probability. As in
// Go 1.26 on (without GODEBUG=cryptocustomrand=1), the reader is ignored: the default one is used.
func Prime(rand io.Reader, bits int) (*big.Int, error) {
	if bits < 2 {
		return nil, errors.New("crypto/rand: prime size must be at least 2-bit")
	}
	rand = defaultReader
	b := uint(bits % 8)
	if b == 0 {
		b = 8
	}
	bytes := make([]byte, (bits+7)/8)
	p := new(big.Int)
	for {
		if _, err := io.ReadFull(rand, bytes); err != nil {
			return nil, err
		}
		bytes[0] &= uint8(int(1<<b) - 1)
		if b >= 2 {
			bytes[0] |= 3 << (b - 2)
		} else {
			bytes[0] |= 1
			if len(bytes) > 1 {
				bytes[1] |= 0x80
			}
		}
		bytes[len(bytes)-1] |= 1
		p.SetBytes(bytes)
		if p.ProbablyPrime(20) {
			return p, nil
		}
	}
}
