package a

import "test/b"

func A() int { return b.B() }
