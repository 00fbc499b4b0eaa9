package r

import "testing"

func TestAlpha(t *testing.T) {}
func TestBeta(t *testing.T)  {}
func TestGamma(t *testing.T) { t.Error("gamma") }
func TestAlphaBeta(t *testing.T) {
	t.Run("one", func(t *testing.T) {})
	t.Run("two", func(t *testing.T) {})
}
