package main

type A int

func main() {
	var i any = 1
	switch i.(type) {
	case A, string:
	case int, A:
	}
}
