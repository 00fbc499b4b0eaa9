package main

import (
	"fmt"
	"reflect"
)

type P struct{ X int }

func main() {
	fmt.Println(reflect.TypeFor[int](), reflect.TypeFor[error](), reflect.TypeFor[*P](), reflect.TypeFor[P]().NumField(), reflect.TypeFor[any]().Kind())
}
