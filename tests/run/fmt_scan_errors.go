package main

import (
	"fmt"
	"strings"
)

func main() {
	var i, j int
	n, err := fmt.Sscan("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscan("  ", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("", "%d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d %d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("\n", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("5\n6", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Fscan(strings.NewReader(""), &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 x", "%d %d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d %d %d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("9999999999999999999999", &i)
	fmt.Println(n, err)
	var b8 int8
	n, err = fmt.Sscan("300", &b8)
	fmt.Println(n, err, b8)
	var f float64
	n, err = fmt.Sscan("x", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("1.5e", &f)
	fmt.Println(n, err, f)
}
