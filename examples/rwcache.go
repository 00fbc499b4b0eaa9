// rwcache: a map guarded by sync.RWMutex, many concurrent readers and a few writers (origin: seeds/001 "Go 언어 고루틴 동작 원리와 동시성 제어 완전 정복", §6-2 RWMutex).
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]string
}

func (c *Cache) Get(key string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[key]
	return v, ok
}

func (c *Cache) Set(key, value string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[key] = value
}

func main() {
	c := &Cache{data: make(map[string]string)}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Set(fmt.Sprintf("k%d", i), fmt.Sprintf("v%d", i))
		}(i)
	}
	wg.Wait()
	var hits sync.Map
	for r := 0; r < 50; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			if _, ok := c.Get(fmt.Sprintf("k%d", r%8)); ok {
				hits.Store(r, true)
			}
		}(r)
	}
	wg.Wait()
	n := 0
	hits.Range(func(_, _ any) bool { n++; return true })
	v, _ := c.Get("k3")
	fmt.Println("hits:", n, "k3 =", v)
}
