package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	defer fmt.Println("deferred runs first")
	fmt.Println(get([]int{1, 2, 3}, 1))
	fmt.Println(get([]int{1, 2, 3}, 5))
}
