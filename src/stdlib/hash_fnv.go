package fnv

// FNV-1 and FNV-1a, 32 and 64 bits, in Go: each hash's state is its running value.

import (
	"hash"
)

type (
	sum32  uint32
	sum32a uint32
	sum64  uint64
	sum64a uint64
)

const (
	offset32 = 2166136261
	offset64 = 14695981039346656037
	prime32  = 16777619
	prime64  = 1099511628211
)

func New32() hash.Hash32 {
	s := sum32(offset32)
	return &s
}

func New32a() hash.Hash32 {
	s := sum32a(offset32)
	return &s
}

func New64() hash.Hash64 {
	s := sum64(offset64)
	return &s
}

func New64a() hash.Hash64 {
	s := sum64a(offset64)
	return &s
}

func (s *sum32) Reset()  { *s = offset32 }
func (s *sum32a) Reset() { *s = offset32 }
func (s *sum64) Reset()  { *s = offset64 }
func (s *sum64a) Reset() { *s = offset64 }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error) {
	h := uint32(*s)
	for _, c := range data {
		h *= prime32
		h ^= uint32(c)
	}
	*s = sum32(h)
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	h := uint32(*s)
	for _, c := range data {
		h ^= uint32(c)
		h *= prime32
	}
	*s = sum32a(h)
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := uint64(*s)
	for _, c := range data {
		h *= prime64
		h ^= uint64(c)
	}
	*s = sum64(h)
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	h := uint64(*s)
	for _, c := range data {
		h ^= uint64(c)
		h *= prime64
	}
	*s = sum64a(h)
	return len(data), nil
}

func (s *sum32) Size() int  { return 4 }
func (s *sum32a) Size() int { return 4 }
func (s *sum64) Size() int  { return 8 }
func (s *sum64a) Size() int { return 8 }

func (s *sum32) BlockSize() int  { return 1 }
func (s *sum32a) BlockSize() int { return 1 }
func (s *sum64) BlockSize() int  { return 1 }
func (s *sum64a) BlockSize() int { return 1 }

func appendBE32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func appendBE64(b []byte, v uint64) []byte {
	return appendBE32(appendBE32(b, uint32(v>>32)), uint32(v))
}

func (s *sum32) Sum(in []byte) []byte  { return appendBE32(in, uint32(*s)) }
func (s *sum32a) Sum(in []byte) []byte { return appendBE32(in, uint32(*s)) }
func (s *sum64) Sum(in []byte) []byte  { return appendBE64(in, uint64(*s)) }
func (s *sum64a) Sum(in []byte) []byte { return appendBE64(in, uint64(*s)) }
