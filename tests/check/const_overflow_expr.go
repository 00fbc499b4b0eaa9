package main

const big = 1 << 70

func main() {
	var x int64 = big
	_ = x
}
