package b

import "testing"

var sink []int

func BenchmarkAlloc(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = make([]int, 4)
	}
}

func BenchmarkReport(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = append(sink[:0], i)
	}
}
