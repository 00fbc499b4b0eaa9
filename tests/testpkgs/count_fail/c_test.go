package c

import "testing"

var calls int

func TestFlaky(t *testing.T) {
	calls++
	if calls == 2 {
		t.Errorf("failed on call %d", calls)
	}
}
