package r

import "testing"

func TestAlpha(t *testing.T) {
	for _, n := range []string{"one", "two", "three"} {
		t.Run(n, func(t *testing.T) { t.Log(n) })
	}
}

func TestBeta(t *testing.T) { t.Log("beta") }

func TestAlphabet(t *testing.T) { t.Log("alphabet") }
