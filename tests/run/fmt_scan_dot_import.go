// fmt's scanning is loaded on demand: here only through a dot import, which names no package.
package main

import . "fmt"

func main() {
	var a, b int
	var w string
	n, err := Sscanf("12 30 go", "%d %d %s", &a, &b, &w)
	Println(n, err, a+b, w)
	_, err = Sscan("x", &a)
	Println(err)
}
