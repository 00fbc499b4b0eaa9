package main

import "fmt"

var a = b + 1
var b = f()

func f() int { return 41 }

const (
	X = iota * 10
	Y
	Z
)

func main() { fmt.Println(a, b, X, Y, Z) }
