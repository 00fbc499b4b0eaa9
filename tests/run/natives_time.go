package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond, 1234567, time.Second, 1500 * time.Millisecond, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond, -5 * time.Minute, 1<<63 - 1, -1 << 63, 100 * time.Hour} {
		fmt.Println(d, d.String(), d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours(), d.Abs())
		fmt.Println(d.Truncate(time.Second), d.Round(time.Second), d.Round(time.Hour), d.Truncate(0), d.Round(7*time.Millisecond))
	}
	for _, s := range []string{"1h2m3s", "1.5h", "-2m", "+3ms", "300ms", "1us", "1µs", "2ns", "0", "", "-", "1", "1x", "h", ".5s", "1.s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "3000000h", "1h\xff"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}

	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, t.Unix(), t.UnixNano(), t.UnixMilli(), t.UnixMicro())
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC1123Z, time.RFC822, time.RFC850, time.ANSIC, time.UnixDate, time.RubyDate, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly, time.Layout,
		"Monday, January 2, 2006 at 3:04pm (MST)", "06/1/2 _2 __2 002 .000 ,999 .9 15h", "2006-01-02T15:04:05.000000Z07:00 -07 -07:00:00 Z070000 Z07"} {
		fmt.Println(t.Format(layout))
	}
	u := time.Unix(1700000000, 5).UTC()
	fmt.Println(u, u.Unix(), u.Weekday(), u.Sub(t), t.Sub(u), u.After(t), u.Before(t), u.Equal(u), t.Compare(u), u.Compare(t), t.Compare(t))
	fmt.Println(t.Add(36*time.Hour), t.Add(-time.Nanosecond*123456790), t.AddDate(0, 3, 25), t.AddDate(-1, -11, -10))
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 1e9+1, time.UTC), time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	var zero time.Time
	fmt.Println(zero.IsZero(), t.IsZero(), zero, zero.Weekday(), zero.Unix())
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC(), time.Unix(0, -1).UTC())
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Round(time.Second), t.Truncate(24*time.Hour))
	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for wd := time.Weekday(-1); wd <= 7; wd++ {
		fmt.Print(wd, " ")
	}
	fmt.Println()
	start := time.Now()
	el := time.Since(start)
	fmt.Println(el >= 0, el < time.Second, time.Until(start) <= 0, start.Unix() > 1600000000)
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero(), time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC), time.Date(1600, 2, 29, 0, 0, 0, 0, time.UTC).Weekday())
}
