package main

// Zones read from TZif data built here (so the test needs no zoneinfo files): transitions, the
// POSIX TZ rule for times after them, DST gaps and overlaps, abbreviations when parsing, and
// malformed data.

import (
	"fmt"
	"time"
)

type zt struct {
	off  int32
	dst  bool
	abbr byte
}

func be4(b []byte, v uint32) []byte { return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v)) }

func be8(b []byte, v uint64) []byte { return be4(be4(b, uint32(v>>32)), uint32(v)) }

func body(b []byte, wide bool, trans []int64, idx []byte, zones []zt, abbrs string) []byte {
	for _, n := range []int{0, 0, 0, len(trans), len(zones), len(abbrs)} {
		b = be4(b, uint32(n))
	}
	for _, t := range trans {
		if wide {
			b = be8(b, uint64(t))
		} else {
			b = be4(b, uint32(int32(t)))
		}
	}
	b = append(b, idx...)
	for _, z := range zones {
		b = be4(b, uint32(z.off))
		d := byte(0)
		if z.dst {
			d = 1
		}
		b = append(b, d, z.abbr)
	}
	return append(b, abbrs...)
}

// tzif builds a TZif file: version 0 (32-bit data only) or '2' (a 64-bit section and a rule).
func tzif(version byte, trans []int64, idx []byte, zones []zt, abbrs, extend string) []byte {
	b := append([]byte("TZif"), version)
	b = append(b, make([]byte, 15)...)
	if version == 0 {
		return body(b, false, trans, idx, zones, abbrs)
	}
	b = body(b, false, nil, nil, zones[:1], abbrs)
	b = append(b, "TZif"...)
	b = append(b, version)
	b = append(b, make([]byte, 15)...)
	b = body(b, true, trans, idx, zones, abbrs)
	return append(b, "\n"+extend+"\n"...)
}

const abbrs = "LMT\x00EDT\x00EST\x00"

var zones = []zt{{-17762, false, 0}, {-14400, true, 4}, {-18000, false, 8}}

func show(t time.Time) {
	name, off := t.Zone()
	fmt.Println(t, "|", name, off, t.IsDST(), t.Unix(), t.Weekday(), t.YearDay())
}

func main() {
	data := tzif('2', []int64{-2717650800, 1173596400, 1194156000}, []byte{2, 1, 2}, zones, abbrs, "EST5EDT,M3.2.0,M11.1.0")
	ny, err := time.LoadLocationFromTZData("Test/Eastern", data)
	fmt.Println(ny, err)
	for _, t := range []time.Time{
		time.Date(1800, 1, 1, 0, 0, 0, 0, ny),
		time.Date(1883, 11, 18, 11, 59, 59, 0, ny),
		time.Date(1883, 11, 18, 12, 3, 58, 0, ny),
		time.Date(2000, 7, 1, 12, 0, 0, 0, ny),
		time.Date(2007, 7, 1, 12, 0, 0, 0, ny),
		time.Date(2007, 12, 25, 12, 0, 0, 0, ny),
		time.Date(2030, 7, 1, 12, 0, 0, 0, ny),
		time.Date(2030, 12, 25, 12, 0, 0, 0, ny),
		time.Date(2030, 3, 10, 1, 59, 59, 0, ny),
		time.Date(2030, 3, 10, 2, 30, 0, 0, ny), // in the spring-forward gap
		time.Date(2030, 3, 10, 3, 0, 0, 0, ny),
		time.Date(2030, 11, 3, 1, 30, 0, 0, ny), // in the fall-back overlap
		time.Date(2030, 11, 3, 2, 0, 0, 0, ny),
		time.Date(2030, 14, 40, 25, 70, 80, 2e9, ny),
		time.Date(2024, 2, 29, 12, 0, 0, 0, ny).AddDate(0, 1, 0),
		time.Date(2030, 3, 9, 12, 0, 0, 0, ny).AddDate(0, 0, 1),
		time.Date(2030, 3, 9, 12, 0, 0, 0, ny).Add(24 * time.Hour),
		time.Unix(1900000000, 0).In(ny),
		time.Unix(1900000000, 0).In(ny).UTC(),
	} {
		show(t)
	}
	t := time.Date(2030, 7, 1, 12, 0, 0, 0, ny)
	s, e := t.ZoneBounds()
	fmt.Println(s, "..", e)
	s, e = time.Date(1800, 1, 1, 0, 0, 0, 0, ny).ZoneBounds()
	fmt.Println(s.IsZero(), s, "..", e)
	fmt.Printf("%#v\n", t)
	fmt.Println(t.Format(time.RFC1123), t.Format(time.RFC3339), t.Format("Z07:00:00 MST"))
	fmt.Println(t.Truncate(24*time.Hour), t.Round(time.Hour))

	// Abbreviations and offsets of the location when parsing in it.
	for _, v := range []string{"2030-07-01 12:00 EDT", "2030-01-01 12:00 EDT", "2030-01-01 12:00 EST", "2030-07-01 12:00 EST", "2030-07-01 12:00 PDT", "2030-07-01 12:00 UTC", "2030-07-01 12:00 GMT+2"} {
		p, err := time.ParseInLocation("2006-01-02 15:04 MST", v, ny)
		name, off := p.Zone()
		fmt.Println(p, p.Location(), name, off, err)
	}
	for _, v := range []string{"2030-07-01 12:00 -0400", "2030-07-01 12:00 -0500", "2030-01-01 12:00 -0500", "2030-07-01 12:00 +0000"} {
		p, err := time.ParseInLocation("2006-01-02 15:04 -0700", v, ny)
		fmt.Println(p, p.Location(), err)
	}
	p, err := time.ParseInLocation("2006-01-02 15:04 -0700 MST", "2030-07-01 12:00 -0400 XYZ", ny)
	fmt.Println(p, p.Location(), err)
	p, err = time.ParseInLocation(time.DateTime, "2030-03-10 02:30:00", ny)
	fmt.Println(p, err)

	// Version 1 data (32-bit transitions, no rule): after the last transition its zone holds.
	v1, err := time.LoadLocationFromTZData("Test/V1", tzif(0, []int64{-2717650800, 1173596400}, []byte{2, 1}, zones, abbrs, ""))
	fmt.Println(v1, err)
	show(time.Date(2040, 1, 1, 0, 0, 0, 0, v1))
	show(time.Date(1900, 1, 1, 0, 0, 0, 0, v1))

	// No transitions: the first zone always.
	one, err := time.LoadLocationFromTZData("Test/One", tzif('2', nil, nil, []zt{{3600 + 1800, false, 0}}, "ABC\x00", "ABC-1:30"))
	fmt.Println(one, err)
	show(time.Date(2020, 6, 1, 0, 0, 0, 0, one))

	// A rule with a southern-hemisphere DST (DST spans the new year) and explicit times.
	south, err := time.LoadLocationFromTZData("Test/South", tzif('2', []int64{0}, []byte{0}, []zt{{36000, false, 0}, {39600, true, 5}}, "AEST\x00AEDT\x00", "AEST-10AEDT,M10.1.0,M4.1.0/3"))
	fmt.Println(south, err)
	for _, m := range []time.Month{1, 4, 7, 10, 12} {
		show(time.Date(2031, m, 15, 12, 0, 0, 0, south))
	}
	show(time.Date(2031, 4, 6, 2, 30, 0, 0, south))
	show(time.Date(2031, 10, 5, 2, 30, 0, 0, south))
	// Julian-day and zero-based day rules, <quoted> names and offsets with minutes.
	odd, err := time.LoadLocationFromTZData("Test/Odd", tzif('2', []int64{0}, []byte{0}, []zt{{-3600*3 - 1800, false, 0}}, "-0330\x00", "<-0330>3:30<-0230>,J60/1,300/2:30:15"))
	fmt.Println(odd, err)
	for _, m := range []time.Month{1, 3, 6, 11} {
		show(time.Date(2032, m, 1, 12, 0, 0, 0, odd))
	}
	// A rule that does not parse is ignored: the last transition's zone holds.
	bad, err := time.LoadLocationFromTZData("Test/BadRule", tzif('2', []int64{0}, []byte{1}, zones, abbrs, "EST5EDT,M13.1.0,M11.1.0"))
	fmt.Println(bad, err)
	show(time.Date(2040, 1, 1, 0, 0, 0, 0, bad))

	// Malformed data.
	good := tzif('2', []int64{0}, []byte{1}, zones, abbrs, "EST5EDT")
	for _, d := range [][]byte{
		nil,
		[]byte("TZif"),
		[]byte("TZjf2" + string(make([]byte, 60))),
		append([]byte("TZif9"), good[5:]...),
		good[:len(good)-20],
		tzif(0, []int64{0}, []byte{7}, zones, abbrs, ""),
		tzif(0, nil, nil, []zt{{0, false, 40}}, abbrs, ""),
		tzif(0, nil, nil, nil, abbrs, ""),
	} {
		l, err := time.LoadLocationFromTZData("Bad", d)
		fmt.Println(l == nil, err)
	}
}
