package main

import (
	"fmt"
	"reflect"
)

type P struct {
	A int
	B any
}

func main() {
	x, y := 3, 3
	fmt.Println(reflect.ValueOf(x).Equal(reflect.ValueOf(y)), reflect.ValueOf(x).Equal(reflect.ValueOf(int64(3))))
	fmt.Println(reflect.ValueOf(P{1, "a"}).Equal(reflect.ValueOf(P{1, "a"})), reflect.ValueOf(P{1, "a"}).Equal(reflect.ValueOf(P{1, 2})))
	fmt.Println(reflect.ValueOf(P{1, []int{}}).Comparable(), reflect.ValueOf(P{1, 2}).Comparable(), reflect.ValueOf([]int{}).Comparable())
	var e any = 5
	fmt.Println(reflect.ValueOf(&e).Elem().Equal(reflect.ValueOf(5)), reflect.Value{}.Equal(reflect.Value{}), reflect.ValueOf(&x).Elem().Equal(reflect.ValueOf(&y).Elem()))
	fmt.Println(reflect.ValueOf([2]string{"a", "b"}).Equal(reflect.ValueOf([2]string{"a", "b"})), reflect.ValueOf(&x).Equal(reflect.ValueOf(&x)), reflect.ValueOf(&x).Equal(reflect.ValueOf(&y)))
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf(map[int]int{}).Equal(reflect.ValueOf(map[int]int{}))
}
