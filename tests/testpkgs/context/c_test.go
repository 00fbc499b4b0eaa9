package c

import (
	"context"
	"testing"
	"time"
)

func TestContext(t *testing.T) {
	ctx := t.Context()
	if ctx.Err() != nil {
		t.Fatal("cancelled early")
	}
	t.Cleanup(func() {
		if ctx.Err() != context.Canceled {
			t.Error("not cancelled before cleanup")
		}
		t.Log("cancelled:", ctx.Err())
	})
	_, ok := t.Deadline()
	t.Log("has deadline:", ok)
	select {
	case <-ctx.Done():
		t.Fatal("done too soon")
	case <-time.After(time.Millisecond):
	}
	t.Log("name:", t.Name())
}
