package c

import (
	"fmt"
	"testing"
)

func TestCleanup(t *testing.T) {
	for i := 1; i <= 3; i++ {
		t.Cleanup(func() { fmt.Println("cleanup", i) })
	}
	t.Run("sub", func(t *testing.T) {
		t.Cleanup(func() { fmt.Println("sub cleanup") })
		fmt.Println("in sub")
	})
	defer fmt.Println("deferred")
	fmt.Println("body")
}

func TestCleanupAfterFatal(t *testing.T) {
	t.Cleanup(func() { t.Log("cleanup sees failed:", t.Failed()) })
	t.Fatal("stop")
}
