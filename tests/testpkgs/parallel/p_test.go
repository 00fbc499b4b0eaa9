package p

import (
	"testing"
	"time"
)

func TestA(t *testing.T) {
	t.Parallel()
	time.Sleep(30 * time.Millisecond)
	t.Log("A done")
}

func TestB(t *testing.T) {
	t.Parallel()
	time.Sleep(60 * time.Millisecond)
	t.Log("B done")
}

func TestSerial(t *testing.T) {
	t.Log("serial")
}
