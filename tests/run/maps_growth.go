package main

import "fmt"

// Maps that grow many times keep every key findable; deletes and re-inserts keep counts right.
func main() {
	m := make(map[int]int)
	for i := 0; i < 100000; i++ {
		m[i*7] = i
	}
	hits := 0
	for i := 0; i < 700000; i++ {
		if _, ok := m[i]; ok {
			hits++
		}
	}
	delete(m, 0)
	delete(m, 7)
	delete(m, 1)
	fmt.Println(len(m), hits)
	s := map[string][]int{}
	for i := 0; i < 1000; i++ {
		k := fmt.Sprint("k", i%37)
		s[k] = append(s[k], i)
	}
	fmt.Println(len(s), len(s["k0"]), s["k36"][0:3])
	type P struct{ X, Y int }
	ps := map[P]string{{1, 2}: "a", {2, 1}: "b"}
	ps[P{1, 2}] = "c"
	fmt.Println(len(ps), ps[P{1, 2}], ps[P{2, 1}], ps[P{3, 3}] == "")
	var ifs = map[any]int{1: 1, "1": 2, 1.5: 3, true: 4}
	fmt.Println(ifs[1], ifs["1"], ifs[1.5], ifs[true], len(ifs))
}
