package p

import (
	"fmt"
	"testing"
)

func TestPanicCustom(t *testing.T) {
	t.Log("before")
	panic(fmt.Sprintf("bad %d", 42))
}
