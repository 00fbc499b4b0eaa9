package f

import (
	"testing"
)

func TestFatalInGoroutine(t *testing.T) {
	done := make(chan bool)
	go func() {
		defer close(done)
		t.Fatal("fatal from goroutine")
	}()
	<-done
	t.Log("test continues after the goroutine exits")
}
