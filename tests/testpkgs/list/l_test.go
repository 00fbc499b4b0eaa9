package l

import (
	"fmt"
	"testing"
)

func TestA(t *testing.T)      {}
func TestB(t *testing.T)      {}
func BenchmarkA(b *testing.B) {}
func Example() {
	fmt.Println("hello")
	// Output: hello
}
