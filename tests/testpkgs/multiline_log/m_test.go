package m

import "testing"

func TestLines(t *testing.T) {
	t.Log("first\nsecond\nthird")
	t.Logf("with trailing newline\n")
	t.Error("a", 1, "b", 2.5)
	t.Log()
}
