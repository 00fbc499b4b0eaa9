package e

func Greet(name string) string { return "hello, " + name }
