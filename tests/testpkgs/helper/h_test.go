package h

import "testing"

func check(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func checkTwice(t *testing.T, got, want int) {
	t.Helper()
	check(t, got, want)
	check(t, got+1, want)
}

func noHelper(t *testing.T) {
	t.Error("reported at this line")
}

func TestHelpers(t *testing.T) {
	check(t, 1, 2)
	checkTwice(t, 3, 3)
	noHelper(t)
	func() { t.Helper(); t.Log("helper closure") }()
}
