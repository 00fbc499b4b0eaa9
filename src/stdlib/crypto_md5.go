package md5

// MD5: buffering and padding in Go, the compression function native (block).

import (
	"hash"
)

const (
	Size      = 16
	BlockSize = 64
)

var initH = [4]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}

// block runs the compression function over the whole 64-byte blocks of p.
func block(h []uint32, p []byte)

type digest struct {
	h   [4]uint32
	x   [BlockSize]byte
	nx  int
	len uint64
}

func (d *digest) Reset() {
	d.h = initH
	d.nx = 0
	d.len = 0
}

func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Size() int { return Size }

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

// sum finishes a copy of the state: MD5 appends the length and reads the state little-endian.
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
		tail[end-8+i] = byte(bits >> (8 * i))
	}
	block(h[:], tail[:end])
	var out [Size]byte
	for i, v := range h {
		out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
	}
	return out
}

func (d *digest) Sum(in []byte) []byte {
	s := d.sum()
	return append(in, s[:]...)
}

func Sum(data []byte) [Size]byte {
	d := digest{h: initH}
	d.Write(data)
	return d.sum()
}
