package rand

import (
	"math/bits"
	v1 "math/rand"
	"sync"
	"time"
)

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type ChaCha8 struct {
	readBuf [8]byte
	readLen int
}

func NewChaCha8(seed [32]byte) *ChaCha8
func (c *ChaCha8) Seed(seed [32]byte)
func (c *ChaCha8) Uint64() uint64
func (c *ChaCha8) Read(p []byte) (n int, err error)
func (c *ChaCha8) UnmarshalBinary(data []byte) error
func (c *ChaCha8) AppendBinary(b []byte) ([]byte, error)
func (c *ChaCha8) MarshalBinary() ([]byte, error)
func (r *Rand) ExpFloat64() float64
func (r *Rand) NormFloat64() float64

type PCG struct {
	hi uint64
	lo uint64
}

// NewPCG returns Go's permuted congruential generator: a 128-bit LCG with the DXSM output
// function, so a seed gives the numbers Go gives.
func NewPCG(seed1, seed2 uint64) *PCG { return &PCG{seed1, seed2} }

func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

func (p *PCG) AppendBinary(b []byte) ([]byte, error)
func (p *PCG) MarshalBinary() ([]byte, error)
func (p *PCG) UnmarshalBinary(data []byte) error

func (p *PCG) next() (hi, lo uint64) {
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
	)
	hi, lo = bits.Mul64(p.lo, mulLo)
	hi += p.hi*mulLo + p.lo*mulHi
	lo, c := bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, c)
	p.lo = lo
	p.hi = hi
	return hi, lo
}

func (p *PCG) Uint64() uint64 {
	hi, lo := p.next()
	const cheapMul = 0xda942042e4dd58b5
	hi ^= hi >> 32
	hi *= cheapMul
	hi ^= hi >> (3 * 16)
	hi *= (lo | 1)
	return hi
}

type Source interface{ Uint64() uint64 }

type Rand struct{ src Source }

func New(src Source) *Rand { return &Rand{src: src} }

func (r *Rand) Int64() int64 { return int64(r.src.Uint64() &^ (1 << 63)) }

func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

func (r *Rand) Int() int { return int(uint(r.src.Uint64()) << 1 >> 1) }

func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.uint64n(uint64(n)))
}

func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.uint64n(n)
}

// uint64n is Lemire's multiply-and-reject method, as Go draws it.
func (r *Rand) uint64n(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

func (r *Rand) uint32n(n uint32) uint32 {
	if n&(n-1) == 0 {
		return uint32(r.Uint64()) & (n - 1)
	}
	x := r.Uint64()
	lo1a, lo0 := bits.Mul32(uint32(x), n)
	hi, lo1b := bits.Mul32(uint32(x>>32), n)
	lo1, c := bits.Add32(lo1a, lo1b, 0)
	hi += c
	if lo1 == 0 && lo0 < n {
		n64 := uint64(n)
		thresh := uint32(-n64 % n64)
		for lo1 == 0 && lo0 < thresh {
			x := r.Uint64()
			lo1a, lo0 = bits.Mul32(uint32(x), n)
			hi, lo1b = bits.Mul32(uint32(x>>32), n)
			lo1, c = bits.Add32(lo1a, lo1b, 0)
			hi += c
		}
	}
	return hi
}

func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.uint64n(uint64(n)))
}

func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.uint64n(uint64(n)))
}

func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.uint64n(uint64(n)))
}

func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.uint64n(uint64(n)))
}

func (r *Rand) Float64() float64 { return float64(r.Uint64()<<11>>11) / (1 << 53) }

func (r *Rand) Float32() float32 { return float32(r.Uint32()<<8>>8) / (1 << 24) }

func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.uint64n(uint64(i + 1)))
		swap(i, j)
	}
}

// The top-level functions draw from one generator seeded at random, behind a mutex.
var (
	globalMu   sync.Mutex
	globalRand *Rand
)

func global() *Rand {
	globalMu.Lock()
	if globalRand == nil {
		t := uint64(time.Now().UnixNano())
		globalRand = New(NewPCG(t, t*0x9e3779b97f4a7c15+1))
	}
	return globalRand
}

func Int64() int64 { r := global(); defer globalMu.Unlock(); return r.Int64() }

func Uint32() uint32 { r := global(); defer globalMu.Unlock(); return r.Uint32() }

func Uint64N(n uint64) uint64 { r := global(); defer globalMu.Unlock(); return r.Uint64N(n) }

func Uint32N(n uint32) uint32 { r := global(); defer globalMu.Unlock(); return r.Uint32N(n) }

func Uint64() uint64 { r := global(); defer globalMu.Unlock(); return r.Uint64() }

func Int32() int32 { r := global(); defer globalMu.Unlock(); return r.Int32() }

func Int() int { r := global(); defer globalMu.Unlock(); return r.Int() }

func Uint() uint { r := global(); defer globalMu.Unlock(); return r.Uint() }

func Int64N(n int64) int64 { r := global(); defer globalMu.Unlock(); return r.Int64N(n) }

func Int32N(n int32) int32 { r := global(); defer globalMu.Unlock(); return r.Int32N(n) }

func IntN(n int) int { r := global(); defer globalMu.Unlock(); return r.IntN(n) }

func UintN(n uint) uint { r := global(); defer globalMu.Unlock(); return r.UintN(n) }

func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	r := global()
	defer globalMu.Unlock()
	return Int(r.uint64n(uint64(n)))
}

func Float64() float64 { r := global(); defer globalMu.Unlock(); return r.Float64() }

func Float32() float32 { r := global(); defer globalMu.Unlock(); return r.Float32() }

func Perm(n int) []int { r := global(); defer globalMu.Unlock(); return r.Perm(n) }

// Shuffle calls swap without holding the lock.
func Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := IntN(i + 1)
		swap(i, j)
	}
}

// Unseeded, so any exact sampler gives what Go's may: math/rand's (one copy of the code).
func NormFloat64() float64 { return v1.NormFloat64() }

func ExpFloat64() float64 { return v1.ExpFloat64() }

type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf
func (z *Zipf) Uint64() uint64
