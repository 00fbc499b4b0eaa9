// Package testing, written in Go for corgi: the test runner that a generated test main calls.
// It follows the shape of Go's own package (tRunner, flushToParent, the chatty printer), so that
// its output is go test's byte for byte, timings aside. Flags arrive as `-test.NAME=VALUE`
// arguments from `corgi test`.
package testing

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

// Natives.
func matchString(pat, str string) (bool, string)
func callerFrame(skip int) (fn string, file string, line int, ok bool)
func captureStdout()
func endCapture() string
func raceErrors() int
func allocCount() uint64
func allocBytes() uint64
func cpuName() string

type InternalTest struct {
	Name string
	F    func(*T)
}

type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// Flags.
var (
	chatty     bool
	short      bool
	failFast   bool
	fullPath   bool
	runPat     string
	skipPat    string
	listPat    string
	hasList    bool
	benchPat   string
	hasBench   bool
	benchMem   bool
	benchTime  = 1000 * time.Millisecond
	benchTimeN int
	count      = 1
	parallelN  = runtime.GOMAXPROCS(0)
	timeout    time.Duration
	shuffle    = "off"
	cpuList    []int
	flagsDone  bool
)

var numFailed int64
var numFailedMu sync.Mutex

func parseFlags() {
	if flagsDone {
		return
	}
	flagsDone = true
	for _, a := range os.Args[1:] {
		if !strings.HasPrefix(a, "-test.") {
			continue
		}
		kv := a[len("-test."):]
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "v":
			chatty = v != "false"
		case "short":
			short = v != "false"
		case "failfast":
			failFast = v != "false"
		case "fullpath":
			fullPath = v != "false"
		case "run":
			runPat = v
		case "skip":
			skipPat = v
		case "list":
			listPat = v
			hasList = true
		case "bench":
			benchPat = v
			hasBench = true
		case "benchmem":
			benchMem = v != "false"
		case "benchtime":
			if strings.HasSuffix(v, "x") {
				n, err := strconv.Atoi(v[:len(v)-1])
				if err == nil {
					benchTimeN = n
				}
			} else if d, err := time.ParseDuration(v); err == nil {
				benchTime = d
			}
		case "count":
			if n, err := strconv.Atoi(v); err == nil {
				count = n
			}
		case "parallel":
			if n, err := strconv.Atoi(v); err == nil {
				parallelN = n
			}
		case "timeout":
			if d, err := time.ParseDuration(v); err == nil {
				timeout = d
			}
		case "shuffle":
			shuffle = v
		case "cpu":
			for _, s := range strings.Split(v, ",") {
				if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && n > 0 {
					cpuList = append(cpuList, n)
				}
			}
		}
	}
	if len(cpuList) == 0 {
		cpuList = []int{runtime.GOMAXPROCS(0)}
	}
}

// Short reports whether the -test.short flag is set.
func Short() bool { return short }

// Verbose reports whether the -test.v flag is set.
func Verbose() bool { return chatty }

// Testing reports whether the current code is being run in a test.
func Testing() bool { return true }

// CoverMode reports what the test coverage mode is set to.
func CoverMode() string { return "" }

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Chdir(dir string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
	Context() context.Context
	private()
}

const indent = "    "

// stdoutMu keeps lines of concurrent tests whole, and the chatty printer's last name.
var stdoutMu sync.Mutex
var lastName string

// chattyUpdate prints a status line about test `name`.
func chattyUpdate(name, s string) {
	stdoutMu.Lock()
	lastName = name
	os.Stdout.WriteString(s)
	stdoutMu.Unlock()
}

// chattyPrint prints output of test `name`, naming it first when another test printed last.
func chattyPrint(name, s string) {
	stdoutMu.Lock()
	if lastName == "" {
		lastName = name
	} else if lastName != name {
		os.Stdout.WriteString("=== NAME  " + name + "\n")
		lastName = name
	}
	os.Stdout.WriteString(s)
	stdoutMu.Unlock()
}

type common struct {
	mu         sync.Mutex
	output     []byte
	partial    []byte
	toStdout   bool // the root: output goes straight to stdout
	ran        bool
	failed     bool
	skipped    bool
	done       bool
	finished   bool
	hasSub     bool
	chatty     bool
	bench      bool
	isParallel bool
	helpers    map[string]bool
	cleanups   []func()
	parent     *common
	level      int
	name       string
	start      time.Time
	duration   time.Duration
	barrier    chan bool
	signal     chan bool
	sub        []*T
	raceErrors int
	tempDirMu  sync.Mutex
	tempDir    string
	tempDirErr error
	tempSeq    int
	ctx        context.Context
	cancelCtx  context.CancelFunc
	runner     string
}

// T is a type passed to Test functions to manage test state and support formatted test logs.
type T struct {
	common
	tstate       *testState
	denyParallel bool
}

func (c *common) private() {}

// Name returns the name of the running (sub-) test or benchmark.
func (c *common) Name() string { return c.name }

func (c *common) setRan() {
	if c.parent != nil {
		c.parent.setRan()
	}
	c.mu.Lock()
	c.ran = true
	c.mu.Unlock()
}

// Fail marks the function as having failed but continues execution.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed reports whether the function has failed.
func (c *common) Failed() bool {
	c.checkRaces()
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed
}

// FailNow marks the function as having failed and stops its execution by calling runtime.Goexit.
func (c *common) FailNow() {
	c.Fail()
	c.mu.Lock()
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

func (c *common) log(s string) {
	c.logAt("", s)
}

// logAt logs s at position site ("file:line"), or at the caller's position when site is "".
func (c *common) logAt(site, s string) {
	s = strings.TrimSuffix(s, "\n")
	s = strings.ReplaceAll(s, "\n", "\n"+indent)
	s += "\n"
	n := c.destination()
	if n == nil {
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	if site == "" {
		s = n.callSite() + s
	} else {
		s = site + ": " + s
	}
	n.flushPartial()
	n.write(s)
}

// destination is the test output goes to: this one while it runs, else its closest running parent.
func (c *common) destination() *common {
	c.mu.Lock()
	done := c.done
	c.mu.Unlock()
	if !done {
		return c
	}
	for p := c.parent; p != nil; p = p.parent {
		p.mu.Lock()
		pd := p.done
		p.mu.Unlock()
		if !pd {
			return p
		}
	}
	return nil
}

// callSite is `file.go:line: ` of the first caller outside the testing package and helpers.
func (c *common) callSite() string {
	c.mu.Lock()
	helpers := c.helpers
	runner := c.runner
	c.mu.Unlock()
	file, line := "???", 1
	prevFile, prevLine := "", 0
	first := true
	for skip := 1; skip < 100; skip++ {
		fn, f, l, ok := callerFrame(skip)
		if !ok {
			break
		}
		if strings.HasPrefix(fn, "testing.") && fn != runner {
			continue
		}
		if fn == runner {
			if prevFile != "" {
				file, line = prevFile, prevLine
			}
			break
		}
		if first {
			file, line = f, l
			first = false
		}
		prevFile, prevLine = f, l
		if !helpers[fn] {
			file, line = f, l
			break
		}
	}
	if !fullPath {
		if i := strings.LastIndex(file, "/"); i >= 0 {
			file = file[i+1:]
		}
	}
	if line == 0 {
		line = 1
	}
	return file + ":" + strconv.Itoa(line) + ": "
}

func (c *common) flushPartial() {
	c.mu.Lock()
	p := len(c.partial) > 0
	c.mu.Unlock()
	if p {
		c.write("\n")
	}
}

// write adds text to the test's output, line by line, indented.
func (c *common) write(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b := append(c.partial, s...)
	c.partial = nil
	for len(b) > 0 {
		i := strings.IndexByte(string(b), '\n')
		if i < 0 {
			c.partial = append([]byte(nil), b...)
			break
		}
		line := string(b[:i+1])
		b = b[i+1:]
		if c.done || !c.chatty {
			c.output = append(c.output, indent...)
			c.output = append(c.output, line...)
		} else if c.bench {
			stdoutMu.Lock()
			os.Stdout.WriteString(indent + line)
			stdoutMu.Unlock()
		} else {
			chattyPrint(c.name, indent+line)
		}
	}
}

// writeToParent hands text to the parent: stdout for the root, else the parent's output, indented.
func (c *common) flushToParent(name, header string) {
	p := c.parent
	p.mu.Lock()
	c.mu.Lock()
	s := header + string(c.output)
	c.output = c.output[:0]
	c.mu.Unlock()
	if p.toStdout {
		p.mu.Unlock()
		if c.chatty {
			chattyUpdate(name, s)
		} else {
			stdoutMu.Lock()
			os.Stdout.WriteString(s)
			stdoutMu.Unlock()
		}
		return
	}
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		line := s
		if i >= 0 {
			line = s[:i+1]
		}
		p.output = append(p.output, indent...)
		p.output = append(p.output, line...)
		s = s[len(line):]
	}
	p.mu.Unlock()
}

func fmtDuration(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// Log formats its arguments using default formatting, analogous to Println, and records the text in the error log.
func (c *common) Log(args ...any) { c.log(fmt.Sprintln(args...)) }

// Logf formats its arguments according to the format, analogous to Printf, and records the text in the error log.
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

// Error is equivalent to Log followed by Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is equivalent to Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is equivalent to Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is equivalent to Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is equivalent to Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is equivalent to Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// SkipNow marks the test as having been skipped and stops its execution by calling runtime.Goexit.
func (c *common) SkipNow() {
	c.mu.Lock()
	c.skipped = true
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.skipped
}

// Helper marks the calling function as a test helper function.
func (c *common) Helper() {
	fn, _, _, ok := callerFrame(1)
	if !ok {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.helpers == nil {
		c.helpers = make(map[string]bool)
	}
	c.helpers[fn] = true
}

// Cleanup registers a function to be called when the test (or subtest) and all its subtests complete.
func (c *common) Cleanup(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cleanups = append(c.cleanups, f)
}

func (c *common) runCleanup(recoverPanics bool) (panicVal any) {
	if recoverPanics {
		defer func() {
			if r := recover(); r != nil {
				panicVal = r
			}
		}()
	}
	for {
		var cleanup func()
		c.mu.Lock()
		if len(c.cleanups) > 0 {
			last := len(c.cleanups) - 1
			cleanup = c.cleanups[last]
			c.cleanups = c.cleanups[:last]
		}
		c.mu.Unlock()
		if cleanup == nil {
			return nil
		}
		cleanup()
	}
}

// Setenv calls os.Setenv(key, value) and uses Cleanup to restore the environment variable to its original value after the test.
func (c *common) Setenv(key, value string) {
	prev, ok := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	if ok {
		c.Cleanup(func() { os.Setenv(key, prev) })
	} else {
		c.Cleanup(func() { os.Unsetenv(key) })
	}
}

// TempDir returns a new directory for the test, removed when the test and its subtests end:
// each call a fresh numbered folder under one per-test parent, named after the test, as Go does.
func (c *common) TempDir() string {
	c.tempDirMu.Lock()
	if c.tempDir == "" && c.tempDirErr == nil {
		pattern := c.Name()
		pattern = pattern[:min(len(pattern), 64)]
		pattern = removeSymbolsExcept(pattern, "!#$%&()+,-.=@^_{}~ ")
		c.tempDir, c.tempDirErr = os.MkdirTemp(os.Getenv("GOTMPDIR"), pattern)
		if c.tempDirErr == nil {
			dir := c.tempDir
			c.Cleanup(func() {
				if err := os.RemoveAll(dir); err != nil {
					c.Errorf("TempDir RemoveAll cleanup: %v", err)
				}
			})
		}
	}
	if c.tempDirErr == nil {
		c.tempSeq++
	}
	parent, seq, err := c.tempDir, c.tempSeq, c.tempDirErr
	c.tempDirMu.Unlock()
	if err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	dir := fmt.Sprintf("%s%c%03d", parent, os.PathSeparator, seq)
	if err := os.Mkdir(dir, 0o777); err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	return dir
}

func removeSymbolsExcept(s, allowed string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsNumber(r) || strings.ContainsRune(allowed, r) {
			return r
		}
		return -1
	}, s)
}

// Chdir changes the working directory (and $PWD) for the test and restores both after it.
func (c *common) Chdir(dir string) {
	oldwd, err := os.Getwd()
	if err != nil {
		c.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		c.Fatal(err)
	}
	if !filepath.IsAbs(dir) {
		if dir, err = os.Getwd(); err != nil {
			c.Fatal(err)
		}
	}
	c.Setenv("PWD", dir)
	c.Cleanup(func() {
		if err := os.Chdir(oldwd); err != nil {
			panic("testing.Chdir: " + err.Error())
		}
	})
}

// Context returns a context that is canceled just before Cleanup-registered functions are called.
func (c *common) Context() context.Context { return c.ctx }

// checkRaces fails the test when the race detector reported a race since it last looked.
func (c *common) checkRaces() {
	n := raceErrors()
	c.mu.Lock()
	seen := c.raceErrors
	if n > seen {
		c.raceErrors = n
	}
	c.mu.Unlock()
	if n <= seen {
		return
	}
	for p := c.parent; p != nil; p = p.parent {
		p.mu.Lock()
		if p.raceErrors < n {
			p.raceErrors = n
		}
		p.mu.Unlock()
	}
	// Go's testing package reports it from its own source, at this line of go1.27's testing.go.
	c.logAt("testing.go:1867", "race detected during execution of test")
	c.Fail()
}

// Parallel signals that this test is to be run in parallel with (and only with) other parallel tests.
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	if t.denyParallel {
		panic("testing: test using t.Setenv, t.Chdir, or cryptotest.SetGlobalRandom can not use t.Parallel")
	}
	t.isParallel = true
	t.duration += time.Since(t.start)
	t.parent.sub = append(t.parent.sub, t)
	if t.chatty {
		chattyUpdate(t.name, "=== PAUSE "+t.name+"\n")
	}
	running.Delete(t.name)
	t.signal <- true
	<-t.parent.barrier
	t.tstate.waitParallel()
	if t.chatty {
		chattyUpdate(t.name, "=== CONT  "+t.name+"\n")
	}
	running.Store(t.name, time.Now())
	t.start = time.Now()
}

// Setenv calls os.Setenv and restores the variable after the test; it cannot be used in parallel tests.
func (t *T) Setenv(key, value string) {
	t.checkParallel()
	t.common.Setenv(key, value)
}

// Chdir changes the working directory for the test; it cannot be used in parallel tests.
func (t *T) Chdir(dir string) {
	t.checkParallel()
	t.common.Chdir(dir)
}

func (t *T) checkParallel() {
	for c := &t.common; c != nil; c = c.parent {
		if c.isParallel {
			panic("testing: test using t.Setenv, t.Chdir, or cryptotest.SetGlobalRandom can not use t.Parallel")
		}
	}
	t.denyParallel = true
}

// Deadline reports the time at which the test binary will have exceeded the timeout.
func (t *T) Deadline() (deadline time.Time, ok bool) {
	return t.tstate.deadline, !t.tstate.deadline.IsZero()
}

var errNilPanicOrGoexit = fmt.Errorf("test executed panic(nil) or runtime.Goexit")

// running maps the names of running tests to their start, for the timeout report.
var running sync.Map

func tRunner(t *T, fn func(t *T)) {
	fname, _, _, _ := callerFrame(0)
	t.runner = fname
	defer func() {
		t.checkRaces()
		err := recover()
		signal := true
		t.mu.Lock()
		finished := t.finished
		t.mu.Unlock()
		if !finished && err == nil {
			err = errNilPanicOrGoexit
			for p := t.parent; p != nil; p = p.parent {
				p.mu.Lock()
				pf := p.finished
				p.mu.Unlock()
				if pf {
					if !t.isParallel {
						t.Errorf("%v: subtest may have called FailNow on a parent test", err)
						err = nil
					}
					signal = false
					break
				}
			}
		}
		if err != nil {
			t.Fail()
			if r := t.runCleanup(true); r != nil {
				t.Logf("cleanup panicked with %v", r)
			}
			for root := &t.common; root.parent != nil; root = root.parent {
				root.mu.Lock()
				root.duration += time.Since(root.start)
				d := root.duration
				root.mu.Unlock()
				root.flushPartial()
				root.flushToParent(root.name, fmt.Sprintf("--- FAIL: %s (%s)\n", root.name, fmtDuration(d)))
			}
			panic(err)
		}
		t.duration += time.Since(t.start)
		if len(t.sub) > 0 {
			t.tstate.release()
			running.Delete(t.name)
			close(t.barrier)
			for _, sub := range t.sub {
				<-sub.signal
			}
			cleanupStart := time.Now()
			running.Store(t.name, cleanupStart)
			if r := t.runCleanup(true); r != nil {
				panic(r)
			}
			t.duration += time.Since(cleanupStart)
			if !t.isParallel {
				t.tstate.waitParallel()
			}
		} else if t.isParallel {
			t.tstate.release()
		}
		for root := &t.common; root.parent != nil; root = root.parent {
			root.flushPartial()
		}
		if t.Failed() {
			numFailedMu.Lock()
			numFailed++
			numFailedMu.Unlock()
		}
		t.report()
		t.mu.Lock()
		t.done = true
		t.mu.Unlock()
		if t.parent != nil && !t.hasSub {
			t.setRan()
		}
		running.Delete(t.name)
		t.signal <- signal
	}()
	defer func() {
		if len(t.sub) == 0 {
			if t.cancelCtx != nil {
				t.cancelCtx()
			}
			t.runCleanup(false)
		}
	}()
	t.start = time.Now()
	fn(t)
	t.mu.Lock()
	t.finished = true
	t.mu.Unlock()
}

func (t *T) report() {
	if t.parent == nil {
		return
	}
	dstr := fmtDuration(t.duration)
	if t.Failed() {
		t.flushToParent(t.name, fmt.Sprintf("--- FAIL: %s (%s)\n", t.name, dstr))
	} else if t.chatty {
		if t.Skipped() {
			t.flushToParent(t.name, fmt.Sprintf("--- SKIP: %s (%s)\n", t.name, dstr))
		} else {
			t.flushToParent(t.name, fmt.Sprintf("--- PASS: %s (%s)\n", t.name, dstr))
		}
	}
}

// Run runs f as a subtest of t called name, in its own goroutine, and waits for it (or for it to call Parallel).
func (t *T) Run(name string, f func(t *T)) bool {
	t.hasSub = true
	testName, ok := t.tstate.match.fullName(&t.common, name)
	if !ok || shouldFailFast() {
		return true
	}
	ctx, cancel := context.WithCancel(context.Background())
	sub := &T{
		common: common{
			barrier:   make(chan bool),
			signal:    make(chan bool, 1),
			name:      testName,
			parent:    &t.common,
			level:     t.level + 1,
			chatty:    t.chatty,
			ctx:       ctx,
			cancelCtx: cancel,
		},
		tstate: t.tstate,
	}
	sub.raceErrors = raceErrors()
	if sub.chatty {
		chattyUpdate(sub.name, "=== RUN   "+sub.name+"\n")
	}
	running.Store(sub.name, time.Now())
	go tRunner(sub, f)
	if !<-sub.signal {
		runtime.Goexit()
	}
	return !sub.failed
}

func shouldFailFast() bool {
	if !failFast {
		return false
	}
	numFailedMu.Lock()
	defer numFailedMu.Unlock()
	return numFailed > 0
}

// testState limits how many parallel tests run at once (-parallel).
type testState struct {
	match    *matcher
	deadline time.Time
	mu       sync.Mutex
	maxPar   int
	running  int
	waiting  int
	start    chan bool
}

func newTestState(maxParallel int, m *matcher) *testState {
	return &testState{match: m, maxPar: maxParallel, running: 1, start: make(chan bool)}
}

func (s *testState) waitParallel() {
	s.mu.Lock()
	if s.running < s.maxPar {
		s.running++
		s.mu.Unlock()
		return
	}
	s.waiting++
	s.mu.Unlock()
	<-s.start
}

func (s *testState) release() {
	s.mu.Lock()
	if s.waiting == 0 {
		s.running--
		s.mu.Unlock()
		return
	}
	s.waiting--
	s.mu.Unlock()
	s.start <- true
}

// matcher selects tests by -run and -skip, and names subtests uniquely.
type matcher struct {
	filter   []string
	skip     [][]string
	mu       sync.Mutex
	subNames map[string]int32
}

func newMatcher(run, skip string) *matcher {
	m := &matcher{subNames: map[string]int32{}}
	if run != "" {
		m.filter = splitRegexp(run)
	}
	if skip != "" {
		for _, alt := range splitAlternatives(skip) {
			m.skip = append(m.skip, splitRegexp(alt))
		}
	}
	return m
}

func (m *matcher) fullName(c *common, subname string) (string, bool) {
	name := subname
	m.mu.Lock()
	defer m.mu.Unlock()
	if c != nil && c.level > 0 {
		name = m.unique(c.name, rewrite(subname))
	}
	elem := strings.Split(name, "/")
	if m.filter != nil {
		if ok, _ := matchElems(elem, m.filter); !ok {
			return name, false
		}
	}
	for _, s := range m.skip {
		if ok, partial := matchElems(elem, s); ok && !partial {
			return name, false
		}
	}
	return name, true
}

func matchElems(name []string, filter []string) (ok, partial bool) {
	for i, s := range name {
		if i >= len(filter) {
			break
		}
		if ok, _ := matchString(filter[i], s); !ok {
			return false, false
		}
	}
	return true, len(name) < len(filter)
}

func (m *matcher) unique(parent, subname string) string {
	base := parent + "/" + subname
	for {
		n := m.subNames[base]
		m.subNames[base] = n + 1
		if n == 0 && subname != "" {
			prefix, nn := parseSubtestNumber(base)
			if len(prefix) < len(base) && nn < m.subNames[prefix] {
				// Named like "parent/subname#NN" where #NN already numbers an earlier
				// "parent/subname": loop to add a suffix of its own.
				continue
			}
			return base
		}
		name := fmt.Sprintf("%s#%02d", base, n)
		if m.subNames[name] != 0 {
			continue
		}
		return name
	}
}

// parseSubtestNumber splits "name#NN" as the unique names above are formed; anything that %02d
// cannot have produced is returned whole.
func parseSubtestNumber(s string) (prefix string, nn int32) {
	i := strings.LastIndex(s, "#")
	if i < 0 {
		return s, 0
	}
	prefix, suffix := s[:i], s[i+1:]
	if len(suffix) < 2 || (len(suffix) > 2 && suffix[0] == '0') {
		return s, 0
	}
	if suffix == "00" && !strings.HasSuffix(prefix, "/") {
		return s, 0
	}
	n, err := strconv.ParseInt(suffix, 10, 32)
	if err != nil || n < 0 {
		return s, 0
	}
	return prefix, int32(n)
}

func rewrite(s string) string {
	b := []byte{}
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == 0x85 || r == 0xA0:
			b = append(b, '_')
		case !strconv.IsPrint(r):
			q := strconv.QuoteRune(r)
			b = append(b, q[1:len(q)-1]...)
		default:
			b = append(b, string(r)...)
		}
	}
	return string(b)
}

// splitAlternatives splits a -skip pattern at top-level `|`.
func splitAlternatives(s string) []string {
	var out []string
	cs, cp := 0, 0
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 {
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '|':
			if cs == 0 && cp == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// splitRegexp splits a -run pattern into one pattern per subtest level, at top-level slashes.
func splitRegexp(s string) []string {
	var a []string
	cs, cp := 0, 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 {
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '/':
			if cs == 0 && cp == 0 {
				a = append(a, s[:i])
				s = s[i+1:]
				i = 0
				continue
			}
		}
		i++
	}
	return append(a, s)
}

// M is a type passed to a TestMain function to run the actual tests.
type M struct {
	tests      []InternalTest
	benchmarks []InternalBenchmark
	examples   []InternalExample
	exitCode   int
	timer      *time.Timer
}

// MainStart is called by the test main corgi generates.
func MainStart(tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) *M {
	parseFlags()
	return &M{tests: tests, benchmarks: benchmarks, examples: examples}
}

// ExitCode is the status the test main exits with after TestMain returns.
func (m *M) ExitCode() int { return m.exitCode }

// Run runs the tests. It returns an exit code to pass to os.Exit.
func (m *M) Run() (code int) {
	defer func() { code = m.exitCode }()
	parseFlags()
	if parallelN < 1 {
		fmt.Fprintln(os.Stderr, "testing: -parallel can only be given a positive integer")
		m.exitCode = 2
		return
	}
	if hasList {
		if _, err := matchString(listPat, "non-empty"); err != "" {
			fmt.Fprintf(os.Stderr, "testing: invalid regexp in -test.list (%q): %s\n", listPat, err)
			os.Exit(1)
		}
		for _, t := range m.tests {
			if ok, _ := matchString(listPat, t.Name); ok {
				fmt.Println(t.Name)
			}
		}
		for _, b := range m.benchmarks {
			if ok, _ := matchString(listPat, b.Name); ok {
				fmt.Println(b.Name)
			}
		}
		for _, e := range m.examples {
			if ok, _ := matchString(listPat, e.Name); ok {
				fmt.Println(e.Name)
			}
		}
		m.exitCode = 0
		return
	}
	for _, p := range []string{runPat, skipPat, benchPat} {
		if _, err := matchString(p, "x"); err != "" {
			fmt.Fprintf(os.Stderr, "testing: invalid regexp for element 0 of %s (%q): %s\n", "-test.run", p, err)
			os.Exit(1)
		}
	}
	if shuffle != "off" {
		var n int64
		if shuffle == "on" {
			n = time.Now().UnixNano()
		} else {
			v, err := strconv.ParseInt(shuffle, 10, 64)
			if err != nil {
				fmt.Fprintln(os.Stderr, `testing: -shuffle should be "off", "on", or a valid integer:`, err)
				m.exitCode = 2
				return
			}
			n = v
		}
		fmt.Println("-test.shuffle", n)
		// Go's generator and order of calls, so a seed gives go test's order.
		rng := rand.New(rand.NewSource(n))
		rng.Shuffle(len(m.tests), func(i, j int) { m.tests[i], m.tests[j] = m.tests[j], m.tests[i] })
		rng.Shuffle(len(m.benchmarks), func(i, j int) { m.benchmarks[i], m.benchmarks[j] = m.benchmarks[j], m.benchmarks[i] })
	}
	deadline := m.startAlarm()
	testRan, testOk := runTests(m.tests, deadline)
	exampleRan, exampleOk := runExamples(m.examples)
	m.stopAlarm()
	if !testRan && !exampleRan && !hasBench {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	anyFailed := !testOk || !exampleOk || !runBenchmarks(m.benchmarks)
	if !anyFailed && raceErrors() > 0 {
		fmt.Print("testing: race detected outside of test execution\n")
		anyFailed = true
	}
	if anyFailed {
		fmt.Print("FAIL\n")
		m.exitCode = 1
		return
	}
	fmt.Print("PASS\n")
	m.exitCode = 0
	return
}

func (m *M) startAlarm() time.Time {
	if timeout <= 0 {
		return time.Time{}
	}
	deadline := time.Now().Add(timeout)
	m.timer = time.AfterFunc(timeout, func() {
		m.stopAlarm()
		debugTimeout()
	})
	return deadline
}

func (m *M) stopAlarm() {
	if m.timer != nil {
		m.timer.Stop()
	}
}

func debugTimeout() {
	var b strings.Builder
	fmt.Fprintf(&b, "test timed out after %v", timeout)
	var list []string
	running.Range(func(k, v any) bool {
		d := time.Since(v.(time.Time)).Round(time.Second)
		list = append(list, fmt.Sprintf("\t%s (%v)", k.(string), d))
		return true
	})
	sort.Strings(list)
	if len(list) > 0 {
		b.WriteString("\n\trunning tests:")
		for _, l := range list {
			b.WriteString("\n\t" + l)
		}
	}
	panic(b.String())
}

func runTests(tests []InternalTest, deadline time.Time) (ran, ok bool) {
	ok = true
	for _, procs := range cpuList {
		runtime.GOMAXPROCS(procs)
		for i := 0; i < count; i++ {
			if shouldFailFast() {
				break
			}
			if i > 0 && !ran {
				break
			}
			ctx, cancel := context.WithCancel(context.Background())
			tstate := newTestState(parallelN, newMatcher(runPat, skipPat))
			tstate.deadline = deadline
			t := &T{
				common: common{
					signal:    make(chan bool, 1),
					barrier:   make(chan bool),
					toStdout:  true,
					ctx:       ctx,
					cancelCtx: cancel,
					chatty:    chatty,
				},
				tstate: tstate,
			}
			tRunner(t, func(t *T) {
				for _, test := range tests {
					t.Run(test.Name, test.F)
				}
			})
			select {
			case <-t.signal:
			default:
				panic("internal error: tRunner exited without sending on t.signal")
			}
			ok = ok && !t.Failed()
			ran = ran || t.ran
		}
	}
	return ran, ok
}

func runExamples(examples []InternalExample) (ran, ok bool) {
	ok = true
	m := newMatcher(runPat, skipPat)
	for _, eg := range examples {
		if _, matched := m.fullName(nil, eg.Name); !matched {
			continue
		}
		ran = true
		if !runExample(eg) {
			ok = false
		}
	}
	return ran, ok
}

func runExample(eg InternalExample) (ok bool) {
	if chatty {
		fmt.Printf("=== RUN   %s\n", eg.Name)
	}
	captureStdout()
	start := time.Now()
	finished := false
	ok = true
	defer func() {
		out := endCapture()
		dstr := fmtDuration(time.Since(start))
		err := recover()
		var fail string
		got := strings.TrimSpace(out)
		want := strings.TrimSpace(eg.Output)
		if eg.Unordered {
			if sortLines(got) != sortLines(want) && err == nil {
				fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", out, eg.Output)
			}
		} else if got != want && err == nil {
			fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
		}
		if fail != "" || !finished || err != nil {
			fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, dstr, fail)
			ok = false
		} else if chatty {
			fmt.Printf("--- PASS: %s (%s)\n", eg.Name, dstr)
		}
		if err != nil {
			panic(err)
		}
	}()
	eg.F()
	finished = true
	return
}

func sortLines(output string) string {
	lines := strings.Split(output, "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// AllocsPerRun returns the average number of allocations during calls to f.
func AllocsPerRun(runs int, f func()) (avg float64) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	f()
	before := allocCount()
	for i := 0; i < runs; i++ {
		f()
	}
	after := allocCount()
	return float64((after - before) / uint64(runs))
}

// B is a type passed to Benchmark functions to manage benchmark timing and control the number of iterations.
type B struct {
	common
	N          int
	benchFunc  func(b *B)
	timerOn    bool
	startAlloc uint64
	startBytes uint64
	netAllocs  uint64
	netBytes   uint64
	showAllocs bool
	result     BenchmarkResult
	loopN      int
	extra      map[string]float64
}

// BenchmarkResult contains the results of a benchmark run.
type BenchmarkResult struct {
	N         int
	T         time.Duration
	Bytes     int64
	MemAllocs uint64
	MemBytes  uint64
	Extra     map[string]float64
}

// NsPerOp returns the "ns/op" metric.
func (r BenchmarkResult) NsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

// AllocsPerOp returns the "allocs/op" metric.
func (r BenchmarkResult) AllocsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp returns the "B/op" metric.
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

func prettyPrint(b *strings.Builder, x float64, unit string) {
	var format string
	y := x
	if y < 0 {
		y = -y
	}
	switch {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	default:
		format = "%18.7f %s"
	}
	fmt.Fprintf(b, "\t"+format, x, unit)
}

// String returns a summary of the benchmark results.
func (r BenchmarkResult) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%8d", r.N)
	ns := float64(r.T.Nanoseconds()) / float64(r.N)
	if v, ok := r.Extra["ns/op"]; ok {
		ns = v
	}
	if ns != 0 || r.Extra["ns/op"] == 0 {
		prettyPrint(&b, ns, "ns/op")
	}
	if r.Bytes > 0 && r.T > 0 {
		mbs := (float64(r.Bytes) * float64(r.N) / 1e6) / r.T.Seconds()
		fmt.Fprintf(&b, "\t%7.2f MB/s", mbs)
	}
	var units []string
	for k := range r.Extra {
		if k != "ns/op" {
			units = append(units, k)
		}
	}
	sort.Strings(units)
	for _, k := range units {
		prettyPrint(&b, r.Extra[k], k)
	}
	return b.String()
}

// MemString returns r.AllocedBytesPerOp and r.AllocsPerOp in the same format as 'go test'.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}

// StartTimer starts timing a test.
func (b *B) StartTimer() {
	if !b.timerOn {
		b.startAlloc = allocCount()
		b.startBytes = allocBytes()
		b.start = time.Now()
		b.timerOn = true
	}
}

// StopTimer stops timing a test.
func (b *B) StopTimer() {
	if b.timerOn {
		b.duration += time.Since(b.start)
		b.netAllocs += allocCount() - b.startAlloc
		b.netBytes += allocBytes() - b.startBytes
		b.timerOn = false
	}
}

// ResetTimer zeroes the elapsed benchmark time and memory allocation counters.
func (b *B) ResetTimer() {
	if b.timerOn {
		b.startAlloc = allocCount()
		b.startBytes = allocBytes()
		b.start = time.Now()
	}
	b.duration = 0
	b.netAllocs = 0
	b.netBytes = 0
}

// SetBytes records the number of bytes processed in a single operation.
func (b *B) SetBytes(n int64) { b.result.Bytes = n }

// ReportAllocs enables malloc statistics for this benchmark.
func (b *B) ReportAllocs() { b.showAllocs = true }

// ReportMetric adds "n unit" to the reported benchmark results.
func (b *B) ReportMetric(n float64, unit string) {
	if b.extra == nil {
		b.extra = map[string]float64{}
	}
	b.extra[unit] = n
}

// Elapsed returns the measured elapsed time of the benchmark.
func (b *B) Elapsed() time.Duration {
	d := b.duration
	if b.timerOn {
		d += time.Since(b.start)
	}
	return d
}

// Loop returns true as long as the benchmark should continue running.
func (b *B) Loop() bool {
	if b.loopN == 0 {
		b.ResetTimer()
	}
	if b.loopN < b.N {
		b.loopN++
		return true
	}
	b.StopTimer()
	return false
}

func (b *B) runN(n int) {
	runtime.GC()
	b.N = n
	b.loopN = 0
	b.ResetTimer()
	b.StartTimer()
	b.benchFunc(b)
	b.StopTimer()
}

func (b *B) launch() {
	if benchTimeN > 0 {
		b.runN(benchTimeN)
	} else {
		d := benchTime
		for n := 1; !b.failed && b.duration < d && n < 1e9; {
			last := n
			prevns := b.duration.Nanoseconds()
			if prevns <= 0 {
				prevns = 1
			}
			n = int(d.Nanoseconds() * int64(last) / prevns)
			n += n / 5
			if n > 100*last {
				n = 100 * last
			}
			if n < last+1 {
				n = last + 1
			}
			if n > 1e9 {
				n = 1e9
			}
			b.runN(n)
		}
	}
	b.result = BenchmarkResult{N: b.N, T: b.duration, Bytes: b.result.Bytes, MemAllocs: b.netAllocs, MemBytes: b.netBytes, Extra: b.extra}
}

// Run benchmarks f as a subbenchmark with the given name.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	sub := &B{common: common{name: b.name + "/" + rewrite(name), parent: &b.common, level: b.level + 1, bench: true, chatty: b.chatty, signal: make(chan bool, 1)}, benchFunc: f}
	sub.runBench()
	return !sub.failed
}

// runBench runs one benchmark in its own goroutine (FailNow and SkipNow end that goroutine) and
// prints its result line.
func (b *B) runBench() {
	done := make(chan bool)
	launched := false
	go func() {
		defer func() { done <- true }()
		defer func() {
			b.mu.Lock()
			b.done = true
			b.mu.Unlock()
		}()
		b.runN(1)
		if !b.hasSub && !b.failed && !b.skipped {
			launched = true
			b.launch()
		}
	}()
	<-done
	failedFirst := b.failed && !launched
	procs := runtime.GOMAXPROCS(0)
	name := b.name
	// Go names a benchmark that failed its first run (b.N == 1) without the -procs suffix.
	if procs != 1 && !failedFirst {
		name = fmt.Sprintf("%s-%d", name, procs)
	}
	if b.failed {
		fmt.Printf("--- FAIL: %s\n%s", name, string(b.output))
		return
	}
	if b.hasSub {
		if len(b.output) > 0 {
			fmt.Printf("--- BENCH: %s\n%s", name, string(b.output))
		}
		return
	}
	if b.skipped {
		if chatty {
			fmt.Printf("--- SKIP: %s\n%s", name, string(b.output))
		}
		return
	}
	line := b.result.String()
	if benchMem || b.showAllocs {
		line += "\t" + b.result.MemString()
	}
	fmt.Printf("%-*s\t%s\n", benchNameWidth, name, line)
	if len(b.output) > 0 {
		fmt.Printf("--- BENCH: %s\n%s", name, string(b.output))
	}
}

var benchNameWidth int

// RunParallel runs a benchmark in parallel, with GOMAXPROCS goroutines sharing b.N iterations.
func (b *B) RunParallel(body func(*PB)) {
	if b.N == 0 {
		return
	}
	var mu sync.Mutex
	left := b.N
	var wg sync.WaitGroup
	procs := runtime.GOMAXPROCS(0)
	for p := 0; p < procs; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pb := &PB{mu: &mu, left: &left}
			body(pb)
		}()
	}
	wg.Wait()
}

// A PB is used by RunParallel for running parallel benchmarks.
type PB struct {
	mu    *sync.Mutex
	left  *int
	batch int
}

// Next reports whether there are more iterations to execute.
func (pb *PB) Next() bool {
	if pb.batch > 0 {
		pb.batch--
		return true
	}
	pb.mu.Lock()
	defer pb.mu.Unlock()
	if *pb.left <= 0 {
		return false
	}
	n := *pb.left
	if n > 100 {
		n = 100
	}
	*pb.left -= n
	pb.batch = n - 1
	return true
}

func runBenchmarks(benchmarks []InternalBenchmark) bool {
	if !hasBench || len(benchmarks) == 0 {
		return true
	}
	m := newMatcher(benchPat, skipPat)
	var list []InternalBenchmark
	for _, bm := range benchmarks {
		if _, ok := m.fullName(nil, bm.Name); ok {
			list = append(list, bm)
		}
	}
	if len(list) == 0 {
		return true
	}
	maxProcs := 1
	for _, procs := range cpuList {
		if procs > maxProcs {
			maxProcs = procs
		}
	}
	ext := 0
	if maxProcs != 1 {
		ext = len(fmt.Sprintf("-%d", maxProcs))
	}
	for _, bm := range list {
		if w := len(bm.Name) + 2*ext + 1; w > benchNameWidth {
			benchNameWidth = w
		}
	}
	fmt.Printf("goos: %s\ngoarch: %s\npkg: %s\n", runtime.GOOS, runtime.GOARCH, benchPkg)
	if cpu := cpuName(); cpu != "" {
		fmt.Printf("cpu: %s\n", cpu)
	}
	ok := true
	for _, procs := range cpuList {
		runtime.GOMAXPROCS(procs)
		for _, bm := range list {
			for i := 0; i < count; i++ {
				b := &B{common: common{name: bm.Name, bench: true, chatty: chatty, signal: make(chan bool, 1)}, benchFunc: bm.F}
				b.parent = &common{toStdout: true}
				b.runBench()
				if b.failed {
					ok = false
				}
			}
		}
	}
	return ok
}

// benchPkg is the import path printed in the benchmark header; set by the test main.
var benchPkg string

// SetPackagePath is called by the generated test main.
func SetPackagePath(p string) { benchPkg = p }
