package p

import (
	"testing"
	"time"
)

// One parallel test among serial ones: its PAUSE and CONT lines come in a fixed order (with
// two or more, the order they continue in is up to the scheduler, in Go too).
func TestA(t *testing.T) {
	t.Parallel()
	time.Sleep(30 * time.Millisecond)
	t.Log("A done")
}

func TestSerial(t *testing.T) {
	t.Log("serial")
}

func TestSerial2(t *testing.T) {
	t.Log("serial 2")
}
