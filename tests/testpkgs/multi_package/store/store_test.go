package store

import "testing"

func TestAdd(t *testing.T) {
	var s Store
	s.Add(1)
	s.Add(2)
	if s.Len() != 3 {
		t.Errorf("Len = %d, want 3", s.Len())
	}
}
