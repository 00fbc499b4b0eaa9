package b

import (
	"strings"
	"testing"
)

func BenchmarkJoin(b *testing.B) {
	parts := []string{"a", "b", "c"}
	for i := 0; i < b.N; i++ {
		_ = strings.Join(parts, ",")
	}
}

func BenchmarkSetup(b *testing.B) {
	x := 0
	for i := 0; i < 1000; i++ {
		x += i
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x++
	}
}

func TestNotRun(t *testing.T) { t.Fatal("-run ^$ skips tests") }
