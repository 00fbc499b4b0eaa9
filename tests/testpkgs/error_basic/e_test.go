package e

import "testing"

func TestErrors(t *testing.T) {
	t.Error("first", 1, 2)
	t.Errorf("second %d", 2)
	t.Log("still running")
	if !t.Failed() {
		t.Log("unreachable")
	}
}

func TestPasses(t *testing.T) {
	t.Log("a log of a passing test")
}

func TestFailNoMessage(t *testing.T) {
	t.Fail()
}
