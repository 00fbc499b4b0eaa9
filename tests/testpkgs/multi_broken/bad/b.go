package bad

func F() { undefined() }
