package c

import "testing"

var runs int

func TestCounted(t *testing.T) {
	runs++
	t.Log("run", runs)
	t.Run("sub", func(t *testing.T) {})
}
