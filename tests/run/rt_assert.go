package main

import "fmt"

func main() {
	var i any = "text"
	n, ok := i.(int)
	fmt.Println(n, ok)
	fmt.Println(i.(int))
}
