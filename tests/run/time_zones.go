package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.UTC, time.UTC.String())
	ist := time.FixedZone("IST", 5*3600+1800)
	fmt.Println(ist)
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t, t.In(ist), t.In(ist).Location(), t.Location())
	fmt.Println(t.In(ist).Zone())
	fmt.Println(t.Zone())
	fmt.Printf("%v|%s|%#v\n", t, t, t)
	fmt.Printf("%#v\n", t.In(ist))
	fmt.Println(t.GoString(), t.In(ist).GoString())
	u := t.In(ist)
	fmt.Println(u == t, u.Equal(t), u.UTC() == t)
	fmt.Println(u.Year(), u.Month(), u.Day(), u.Hour(), u.Minute(), u.Second(), u.Weekday(), u.YearDay())
	fmt.Println(u.Date())
	fmt.Println(u.Clock())
	fmt.Println(u.ISOWeek())
	fmt.Println(u.Format(time.RFC3339), u.Format(time.RFC1123), u.Format(time.RFC1123Z), u.Format(time.Kitchen))
	neg := time.FixedZone("", -(3*3600 + 30*60 + 15))
	v := t.In(neg)
	fmt.Println(v, v.Format(time.RFC3339), v.Format("-07 -0700 -07:00 -070000 -07:00:00 Z07 Z0700 Z07:00 MST"))
	fmt.Println(t.Format("-07 -0700 -07:00 -070000 -07:00:00 Z07 Z0700 Z07:00 MST"))
	// (Zones from files are in time_tzdata.go; these need no files.)
	for _, n := range []string{"", "UTC", "Nowhere/Land", "../etc/passwd", "a/../b", "/etc/localtime", "\\x"} {
		l, err := time.LoadLocation(n)
		if err != nil {
			fmt.Println(n, "error:", err)
			continue
		}
		fmt.Println(n, "->", l)
		x := t.In(l)
		fmt.Println(x, x.IsDST())
		y := time.Date(2024, 7, 1, 12, 0, 0, 0, l)
		fmt.Println(y, y.IsDST(), y.UTC())
		z := time.Date(2040, 7, 1, 12, 0, 0, 0, l)
		fmt.Println(z, z.IsDST())
		s, e := y.ZoneBounds()
		fmt.Println(s, e)
	}
	l, err := time.LoadLocation("Local")
	fmt.Println(l == time.Local, err)
	// Date normalises out-of-range fields in any location.
	for _, loc := range []*time.Location{time.UTC, ist, neg} {
		fmt.Println(time.Date(2024, 13, 35, 25, 61, 61, -1, loc), time.Date(2024, 0, 0, -1, -1, -1, 1e9, loc), time.Date(2023, 2, 29, 0, 0, 0, 0, loc))
		a := time.Date(2024, 1, 31, 12, 0, 0, 0, loc)
		fmt.Println(a.AddDate(0, 1, 0), a.AddDate(1, -13, 1), a.Add(-36*time.Hour), a.Truncate(time.Hour*24), a.Round(time.Hour*7))
		fmt.Printf("%#v %v %d\n", a, a.Equal(a.UTC()), a.Unix())
	}
	big := time.FixedZone("BIG", 99*3600+59*60)
	fmt.Println(t.In(big), t.In(big).Format(time.RFC3339), t.In(time.FixedZone("", -30)).Format("-07:00:00 Z0700 MST"))
	fmt.Println(time.FixedZone("", 3600) == time.FixedZone("", 3600), time.FixedZone("", 1800) == time.FixedZone("", 1800), time.FixedZone("A", 0) == time.FixedZone("A", 0))
	fmt.Println(time.Date(2009, 11, 10, 23, 0, 0, 0, ist).Compare(time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC)))
	var zero time.Time
	fmt.Println(zero.Location(), zero.Location() == time.UTC)
	fmt.Println(zero.Zone())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(0, 0).In(ist), time.Unix(0, 0).Location() == time.Local, time.UnixMilli(5).Location() == time.Local)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = t.In(nil)
}
