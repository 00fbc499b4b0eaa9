package main

var arr [5]int

func f() [3]int { return [3]int{} }

const n = len(arr)

var b [len(arr) * 2]byte

const m = len(f())

func main() { _ = b }
