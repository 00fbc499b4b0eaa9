package main

var x = h()

func h() int { return x }

func main() {}
