package main

func main() {
	var i any
	switch i.(type) {
	case nil:
	case int, nil:
	}
}
