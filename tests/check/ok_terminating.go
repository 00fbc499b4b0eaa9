package main

func a(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		panic("no")
	}
}

func b() int {
	for {
	}
}

func c(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func main() { _, _, _ = a(1), b, c(1) }
