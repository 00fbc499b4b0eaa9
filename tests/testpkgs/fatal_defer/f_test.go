package f

import (
	"fmt"
	"testing"
)

func TestFatal(t *testing.T) {
	defer fmt.Println("deferred print runs")
	defer t.Log("deferred log")
	t.Fatalf("stop here: %v", 42)
	t.Log("never")
}

func TestFailNow(t *testing.T) {
	defer t.Log("deferred after FailNow")
	t.FailNow()
}

func TestAfter(t *testing.T) {
	fmt.Println("next test runs")
}
