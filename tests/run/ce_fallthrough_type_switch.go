package main

func main() {
	var i any = 1
	switch i.(type) {
	case int:
		fallthrough
	default:
	}
}
