package main

import "fmt"

func seq(yield func(int) bool) {
	for i := 1; i <= 3; i++ {
		if !yield(i) {
			fmt.Println("  seq stopped")
			return
		}
	}
}

func main() {
	for v := range seq {
		if v == 2 {
			goto done
		}
		fmt.Println(v)
	}
	fmt.Println("not here")
done:
	fmt.Println("done")
	n := 0
again:
	n++
	for a := range seq {
		for b := range seq {
			if b > a {
				goto next
			}
			fmt.Println(n, a, b)
		}
	next:
		if a == 2 && n < 2 {
			goto again
		}
	}
	fmt.Println("end", n)
}
