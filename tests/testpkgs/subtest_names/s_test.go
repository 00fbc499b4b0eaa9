package s

import "testing"

func TestNames(t *testing.T) {
	for _, name := range []string{"a b", "a b", "x/y", "", "tab\there", "ünï", "dup", "dup", "dup#01"} {
		t.Run(name, func(t *testing.T) { t.Log(t.Name()) })
	}
}
