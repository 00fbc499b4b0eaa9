package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := <-time.After(30 * time.Millisecond)
	d := t.Sub(start)
	fmt.Println(d >= 30*time.Millisecond, d < 2*time.Second)
	tm := time.NewTimer(10 * time.Millisecond)
	t2 := <-tm.C
	fmt.Println(t2.After(t), t2.Year() > 2000)
	tk := time.NewTicker(10 * time.Millisecond)
	prev := time.Now()
	for i := 0; i < 3; i++ {
		select {
		case ts := <-tk.C:
			fmt.Println(i, !ts.Before(prev))
			prev = ts
		}
	}
	tk.Stop()
}
