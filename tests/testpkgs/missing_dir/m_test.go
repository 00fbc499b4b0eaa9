package m

import "testing"

func TestOk(t *testing.T) {}
