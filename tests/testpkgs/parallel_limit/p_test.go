package p

import (
	"sync/atomic"
	"testing"
	"time"
)

var running, peak int32

func work(t *testing.T) {
	t.Parallel()
	n := atomic.AddInt32(&running, 1)
	for {
		p := atomic.LoadInt32(&peak)
		if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
			break
		}
	}
	time.Sleep(20 * time.Millisecond)
	atomic.AddInt32(&running, -1)
}

func TestW1(t *testing.T) { work(t) }
func TestW2(t *testing.T) { work(t) }
func TestW3(t *testing.T) { work(t) }
func TestW4(t *testing.T) { work(t) }

func TestZPeak(t *testing.T) {
	t.Run("group", func(t *testing.T) {
		t.Run("a", func(t *testing.T) { work(t) })
		t.Run("b", func(t *testing.T) { work(t) })
	})
	if peak > 2 {
		t.Errorf("peak %d > 2", peak)
	}
}
