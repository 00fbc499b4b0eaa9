package n

import "testing"

func TestOne(t *testing.T) {}
