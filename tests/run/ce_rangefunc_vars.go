package main

func f3(func(int, string) bool) {}
func f4(func() bool) {}
func f6(func(int) bool) {}

func main() {
	for x := range f4 {
		_ = x
	}
	for a, b := range f6 {
		_, _ = a, b
	}
	for a, b := range f3 {
		_, _ = a, b
	}
}
