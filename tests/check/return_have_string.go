package main

func pair() int {
	return 1, "a"
}

func main() { _ = pair() }
