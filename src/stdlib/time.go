package time

import "errors"

const Layout = "01/02 03:04:05PM '06 -0700"
const ANSIC = "Mon Jan _2 15:04:05 2006"
const UnixDate = "Mon Jan _2 15:04:05 MST 2006"
const RubyDate = "Mon Jan 02 15:04:05 -0700 2006"
const RFC822 = "02 Jan 06 15:04 MST"
const RFC822Z = "02 Jan 06 15:04 -0700"
const RFC850 = "Monday, 02-Jan-06 15:04:05 MST"
const RFC1123 = "Mon, 02 Jan 2006 15:04:05 MST"
const RFC1123Z = "Mon, 02 Jan 2006 15:04:05 -0700"
const RFC3339 = "2006-01-02T15:04:05Z07:00"
const RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
const Kitchen = "3:04PM"
const Stamp = "Jan _2 15:04:05"
const StampMilli = "Jan _2 15:04:05.000"
const StampMicro = "Jan _2 15:04:05.000000"
const StampNano = "Jan _2 15:04:05.000000000"
const DateTime = "2006-01-02 15:04:05"
const DateOnly = "2006-01-02"
const TimeOnly = "15:04:05"



func ParseDuration(s string) (Duration, error)
func Sleep(d Duration)

type Timer struct {
	C         <-chan Time
	initTimer bool
	// The function of a time.AfterFunc timer (what Reset re-arms).
	afterFunc func()
}

func (t *Timer) Stop() bool
func NewTimer(d Duration) *Timer
func (t *Timer) Reset(d Duration) bool
func After(d Duration) <-chan Time
func AfterFunc(d Duration, f func()) *Timer

type Ticker struct {
	C          <-chan Time
	initTicker bool
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
func Tick(d Duration) <-chan Time

// A Time: wall holds the nanoseconds (and hasMonotonic), ext the seconds since January 1,
// year 1 UTC, loc the location (nil for UTC) and mono the monotonic clock reading.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
	mono int64
}

func (t Time) IsZero() bool
func (t Time) After(u Time) bool
func (t Time) Before(u Time) bool
func (t Time) Compare(u Time) int
func (t Time) Equal(u Time) bool

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

func (m Month) String() string

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string
func (t Time) Nanosecond() int

type Duration int64

const Nanosecond Duration = 1
const Microsecond = 1000 * Nanosecond
const Millisecond = 1000 * Microsecond
const Second = 1000 * Millisecond
const Minute = 60 * Second
const Hour = 60 * Minute

func (d Duration) String() string
func (d Duration) Nanoseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Milliseconds() int64
func (d Duration) Seconds() float64
func (d Duration) Minutes() float64
func (d Duration) Hours() float64
func (d Duration) Truncate(m Duration) Duration
func (d Duration) Round(m Duration) Duration
func (d Duration) Abs() Duration
func (t Time) Add(d Duration) Time
func (t Time) Sub(u Time) Duration
func Since(t Time) Duration
func Until(t Time) Duration
func (t Time) Unix() int64
func (t Time) UnixMilli() int64
func (t Time) UnixMicro() int64
func (t Time) UnixNano() int64
func (t Time) Truncate(d Duration) Time
func (t Time) Round(d Duration) Time


const (
	hasMonotonic = 1 << 63
	nsecMask     = 1<<30 - 1

	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// Seconds from January 1, year 1 to the Unix epoch.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal

	alpha = -1 << 63
	omega = 1<<63 - 1
)

// ---- natives over "absolute" seconds (seconds since January 1, year 1 in a time's zone) ----

func now() Time
func dateSec(year, month, day, hour, min, sec, nsec int) (abs int64, ns int)
func absDate(abs int64) (year int, month Month, day int)
func absClock(abs int64) (hour, min, sec int)
func absWeekday(abs int64) Weekday
func absYearDay(abs int64) int
func parseFields(layout, value string) (year, month, day, hour, min, sec, nsec int, utc bool, zoneOffset int, zoneName string, failed bool, layoutElem, valueElem, message string)
func tzset(s string, lastTxSec, sec int64) (name string, offset int, start, end int64, isDST, ok bool)
func readZoneFile(path string) (data []byte, err string, notExist bool)
func getenv(key string) (string, bool)

// ---- locations ----

type Location struct {
	name string
	zone []zone
	tx   []zoneTrans
	// The TZ rule for times after the last transition.
	extend string
	// The zone in effect for [cacheStart, cacheEnd) (Unix seconds), if cacheZone is set.
	cacheStart int64
	cacheEnd   int64
	cacheZone  *zone
}

type zone struct {
	name   string
	offset int
	isDST  bool
}

type zoneTrans struct {
	when         int64
	index        uint8
	isstd, isutc bool
}

var utcLoc = Location{name: "UTC"}
var UTC *Location = &utcLoc
var localLoc Location
var Local *Location = loadLocal()

var errLocation = errors.New("time: invalid location name")
var errBadData = errors.New("malformed time zone information")

func setLocal(l *Location)

// Local is read at start-up (Go reads it at first use), so that the natives always find it
// loaded; by Local's initializer rather than an init function, which a REPL session would not
// run.
func loadLocal() *Location {
	initLocal()
	setLocal(&localLoc)
	return &localLoc
}

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

func initLocal() {
	tz, ok := getenv("TZ")
	switch {
	case !ok:
		z, err := loadLocation("localtime", []string{"/etc"})
		if err == nil {
			localLoc = *z
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if z, err := loadLocation(tz, []string{""}); err == nil {
				localLoc = *z
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				} else {
					localLoc.name = tz
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if z, err := loadLocation(tz, platformZoneSources); err == nil {
				localLoc = *z
				return
			}
		}
	}
	localLoc = Location{name: "UTC"}
}

func (l *Location) String() string {
	return l.get().name
}

// The unnamed whole-hour zones FixedZone shares, as Go's does (UTC-12 to UTC+14).
var unnamedFixedZones [27]*Location

func FixedZone(name string, offset int) *Location {
	hour := offset / 60 / 60
	if name == "" && -12 <= hour && hour <= 14 && hour*60*60 == offset {
		l := unnamedFixedZones[hour+12]
		if l == nil {
			l = fixedZone(name, offset)
			unnamedFixedZones[hour+12] = l
		}
		return l
	}
	return fixedZone(name, offset)
}

func fixedZone(name string, offset int) *Location {
	l := &Location{
		name:       name,
		zone:       []zone{{name, offset, false}},
		tx:         []zoneTrans{{alpha, 0, false, false}},
		cacheStart: alpha,
		cacheEnd:   omega,
	}
	l.cacheZone = &l.zone[0]
	return l
}

// lookup returns the zone in effect at Unix time sec, and the bounds of that period.



// lookupName returns the offset of the zone named name in l, preferring one in effect near unix.
// lookup returns the zone in effect at Unix time sec, and the bounds of that period (native: see
// pkg_time.rs).
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool)

// lookupName returns the offset of the zone named name in l, preferring one in effect near unix.
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	for i := range l.zone {
		zone := &l.zone[i]
		if zone.name == name {
			nam, offset, _, _, _ := l.lookup(unix - int64(zone.offset))
			if nam == zone.name {
				return offset, true
			}
		}
	}
	for i := range l.zone {
		zone := &l.zone[i]
		if zone.name == name {
			return zone.offset, true
		}
	}
	return
}

var platformZoneSources = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
	"/etc/zoneinfo",
}

type zoneFileError struct{ msg string }

func (e *zoneFileError) Error() string { return e.msg }

func loadTzinfo(dir, name string) ([]byte, error, bool) {
	if dir != "" {
		name = dir + "/" + name
	}
	data, msg, notExist := readZoneFile(name)
	if msg != "" {
		return nil, &zoneFileError{msg}, notExist
	}
	return data, nil, false
}

func loadLocation(name string, sources []string) (*Location, error) {
	var firstErr error
	for _, source := range sources {
		zoneData, err, notExist := loadTzinfo(source, name)
		if err == nil {
			z, err2 := LoadLocationFromTZData(name, zoneData)
			if err2 == nil {
				return z, nil
			}
			err = err2
		}
		if firstErr == nil && !notExist {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	var firstErr error
	if zoneinfo, _ := getenv("ZONEINFO"); zoneinfo != "" {
		zoneData, err, notExist := loadTzinfo(zoneinfo, name)
		if err == nil {
			z, err2 := LoadLocationFromTZData(name, zoneData)
			if err2 == nil {
				return z, nil
			}
			firstErr = err2
		} else if !notExist {
			firstErr = err
		}
	}
	z, err := loadLocation(name, platformZoneSources)
	if err == nil {
		return z, nil
	}
	if firstErr == nil {
		firstErr = err
	}
	return nil, firstErr
}

// tzReader reads a TZif file's big-endian fields.
type tzReader struct {
	p   []byte
	bad bool
}

func (d *tzReader) read(n int) []byte {
	if len(d.p) < n || n < 0 {
		d.p = nil
		d.bad = true
		return nil
	}
	p := d.p[0:n]
	d.p = d.p[n:]
	return p
}

func (d *tzReader) big4() (uint32, bool) {
	p := d.read(4)
	if len(p) < 4 {
		d.bad = true
		return 0, false
	}
	return uint32(p[3]) | uint32(p[2])<<8 | uint32(p[1])<<16 | uint32(p[0])<<24, true
}

func (d *tzReader) big8() (uint64, bool) {
	n1, ok1 := d.big4()
	n2, ok2 := d.big4()
	if !ok1 || !ok2 {
		d.bad = true
		return 0, false
	}
	return uint64(n1)<<32 | uint64(n2), true
}

func (d *tzReader) byte() (byte, bool) {
	p := d.read(1)
	if len(p) < 1 {
		d.bad = true
		return 0, false
	}
	return p[0], true
}

// cstring is the NUL-terminated string at the start of b.
func cstring(b []byte) string {
	for i := range b {
		if b[i] == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	d := tzReader{data, false}
	if magic := d.read(4); string(magic) != "TZif" {
		return nil, errBadData
	}
	var version int
	p := d.read(16)
	if len(p) != 16 {
		return nil, errBadData
	}
	switch p[0] {
	case 0:
		version = 1
	case '2':
		version = 2
	case '3':
		version = 3
	default:
		return nil, errBadData
	}
	const (
		NUTCLocal = iota
		NStdWall
		NLeap
		NTime
		NZone
		NChar
	)
	var n [6]int
	for i := 0; i < 6; i++ {
		nn, ok := d.big4()
		if !ok || nn > 1<<31 {
			return nil, errBadData
		}
		n[i] = int(nn)
	}
	is64 := false
	if version > 1 {
		skip := n[NTime]*4 + n[NTime] + n[NZone]*6 + n[NChar] + n[NLeap]*8 + n[NStdWall] + n[NUTCLocal]
		skip += 4 + 16
		d.read(skip)
		is64 = true
		for i := 0; i < 6; i++ {
			nn, ok := d.big4()
			if !ok || nn > 1<<31 {
				return nil, errBadData
			}
			n[i] = int(nn)
		}
	}
	size := 4
	if is64 {
		size = 8
	}
	txtimes := tzReader{d.read(n[NTime] * size), false}
	txzones := d.read(n[NTime])
	zonedata := tzReader{d.read(n[NZone] * 6), false}
	abbrev := d.read(n[NChar])
	d.read(n[NLeap] * (size + 4))
	isstd := d.read(n[NStdWall])
	isutc := d.read(n[NUTCLocal])
	if d.bad {
		return nil, errBadData
	}
	var extend string
	rest := d.p
	if len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		extend = string(rest[1 : len(rest)-1])
	}
	nzone := n[NZone]
	if nzone == 0 {
		return nil, errBadData
	}
	zones := make([]zone, nzone)
	for i := range zones {
		n, ok := zonedata.big4()
		if !ok {
			return nil, errBadData
		}
		zones[i].offset = int(int32(n))
		b, ok := zonedata.byte()
		if !ok {
			return nil, errBadData
		}
		zones[i].isDST = b != 0
		b, ok = zonedata.byte()
		if !ok || int(b) >= len(abbrev) {
			return nil, errBadData
		}
		zones[i].name = cstring(abbrev[b:])
	}
	tx := make([]zoneTrans, n[NTime])
	for i := range tx {
		var when int64
		if !is64 {
			n4, ok := txtimes.big4()
			if !ok {
				return nil, errBadData
			}
			when = int64(int32(n4))
		} else {
			n8, ok := txtimes.big8()
			if !ok {
				return nil, errBadData
			}
			when = int64(n8)
		}
		tx[i].when = when
		if int(txzones[i]) >= len(zones) {
			return nil, errBadData
		}
		tx[i].index = txzones[i]
		if i < len(isstd) {
			tx[i].isstd = isstd[i] != 0
		}
		if i < len(isutc) {
			tx[i].isutc = isutc[i] != 0
		}
	}
	if len(tx) == 0 {
		tx = append(tx, zoneTrans{when: alpha, index: 0})
	}
	l := &Location{zone: zones, tx: tx, name: name, extend: extend}
	sec := now().ext + internalToUnix
	for i := range tx {
		if tx[i].when <= sec && (i+1 == len(tx) || sec < tx[i+1].when) {
			l.cacheStart = tx[i].when
			l.cacheEnd = omega
			l.cacheZone = &l.zone[tx[i].index]
			if i+1 < len(tx) {
				l.cacheEnd = tx[i+1].when
			} else if l.extend != "" {
				if name, offset, estart, eend, isDST, ok := tzset(l.extend, l.cacheStart, sec); ok {
					l.cacheStart = estart
					l.cacheEnd = eend
					l.cacheZone = &zone{name, offset, isDST}
					for j := range l.zone {
						z := &l.zone[j]
						if z.name == name && z.offset == offset && z.isDST == isDST {
							l.cacheZone = z
							break
						}
					}
				}
			}
			break
		}
	}
	return l, nil
}

// ---- times ----

func Now() Time

func (t Time) nsec() int { return int(t.wall & nsecMask) }

func (t Time) unixSec() int64 { return t.ext + internalToUnix }

// Native: the calendar and clock of t in its location.
func (t Time) locabs() (name string, offset int, abs int64)
func (t Time) abs() int64
func (t Time) Date() (year int, month Month, day int)
func (t Time) Year() int
func (t Time) Month() Month
func (t Time) Day() int
func (t Time) Weekday() Weekday
func (t Time) Clock() (hour, min, sec int)
func (t Time) Hour() int
func (t Time) Minute() int
func (t Time) Second() int
func (t Time) YearDay() int
func (t Time) Zone() (name string, offset int)
func (t Time) IsDST() bool
func (t Time) Format(layout string) string
func (t Time) AppendFormat(b []byte, layout string) []byte
func (t Time) String() string

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.wall &^= hasMonotonic
	t.mono = 0
	t.loc = loc
}

// locabs returns the zone of t and its absolute seconds (seconds since year 1 in that zone).







func (t Time) ISOWeek() (year, week int) {
	abs := t.abs()
	d := int64(Thursday - absWeekday(abs))
	if d == 4 {
		d = -3
	}
	abs += d * secondsPerDay
	year, _, _ = absDate(abs)
	return year, (absYearDay(abs)-1)/7 + 1
}






func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

func (t Time) Location() *Location {
	l := t.loc
	if l == nil {
		l = UTC
	}
	return l
}


func (t Time) ZoneBounds() (start, end Time) {
	_, _, startSec, endSec, _ := t.loc.lookup(t.unixSec())
	if startSec != alpha {
		start = Time{0, startSec + unixToInternal, nil, 0}
		start.setLoc(t.loc)
	}
	if endSec != omega {
		end = Time{0, endSec + unixToInternal, nil, 0}
		end.setLoc(t.loc)
	}
	return
}


func unixTime(sec int64, nsec int) Time {
	return Time{uint64(nsec), sec + unixToInternal, Local, 0}
}

func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return unixTime(sec, int(nsec))
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	abs, ns := dateSec(year, int(month), day, hour, min, sec, nsec)
	unix := abs + internalToUnix
	// The zone offset in effect at the wall time, taken as if it were UTC; if the time that
	// gives lies outside that zone's period, the offset of the period it lies in.
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	t := Time{uint64(ns), unix + unixToInternal, nil, 0}
	t.setLoc(loc)
	return t
}

func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, t.nsec(), t.Location())
}

// ---- formatting ----



func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}


func (t Time) GoString() string {
	abs := t.abs()
	year, month, day := absDate(abs)
	hour, minute, second := absClock(abs)
	buf := make([]byte, 0, 72)
	buf = append(buf, "time.Date("...)
	buf = appendInt(buf, year, 0)
	if January <= month && month <= December {
		buf = append(buf, ", time."...)
		buf = append(buf, month.String()...)
	} else {
		buf = appendInt(buf, int(month), 0)
	}
	buf = append(buf, ", "...)
	buf = appendInt(buf, day, 0)
	buf = append(buf, ", "...)
	buf = appendInt(buf, hour, 0)
	buf = append(buf, ", "...)
	buf = appendInt(buf, minute, 0)
	buf = append(buf, ", "...)
	buf = appendInt(buf, second, 0)
	buf = append(buf, ", "...)
	buf = appendInt(buf, t.Nanosecond(), 0)
	buf = append(buf, ", "...)
	switch loc := t.Location(); loc {
	case UTC, nil:
		buf = append(buf, "time.UTC"...)
	case Local:
		buf = append(buf, "time.Local"...)
	default:
		buf = append(buf, `time.Location(`...)
		buf = append(buf, quote(loc.name)...)
		buf = append(buf, ')')
	}
	buf = append(buf, ')')
	return string(buf)
}

// quote is time's own strconv.Quote: non-ASCII bytes as \x escapes.
func quote(s string) string {
	const hex = "0123456789abcdef"
	buf := make([]byte, 1, len(s)+2)
	buf[0] = '"'
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= 0x80 {
			// Go escapes each byte of a multi-byte rune; invalid bytes alike.
			buf = append(buf, '\\', 'x', hex[c>>4], hex[c&0xF])
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, c)
	}
	buf = append(buf, '"')
	return string(buf)
}

// ---- parsing ----

type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " +
			quote(e.Value) + " as " +
			quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " +
			quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func atoiGMT(s string) int {
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	x := 0
	for i := 0; i < len(s); i++ {
		x = x*10 + int(s[i]-'0')
	}
	if neg {
		x = -x
	}
	return x
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	year, month, day, hour, min, sec, nsec, utc, zoneOffset, zoneName, failed, layoutElem, valueElem, message := parseFields(layout, value)
	if failed {
		return Time{}, &ParseError{layout, value, layoutElem, valueElem, message}
	}
	if utc {
		return Date(year, Month(month), day, hour, min, sec, nsec, UTC), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.ext -= int64(zoneOffset)
		name, offset, _, _, _ := local.lookup(t.unixSec())
		if offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(zoneName, zoneOffset))
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		offset, ok := local.lookupName(zoneName, t.unixSec())
		if ok {
			t.ext -= int64(offset)
			t.setLoc(local)
			return t, nil
		}
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset = atoiGMT(zoneName[3:]) * 3600
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
}

// ---- encodings ----

func (t Time) appendStrictRFC3339(b []byte) ([]byte, error) {
	n0 := len(b)
	b = t.AppendFormat(b, RFC3339Nano)
	num2 := func(b []byte) byte { return 10*(b[0]-'0') + (b[1] - '0') }
	switch {
	case b[n0+len("9999")] != '-':
		return b, errors.New("year outside of range [0,9999]")
	case b[len(b)-1] != 'Z':
		c := b[len(b)-len("Z07:00")]
		if ('0' <= c && c <= '9') || num2(b[len(b)-len("07:00"):]) >= 24 {
			return b, errors.New("timezone hour outside of range [0,23]")
		}
	}
	return b, nil
}

func (t Time) appendTo(b []byte, errPrefix string) ([]byte, error) {
	b, err := t.appendStrictRFC3339(b)
	if err != nil {
		return nil, errors.New(errPrefix + err.Error())
	}
	return b, nil
}

func (t Time) AppendText(b []byte) ([]byte, error) {
	return t.appendTo(b, "Time.AppendText: ")
}

func (t Time) MarshalText() ([]byte, error) {
	return t.appendTo(make([]byte, 0, len(RFC3339Nano)), "Time.MarshalText: ")
}

func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

func (t Time) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, len(RFC3339Nano)+len(`""`))
	b = append(b, '"')
	b, err := t.appendStrictRFC3339(b)
	b = append(b, '"')
	if err != nil {
		return nil, errors.New("Time.MarshalJSON: " + err.Error())
	}
	return b, nil
}

func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	data = data[1 : len(data)-1]
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

func (t Time) AppendBinary(b []byte) ([]byte, error) {
	var offsetMin int16 // minutes east of UTC; -1 is UTC
	var offsetSec int8
	version := byte(1)
	if t.Location() == UTC {
		offsetMin = -1
	} else {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = 2
			offsetSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return b, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offsetMin = int16(offset)
	}
	sec := t.ext
	nsec := t.nsec()
	b = append(b, version,
		byte(sec>>56), byte(sec>>48), byte(sec>>40), byte(sec>>32),
		byte(sec>>24), byte(sec>>16), byte(sec>>8), byte(sec),
		byte(nsec>>24), byte(nsec>>16), byte(nsec>>8), byte(nsec),
		byte(offsetMin>>8), byte(offsetMin))
	if version == 2 {
		b = append(b, byte(offsetSec))
	}
	return b, nil
}

func (t Time) MarshalBinary() ([]byte, error) {
	b, err := t.AppendBinary(make([]byte, 0, 16))
	if err != nil {
		return nil, err
	}
	return b, nil
}

func (t *Time) UnmarshalBinary(data []byte) error {
	buf := data
	if len(buf) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := buf[0]
	if version != 1 && version != 2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	wantLen := 1 + 8 + 4 + 2
	if version == 2 {
		wantLen++
	}
	if len(buf) != wantLen {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	buf = buf[1:]
	sec := int64(buf[7]) | int64(buf[6])<<8 | int64(buf[5])<<16 | int64(buf[4])<<24 |
		int64(buf[3])<<32 | int64(buf[2])<<40 | int64(buf[1])<<48 | int64(buf[0])<<56
	buf = buf[8:]
	nsec := int32(buf[3]) | int32(buf[2])<<8 | int32(buf[1])<<16 | int32(buf[0])<<24
	buf = buf[4:]
	offset := int(int16(buf[1])|int16(buf[0])<<8) * 60
	if version == 2 {
		offset += int(int8(buf[2]))
	}
	*t = Time{uint64(nsec), sec, nil, 0}
	if offset == -1*60 {
		t.setLoc(&utcLoc)
	} else if _, localoff, _, _, _ := Local.lookup(t.unixSec()); offset == localoff {
		t.setLoc(Local)
	} else {
		t.setLoc(FixedZone("", offset))
	}
	return nil
}

func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }
