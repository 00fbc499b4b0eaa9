package c

import (
	"runtime"
	"testing"
)

func TestProcs(t *testing.T) {
	t.Log("procs", runtime.GOMAXPROCS(0))
}

func TestSub(t *testing.T) {
	t.Run("x", func(t *testing.T) {})
}
