package sha256

// SHA-224 and SHA-256: buffering and padding in Go, the compression function native (block).

import (
	"hash"
)

const (
	Size      = 32
	Size224   = 28
	BlockSize = 64
)

var init256 = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
var init224 = [8]uint32{0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4}

// block runs the compression function over the whole 64-byte blocks of p.
func block(h []uint32, p []byte)

type digest struct {
	h     [8]uint32
	x     [BlockSize]byte
	nx    int
	len   uint64
	is224 bool
}

func (d *digest) Reset() {
	if d.is224 {
		d.h = init224
	} else {
		d.h = init256
	}
	d.nx = 0
	d.len = 0
}

func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func New224() hash.Hash {
	d := &digest{is224: true}
	d.Reset()
	return d
}

func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (int, error) {
	n := len(p)
	d.len += uint64(n)
	if d.nx > 0 {
		k := copy(d.x[d.nx:], p)
		d.nx += k
		if d.nx == BlockSize {
			block(d.h[:], d.x[:])
			d.nx = 0
		}
		p = p[k:]
	}
	if len(p) >= BlockSize {
		k := len(p) &^ (BlockSize - 1)
		block(d.h[:], p[:k])
		p = p[k:]
	}
	if len(p) > 0 {
		d.nx = copy(d.x[:], p)
	}
	return n, nil
}

// sum finishes a copy of the state and returns the full 32-byte result.
func (d *digest) sum() [Size]byte {
	h := d.h
	var tail [2 * BlockSize]byte
	k := copy(tail[:], d.x[:d.nx])
	tail[k] = 0x80
	end := BlockSize
	if k >= 56 {
		end = 2 * BlockSize
	}
	bits := d.len << 3
	for i := 0; i < 8; i++ {
		tail[end-1-i] = byte(bits >> (8 * i))
	}
	block(h[:], tail[:end])
	var out [Size]byte
	for i, v := range h {
		out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
	}
	return out
}

func (d *digest) Sum(in []byte) []byte {
	s := d.sum()
	return append(in, s[:d.Size()]...)
}

func Sum256(data []byte) [Size]byte {
	d := digest{h: init256}
	d.Write(data)
	return d.sum()
}

func Sum224(data []byte) [Size224]byte {
	d := digest{h: init224, is224: true}
	d.Write(data)
	s := d.sum()
	var out [Size224]byte
	copy(out[:], s[:Size224])
	return out
}
