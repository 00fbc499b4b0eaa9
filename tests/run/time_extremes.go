// Times at the ends of the representable range, odd parse inputs and a minimal TZif file.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ist := time.FixedZone("IST", 19800)
	fmt.Println(time.Date(math.MaxInt64, 1, 1, 0, 0, 0, 0, time.UTC).Year())
	fmt.Println(time.Unix(math.MaxInt64, 0).UTC().Year(), time.Unix(math.MinInt64, 0).In(ist).Year())
	fmt.Println(time.Date(292277026596, 12, 4, 15, 30, 7, 0, time.UTC))
	t := time.Unix(1<<62, 0).UTC()
	fmt.Println(t.Add(math.MaxInt64).Sub(t), t.Round(time.Hour).Unix())
	for _, s := range []string{"", "\xff", "2006-01-02T15:04:05.", "2006-01-02T15:04:05+", "2006-01-02T15:04:05+0", "9999999999"} {
		_, err := time.Parse(time.RFC3339, s)
		fmt.Println(err)
	}
	_, err := time.Parse("2006-002 _2 __2 Z07:00:00 .999999999999 ,000", "2006-001  1   1 Z .1234567890123 ,123")
	fmt.Println(err)
	l, err := time.LoadLocationFromTZData("X", []byte("TZif2\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00"))
	fmt.Println(l, err)
}
