package v

import "testing"

func TestFlags(t *testing.T) {
	t.Log("verbose:", testing.Verbose(), "short:", testing.Short())
	if testing.Short() {
		t.Skip("short mode")
	}
}
