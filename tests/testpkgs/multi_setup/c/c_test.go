package c

import "testing"

func TestC(t *testing.T) {}

func TestWrong(n int) {}
