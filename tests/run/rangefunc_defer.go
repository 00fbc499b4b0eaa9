package main

import (
	"fmt"
	"iter"
)

func upto(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator done")
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func work() (out []int) {
	defer func() { fmt.Println("work returns", out) }()
	for v := range upto(3) {
		defer func() { out = append(out, v) }()
		for w := range upto(2) {
			defer fmt.Println("inner defer", v, w)
		}
		fmt.Println("body", v)
	}
	fmt.Println("loop over")
	return nil
}

func early() string {
	for v := range upto(5) {
		defer fmt.Println("deferred in early", v)
		if v == 1 {
			return "early"
		}
	}
	return "late"
}

func recovers() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for v := range upto(3) {
		defer fmt.Println("cleanup", v)
		if v == 2 {
			panic("boom")
		}
	}
	return nil
}

func main() {
	fmt.Println(work())
	fmt.Println(early())
	fmt.Println(recovers())
}
