package m

import (
	"testing"

	"test/nothere"
)

func TestX(t *testing.T) { nothere.F() }
