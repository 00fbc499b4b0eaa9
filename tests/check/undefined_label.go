package main

func main() {
	for {
		break M
	}
}
