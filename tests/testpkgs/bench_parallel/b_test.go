package b

import (
	"sync/atomic"
	"testing"
)

var total int64

func BenchmarkParallel(b *testing.B) {
	var n int64
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			atomic.AddInt64(&n, 1)
		}
	})
	if n != int64(b.N) {
		b.Errorf("ran %d of %d", n, b.N)
	}
	total += n
}

func BenchmarkTimers(b *testing.B) {
	b.StopTimer()
	x := 0
	b.StartTimer()
	for i := 0; i < b.N; i++ {
		x += i
	}
	b.ReportMetric(float64(x), "sum")
}

func TestMain(m *testing.M) {
	m.Run()
	println("benchmark iterations:", total)
}
