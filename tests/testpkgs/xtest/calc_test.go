package calc

import "testing"

func TestDouble(t *testing.T) {
	if double(4) != 8 {
		t.Fatal("double")
	}
}
