// once: sync.Once initialises a shared singleton exactly once under ten concurrent callers (origin: seeds/001 "Go 언어 고루틴 동작 원리와 동시성 제어 완전 정복", §9 sync.Once).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Database struct {
	dsn string
}

var (
	instance *Database
	once     sync.Once
	inits    atomic.Int32
)

func GetDatabase() *Database {
	once.Do(func() {
		inits.Add(1)
		instance = &Database{dsn: "postgres://..."}
		fmt.Println("DB connection initialised")
	})
	return instance
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db := GetDatabase()
			_ = db
		}()
	}
	wg.Wait()
	fmt.Println("initialisations:", inits.Load(), "dsn:", GetDatabase().dsn)
}
