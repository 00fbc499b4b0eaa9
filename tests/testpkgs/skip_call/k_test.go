package k

import "testing"

func TestSkip(t *testing.T) {
	t.Skip("not today")
	t.Error("never")
}

func TestSkipf(t *testing.T) {
	t.Log("before skip")
	t.Skipf("skip %d", 7)
}

func TestSkipNow(t *testing.T) {
	defer t.Log("deferred")
	t.SkipNow()
}

func TestSkipped(t *testing.T) {
	t.Run("inner", func(t *testing.T) { t.Skip() })
	if t.Skipped() {
		t.Error("parent is not skipped")
	}
}
