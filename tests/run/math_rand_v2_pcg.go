package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.Uint64(), r.Int64(), r.Uint32(), r.Int32(), r.Int())
	fmt.Println(r.Int64N(1000), r.Uint64N(1<<40+7), r.Int32N(77), r.Uint32N(5), r.UintN(9), r.IntN(1<<20))
	fmt.Println(r.Float64(), r.Float32(), r.Perm(6))
	a := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
	fmt.Println(a)
	p := rand.NewPCG(42, 54)
	fmt.Println(p.Uint64(), p.Uint64())
	p.Seed(1, 2)
	fmt.Println(p.Uint64())
	fmt.Println(rand.IntN(10) < 10, rand.N(5) < 5, rand.N(int64(3)) < 3, rand.Float64() < 1, len(rand.Perm(4)))
	defer func() { fmt.Println(recover()) }()
	r.IntN(0)
}
