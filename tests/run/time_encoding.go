package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	ist := time.FixedZone("IST", 19800)
	odd := time.FixedZone("ODD", 3600+30*60+17)
	for _, t := range []time.Time{
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2009, time.November, 10, 23, 0, 0, 123456000, ist),
		time.Date(2009, time.November, 10, 23, 0, 0, 5, odd),
		time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("", 25*3600)),
		{},
	} {
		b, err := t.MarshalText()
		fmt.Printf("%q %v\n", b, err)
		j, err := t.MarshalJSON()
		fmt.Printf("%s %v\n", j, err)
		a, err := t.AppendText([]byte("x:"))
		fmt.Printf("%q %v\n", a, err)
		bin, err := t.MarshalBinary()
		fmt.Printf("%x %v\n", bin, err)
		var u time.Time
		err = u.UnmarshalBinary(bin)
		_, off := u.Zone()
		fmt.Println(u.UTC(), off, err, u.Equal(t), u.Location() == time.UTC)
		var v time.Time
		if err := v.UnmarshalText(b); err == nil {
			_, off := v.Zone()
			fmt.Println(v.UTC(), off, v.Equal(t))
		}
		g, _ := t.GobEncode()
		var w time.Time
		fmt.Println(w.GobDecode(g), w.Equal(t))
		fmt.Printf("%#v\n", t)
	}
	var t time.Time
	for _, s := range []string{`"2006-01-02T15:04:05Z"`, `null`, `"2006-01-02T15:04:05.5+01:00"`, `2006`, `"x"`, `"`, `"2006-01-02T15:04:05"`} {
		err := t.UnmarshalJSON([]byte(s))
		_, off := t.Zone()
		fmt.Println(t.UTC(), off, err)
	}
	fmt.Println(t.UnmarshalText([]byte("bad")))
	fmt.Println(t.UnmarshalBinary(nil), t.UnmarshalBinary([]byte{3}), t.UnmarshalBinary([]byte{1, 2}))
	fmt.Println(time.Date(2009, 13, 1, 0, 0, 0, 0, time.UTC).GoString())
	fmt.Printf("%#v\n", time.Date(2009, 1, 1, 0, 0, 0, 0, time.FixedZone("a\"b\xff", 0)))

	now := time.Now()
	s := now.String()
	fmt.Println(strings.Contains(s, " m=+"), strings.Contains(now.UTC().String(), "m="), strings.Contains(now.Round(0).String(), "m="))
	fmt.Println(now.Location() == time.Local, now.Local() == now, now.Round(0) == now.Round(0).Local())
	later := now.Add(time.Second)
	fmt.Println(later.Sub(now), strings.Contains(later.String(), "m=+1."), later.After(now), now.Before(later), now.Compare(later))
	fmt.Println(time.Since(now) < time.Second, time.Until(now) <= 0)
	fmt.Println(now.Truncate(time.Hour).Location() == time.Local, time.Date(2009, 11, 10, 23, 30, 0, 0, ist).Truncate(time.Hour), time.Date(2009, 11, 10, 23, 30, 0, 0, ist).Round(time.Hour))
	fmt.Println(time.Unix(1e9, 0).In(ist), time.UTC.String())
	// Timers send Local times with monotonic readings.
	tv := <-time.After(time.Millisecond)
	fmt.Println(tv.Location() == time.Local, strings.Contains(tv.String(), " m=+"), tv.After(now), time.Since(tv) >= 0)
	var lp *time.Location
	fmt.Println(lp.String())
	d := time.Date(2024, 1, 1, 0, 0, 0, 0, ist)
	fmt.Println(d.AddDate(0, 1, 30), d.YearDay(), d.Weekday(), d.UTC().Weekday(), d.UTC().YearDay())
	for _, y := range []int{2020, 2021, 2026, 2027} {
		for _, md := range [][2]int{{1, 1}, {1, 4}, {12, 28}, {12, 31}} {
			yy, ww := time.Date(y, time.Month(md[0]), md[1], 12, 0, 0, 0, time.UTC).ISOWeek()
			fmt.Print(yy, "-", ww, " ")
		}
	}
	fmt.Println()
	fmt.Println(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AppendFormat([]byte("at "), time.RFC822Z))
	e1 := time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC)
	e2 := e1.In(ist)
	m := map[time.Time]int{e1: 1, e2: 2}
	fmt.Println(len(m), e1 == e2, e1.Equal(e2), e2.UTC() == e1, e1.Local().UTC() == e1)
	var nilTime *time.Time
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(nilTime.UnmarshalText([]byte("2006-01-02T15:04:05Z")))
	}()
	fmt.Println(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).ZoneBounds())
	s1, e := e2.ZoneBounds()
	fmt.Println(s1.IsZero(), e.IsZero())
	fmt.Println(time.FixedZone("", 3600) == time.FixedZone("", 3600), time.FixedZone("X", 3600) == time.FixedZone("X", 3600))
	defer func() { fmt.Println("recovered:", recover()) }()
	time.Date(1, 1, 1, 0, 0, 0, 0, nil)
}
