package g

import (
	"sync"
	"testing"
)

func TestErrorFromGoroutine(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i == 1 {
				t.Errorf("worker %d failed", i)
			}
		}()
	}
	wg.Wait()
}

func TestAfter(t *testing.T) {
	t.Log("still runs")
}
