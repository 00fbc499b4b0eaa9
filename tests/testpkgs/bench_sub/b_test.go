package b

import (
	"fmt"
	"testing"
)

func BenchmarkSizes(b *testing.B) {
	for _, n := range []int{10, 100} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				s := 0
				for j := 0; j < n; j++ {
					s += j
				}
				_ = s
			}
		})
	}
}

func BenchmarkLoop(b *testing.B) {
	for b.Loop() {
		_ = fmt.Sprint(1)
	}
}

func BenchmarkFails(b *testing.B) {
	b.Fatal("broken bench")
}

func TestOk(t *testing.T) {}
