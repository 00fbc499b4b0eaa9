package main

type Int struct{ abs []uint }

func main() {
	m := map[Int]int{}
	_ = m
	var a Int
	switch a {
	case Int{}:
	}
}
