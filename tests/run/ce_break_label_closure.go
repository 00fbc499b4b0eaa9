package main

func main() {
L:
	for {
		func() {
			break L
		}()
	}
}
