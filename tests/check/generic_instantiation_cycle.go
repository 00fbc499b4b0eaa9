package main

func F[T any](n int) int {
	if n > 0 {
		return F[*T](n - 1)
	}
	return 0
}

func main() {
	println(F[int](3))
}
