package main

import (
	"fmt"
	"math"
	"math/rand"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := 0
			for i := 0; i < 1000; i++ {
				s += rand.Intn(10)
			}
			mu.Lock()
			sum += s
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(sum > 30000 && sum < 42000)
	n, m := 0.0, 0.0
	for i := 0; i < 20000; i++ {
		x := rand.NormFloat64()
		n += x
		m += x * x
	}
	fmt.Println(math.Abs(n/20000) < 0.05, math.Abs(m/20000-1) < 0.05)
	e := 0.0
	for i := 0; i < 20000; i++ {
		e += rand.ExpFloat64()
	}
	fmt.Println(math.Abs(e/20000-1) < 0.05)
	p := rand.Perm(5)
	seen := map[int]bool{}
	for _, v := range p {
		seen[v] = true
	}
	fmt.Println(len(seen))
	a := []int{1, 2, 3, 4}
	rand.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
	fmt.Println(a[0]+a[1]+a[2]+a[3])
	r := rand.New(rand.NewSource(1))
	fmt.Println(r.Intn(100), r.Uint32(), r.Int63(), r.Float64(), r.Perm(4))
	rand.Seed(7)
	fmt.Println(rand.Uint32() >= 0, rand.Int31() >= 0, rand.Uint64() >= 0, rand.Int63n(5) < 5, rand.Float32() < 1)
	defer func() { fmt.Println(recover()) }()
	rand.Intn(0)
}
