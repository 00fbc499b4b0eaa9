package main

import "foo/bar"

func main() {}
