package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("x", 55), strings.Repeat("y", 56), strings.Repeat("z", 63), strings.Repeat("w", 64), strings.Repeat("v", 65), strings.Repeat("0123456789", 100)}
	for _, in := range inputs {
		b := []byte(in)
		fmt.Printf("%d md5=%x sha1=%x\n", len(in), md5.Sum(b), sha1.Sum(b))
		fmt.Printf("  sha256=%x sha224=%x\n", sha256.Sum256(b), sha256.Sum224(b))
		fmt.Printf("  crc=%08x castagnoli=%08x koopman=%08x\n", crc32.ChecksumIEEE(b), crc32.Checksum(b, crc32.MakeTable(crc32.Castagnoli)), crc32.Checksum(b, crc32.MakeTable(crc32.Koopman)))
		f32, f32a, f64, f64a := fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a()
		for _, h := range []hash.Hash{f32, f32a, f64, f64a} {
			h.Write(b)
		}
		fmt.Printf("  fnv %08x %08x %016x %016x %x %x\n", f32.Sum32(), f32a.Sum32(), f64.Sum64(), f64a.Sum64(), f32a.Sum([]byte{0xee}), f64a.Sum(nil))
	}
	// Streaming in odd pieces gives the same sums as one call; Sum does not change the state.
	long := []byte(strings.Repeat("streaming data! ", 1000))
	hs := []hash.Hash{md5.New(), sha1.New(), sha256.New(), sha256.New224(), crc32.NewIEEE(), crc32.New(crc32.MakeTable(crc32.Castagnoli)), fnv.New64a()}
	for _, h := range hs {
		for i, step := 0, 1; i < len(long); i, step = i+step, step*3%97+1 {
			end := min(i+step, len(long))
			n, err := h.Write(long[i:end])
			if n != end-i || err != nil {
				fmt.Println("bad write", n, err)
			}
			if i == 100 {
				h.Sum(nil)
			}
		}
		fmt.Printf("%x size=%d block=%d\n", h.Sum([]byte("pre:")), h.Size(), h.BlockSize())
		h.Reset()
		io.WriteString(h, "abc")
		fmt.Printf("  after reset %x\n", h.Sum(nil))
	}
	fmt.Printf("%x %x %x\n", md5.Sum(long), sha1.Sum(long), sha256.Sum256(long))
	fmt.Println(md5.Size, md5.BlockSize, sha1.Size, sha1.BlockSize, sha256.Size, sha256.Size224, sha256.BlockSize, crc32.Size)
	fmt.Println(crc32.IEEE, crc32.Castagnoli, crc32.Koopman)
	fmt.Println(crc32.Update(crc32.ChecksumIEEE([]byte("hello ")), crc32.IEEETable, []byte("world")) == crc32.ChecksumIEEE([]byte("hello world")))
	fmt.Println(crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.MakeTable(0x12345678)[1])
	var h32 hash.Hash32 = crc32.NewIEEE()
	var h64 hash.Hash64 = fnv.New64()
	h32.Write([]byte("x"))
	h64.Write([]byte("x"))
	fmt.Println(h32.Sum32(), h64.Sum64())
	s := sha256.Sum256([]byte("array"))
	fmt.Println(len(s), s[0], s[31])
	m := md5.Sum(nil)
	fmt.Println(m == md5.Sum([]byte{}))
}
