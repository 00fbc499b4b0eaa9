package s

import "testing"

func TestTable(t *testing.T) {
	cases := []struct {
		name string
		in   int
		want int
	}{
		{"zero", 0, 0},
		{"one", 1, 1},
		{"two words", 2, 5},
		{"dup", 3, 3},
		{"dup", 3, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.in != c.want {
				t.Errorf("in %d want %d", c.in, c.want)
			}
		})
	}
}

func TestNested(t *testing.T) {
	t.Run("a", func(t *testing.T) {
		t.Run("b", func(t *testing.T) {
			t.Log("deep", t.Name())
		})
		t.Run("c", func(t *testing.T) {
			t.Skip("skipping c")
		})
	})
}
