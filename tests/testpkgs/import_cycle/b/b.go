package b

import "test/a"

func B() int { return a.A() }
