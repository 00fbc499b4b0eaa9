package i

import (
	"fmt"
	"testing"
)

var testVar = setup()

func setup() int { fmt.Println("test var"); return 7 }

func init() { Order = append(Order, "test init"); fmt.Println("test init") }

func TestOrder(t *testing.T) {
	t.Log(Order, testVar)
}
