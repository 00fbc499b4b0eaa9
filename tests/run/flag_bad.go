package main

import (
	"flag"
	"fmt"
)

func main() {
	n := flag.Int("n", 1, "count")
	flag.Parse()
	fmt.Println("not reached", *n)
}
