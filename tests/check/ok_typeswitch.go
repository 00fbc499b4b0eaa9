package main

import "fmt"

func describe(v any) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprint("int", x+1)
	case string, []byte:
		return fmt.Sprint(x)
	case nil:
		return "nil"
	}
	return "?"
}

func main() { fmt.Println(describe(1)) }
