package b

func F() int { return "x" }
