// Range loops over ints, slices, arrays and strings: assigning to the iteration variables in the
// body does not change the iteration, each iteration has its own variables, and break, continue
// and goto leave or resume the loop at the right place.
package main

import "fmt"

func main() {
	s := []int{10, 20, 30, 40}
	for i, v := range s {
		i += 100
		v *= 2
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i := range 5 {
		if i == 1 {
			continue
		}
		i *= 10
		fmt.Print(i, " ")
	}
	fmt.Println()
	var fs []func() int
	for i, v := range s {
		fs = append(fs, func() int { return i*1000 + v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for i, r := range "héllo, 世界" {
		if r == ',' {
			continue
		}
		if r == '界' {
			break
		}
		r++
		i--
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
	arr := [3]string{"a", "b", "c"}
	for i, v := range arr {
		arr[2] = "z" // ranging over a copy of the array
		v += "!"
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	n := 0
	for range s {
		n++
	}
	total := 0
outer:
	for i := range 4 {
		for j, v := range s {
			if j > i {
				continue outer
			}
			if v == 40 {
				break outer
			}
			total += v
		}
	}
	fmt.Println(n, total)
	var empty []int
	for i := range empty {
		fmt.Println("never", i)
	}
	for i := range 0 {
		fmt.Println("never", i)
	}
	k := 0
	for k = range s {
		if k == 2 {
			goto done
		}
	}
done:
	fmt.Println("k", k)
}
