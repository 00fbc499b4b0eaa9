package main

import . "strings"

func main() {
	_ = Contains("a", "a")
	_ = indexFunc
}
