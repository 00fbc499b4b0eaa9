package b

func F() int {
	return 1 +
}
