package a

import "testing"

func TestAllocs(t *testing.T) {
	n := testing.AllocsPerRun(10, func() {
		var x int
		_ = x
	})
	t.Log("zero-alloc func allocs:", n)
}
