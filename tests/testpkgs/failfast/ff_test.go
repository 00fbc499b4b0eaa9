package ff

import "testing"

func TestOne(t *testing.T)   { t.Log("one") }
func TestTwo(t *testing.T)   { t.Error("two fails") }
func TestThree(t *testing.T) { t.Error("three fails") }
