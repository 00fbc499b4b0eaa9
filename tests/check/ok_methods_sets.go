package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint(e.code) }

func find() error { return &MyErr{4} }

func main() {
	w := byLen{"ccc", "a", "bb"}
	sort.Sort(w)
	var me *MyErr
	if errors.As(find(), &me) {
		fmt.Println(strings.Join(w, ","), me.code)
	}
}
