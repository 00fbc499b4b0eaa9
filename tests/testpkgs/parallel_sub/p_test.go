package p

import (
	"testing"
	"time"
)

func TestGroup(t *testing.T) {
	for i, d := range []int{50, 10, 30} {
		t.Run(string(rune('a'+i)), func(t *testing.T) {
			t.Parallel()
			time.Sleep(time.Duration(d) * 2 * time.Millisecond)
			if d == 10 {
				t.Errorf("slow %d", d)
			}
		})
	}
	t.Log("after the loop")
}
