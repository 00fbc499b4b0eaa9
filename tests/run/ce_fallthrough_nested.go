package main

func main() {
	switch {
	case true:
		if true {
			fallthrough
		}
	default:
	}
}
