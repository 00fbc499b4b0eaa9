package s

import "testing"

func TestSkips(t *testing.T) {
	t.Run("kept", func(t *testing.T) { t.Log("ran") })
	t.Run("skipped", func(t *testing.T) { t.Skipf("skip %d", 1) })
	t.Run("nested", func(t *testing.T) {
		t.Run("deep", func(t *testing.T) { t.Error("deep failure") })
	})
}
