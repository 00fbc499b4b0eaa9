// A map read against a map write: Go reports the map operations.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	done := make(chan bool)
	go func() {
		m["b"] = 2 // race 1
		done <- true
	}()
	fmt.Println(m["a"] > 0) // race 1
	<-done
}
