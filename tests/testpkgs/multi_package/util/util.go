package util

func Double(x int) int { return x * 2 }
