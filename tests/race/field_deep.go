// A struct field read three calls deep in one goroutine, written in another: both stacks.
package main

import (
	"fmt"
	"sync"
)

type account struct {
	name    string
	balance int
}

func (a *account) read() int {
	return a.balance // race 1
}

func report(a *account) int { return a.read() }

func audit(a *account) int { return report(a) }

func main() {
	a := &account{name: "x"}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = audit(a)
	}()
	a.balance = 10 // race 1
	wg.Wait()
	fmt.Println(a.name)
}
