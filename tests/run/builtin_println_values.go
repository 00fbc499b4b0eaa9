package main

func f() (int, string, error) { return 1, "a", nil }

func main() {
	println(f())
	print(f())
	println()
}

func init() {
	var e error
	println(1.5, float32(2), e, nil == e, -0.0, 1e300, int8(-3), uint64(1<<63), "s", true)
}
