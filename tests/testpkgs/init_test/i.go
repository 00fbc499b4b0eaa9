package i

import "fmt"

var Order []string

func init() { Order = append(Order, "pkg init"); fmt.Println("pkg init") }
