package h

import "testing"

func check(t *testing.T, ok bool, msg string) {
	t.Helper()
	if !ok {
		t.Error(msg)
	}
}

func checkAll(t *testing.T, oks ...bool) {
	t.Helper()
	for _, ok := range oks {
		check(t, ok, "not ok")
	}
}

func noHelper(t *testing.T) {
	t.Error("reported here")
}

func TestNested(t *testing.T) {
	checkAll(t, true, false)
	noHelper(t)
	check(t, false, "direct")
}
