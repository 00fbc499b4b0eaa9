package l

import (
	"fmt"
	"testing"
)

func TestB(t *testing.T)      {}
func TestA(t *testing.T)      {}
func BenchmarkZ(b *testing.B) {}
func Example() {
	fmt.Println(1)
	// Output: 1
}
func Example_second() {}
