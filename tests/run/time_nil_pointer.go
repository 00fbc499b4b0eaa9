package main

import (
	"fmt"
	"time"
)

type Ev struct {
	At  *time.Time
	Dur time.Duration
}

func main() {
	var t *time.Time
	fmt.Println(t, Ev{nil, time.Second})
	fmt.Printf("%v %s\n", t, t)
	z := time.Time{}
	fmt.Println(z.IsZero(), z.Year())
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(t.Year())
}
