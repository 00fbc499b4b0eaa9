// Zones read from the system's zoneinfo files. The program checks itself and prints the same
// lines whether or not the machine has the files (without them it checks only the errors).
package main

import (
	"fmt"
	"os"
	"time"
)

func check(what, got, want string) {
	if got != want {
		fmt.Printf("%s: got %q, want %q\n", what, got, want)
	}
}

func main() {
	_, statErr := os.Stat("/usr/share/zoneinfo/America/New_York")
	haveFiles := statErr == nil && os.Getenv("ZONEINFO") == ""
	for _, c := range []struct{ name, at, want string }{
		{"America/New_York", "2024-07-01 12:00", "2024-07-01 12:00:00 -0400 EDT true"},
		{"America/New_York", "2024-01-01 12:00", "2024-01-01 12:00:00 -0500 EST false"},
		{"America/New_York", "2045-07-01 12:00", "2045-07-01 12:00:00 -0400 EDT true"},
		{"America/New_York", "1850-01-01 00:00", "1850-01-01 00:00:00 -0456 LMT false"},
		{"Asia/Kolkata", "2024-07-01 12:00", "2024-07-01 12:00:00 +0530 IST false"},
		{"Europe/London", "2024-07-01 12:00", "2024-07-01 12:00:00 +0100 BST true"},
		{"Australia/Lord_Howe", "2024-01-01 12:00", "2024-01-01 12:00:00 +1100 +11 true"},
	} {
		loc, err := time.LoadLocation(c.name)
		if !haveFiles {
			continue
		}
		if err != nil {
			fmt.Println(c.name, err)
			continue
		}
		check(c.name+" name", loc.String(), c.name)
		t, err := time.ParseInLocation("2006-01-02 15:04", c.at, loc)
		if err != nil {
			fmt.Println(c.name, err)
			continue
		}
		check(c.name+" at "+c.at, fmt.Sprint(t, " ", t.IsDST()), c.want)
	}
	if haveFiles {
		_, err := time.LoadLocation("America")
		check("a directory", fmt.Sprint(err), "is a directory")
	}
	for _, n := range []string{"Nowhere/Land", "../zoneinfo/UTC", "/etc/localtime"} {
		_, err := time.LoadLocation(n)
		fmt.Println(n, err)
	}
	fmt.Println("done")
}
