package main

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
)

type errReader struct{}

func (errReader) Read(p []byte) (int, error) { return 0, errors.New("no entropy") }

func main() {
	b := make([]byte, 32)
	n, err := rand.Read(b)
	fmt.Println(n, err, !bytes.Equal(b, make([]byte, 32)))
	n, err = rand.Read(nil)
	fmt.Println(n, err)
	n, err = io.ReadFull(rand.Reader, b[:7])
	fmt.Println(n, err)
	big1 := make([]byte, 1<<20)
	n, err = rand.Reader.Read(big1)
	fmt.Println(n, err)

	t := rand.Text()
	ok := true
	for _, r := range t {
		if !strings.ContainsRune("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", r) {
			ok = false
		}
	}
	fmt.Println(len(t), ok, t != rand.Text())

	max := big.NewInt(10)
	seen := map[int64]bool{}
	for i := 0; i < 1000; i++ {
		v, err := rand.Int(rand.Reader, max)
		if err != nil || v.Sign() < 0 || v.Cmp(max) >= 0 {
			fmt.Println("bad", v, err)
		}
		seen[v.Int64()] = true
	}
	fmt.Println(len(seen))
	one, err := rand.Int(rand.Reader, big.NewInt(1))
	fmt.Println(one, err)
	huge := new(big.Int).Lsh(big.NewInt(1), 200)
	v, err := rand.Int(rand.Reader, huge)
	fmt.Println(v.Cmp(huge) < 0, v.Sign() >= 0, err)
	_, err = rand.Int(errReader{}, big.NewInt(100))
	fmt.Println(err)
	_, err = rand.Int(strings.NewReader(""), big.NewInt(100))
	fmt.Println(err)

	p, err := rand.Prime(rand.Reader, 64)
	fmt.Println(p.BitLen(), p.ProbablyPrime(20), err)
	p, err = rand.Prime(rand.Reader, 2)
	fmt.Println(p, err)
	p, err = rand.Prime(rand.Reader, 1)
	fmt.Println(p, err)
	_, err = rand.Prime(errReader{}, 16)
	fmt.Println(err)

	for _, m := range []int64{0, -5} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			rand.Int(rand.Reader, big.NewInt(m))
		}()
	}
	rand.Int(rand.Reader, big.NewInt(0))
}
