package main

import (
	"fmt"

	"test/store"
)

func main() {
	var s store.Store
	s.Add(1)
	fmt.Println(s.Len())
}
