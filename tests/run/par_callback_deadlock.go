package main

import (
	"fmt"
	"sync"
)

type T struct{ mu sync.Mutex }

func (t *T) String() string {
	t.mu.Lock()
	return "T"
}

func main() {
	t := &T{}
	t.mu.Lock()
	fmt.Println("printing")
	fmt.Println(t)
}
