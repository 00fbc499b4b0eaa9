package main

func f1(func(int)) {}
func f2(func(int) bool) int { return 0 }
func f3(func(int, string) bool) {}
func f4(func() bool) {}
func f5(func(int) int) {}

func main() {
	for x := range f1 {
		_ = x
	}
	for x := range f2 {
		_ = x
	}
	for x := range f5 {
		_ = x
	}
}
