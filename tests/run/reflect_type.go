package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Celsius float64
type ID int
type Names []string
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type User struct {
	Name    string `json:"name" db:"user_name"`
	Age     int    `json:"age,omitempty"`
	email   string
	Friends []*User
	Meta    map[string]any `json:"-"`
	ID
}

type Stringer interface{ String() string }

func (u User) String() string   { return u.Name }
func (u *User) SetName(n string) { u.Name = n }
func (u User) hidden()          {}

func main() {
	vals := []any{
		1, int8(1), int16(1), int32(1), int64(1), uint(1), uint8(1), uint16(1), uint32(1), uint64(1), uintptr(1),
		1.5, float32(1.5), "s", true, 'r', byte(1),
		Celsius(3), ID(4), Names{"a"}, []int{1}, [3]string{}, map[string]int{}, &User{}, User{},
		make(chan int), make(<-chan bool), func(int) string { return "" }, struct{ A int }{1},
		errors.New("e"), Pair[string, int]{}, []*User{}, map[ID][]Names{}, [2][]int{},
	}
	for _, v := range vals {
		t := reflect.TypeOf(v)
		fmt.Printf("%-28s kind=%-10s name=%q\n", t.String(), t.Kind(), t.Name())
	}
	fmt.Println(reflect.TypeOf(nil) == nil)
	t := reflect.TypeOf(User{})
	fmt.Println(t.NumField(), t.Kind() == reflect.Struct)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%d %s %s exported=%v anon=%v tag=%q json=%q db=%q\n", i, f.Name, f.Type, f.IsExported(), f.Anonymous, f.Tag, f.Tag.Get("json"), f.Tag.Get("db"))
	}
	if f, ok := t.FieldByName("Age"); ok {
		v, ok := f.Tag.Lookup("json")
		fmt.Println("Age:", f.Type, v, ok)
	}
	_, ok := t.FieldByName("Nope")
	fmt.Println("Nope:", ok)
	pt := reflect.TypeOf(&User{})
	fmt.Println(pt, pt.Kind(), pt.Elem(), pt.Elem().Name(), pt.Name() == "")
	fmt.Println(reflect.TypeOf([]Names{}).Elem().Elem())
	mt := reflect.TypeOf(map[ID][]string{})
	fmt.Println(mt.Key(), mt.Elem(), mt.Key().Kind())
	fmt.Println(reflect.TypeOf([4]int{}).Len(), reflect.TypeOf(make(chan string)).Elem())
	fmt.Println(reflect.TypeOf(User{}).NumMethod(), reflect.TypeOf(&User{}).NumMethod())
	fmt.Println(reflect.TypeOf(1).Comparable(), reflect.TypeOf([]int{}).Comparable(), reflect.TypeOf(User{}).Comparable(), reflect.TypeOf(struct{ A, B int }{}).Comparable())
	fmt.Println(reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf(ID(2)))
	fmt.Println(reflect.Int.String(), reflect.Ptr, reflect.Pointer, reflect.UnsafePointer, reflect.Kind(100))
	var s fmt.Stringer = User{Name: "x"}
	fmt.Println(reflect.TypeOf(s), reflect.TypeOf(&s).Elem(), reflect.TypeOf(&s).Elem().Kind())
	fmt.Printf("%v %s\n", reflect.TypeOf(3.5), reflect.TypeOf("x"))
}
