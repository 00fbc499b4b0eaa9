package main

func main() {
L:
	for {
		break
	}
}
