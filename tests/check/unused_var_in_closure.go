package main

func main() {
	f := func() {
		b := 2
	}
	f()
}
