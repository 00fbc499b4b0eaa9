package runtime

const Compiler = "gc"
const GOOS string = "linux"
const GOARCH string = "amd64"

type Error interface {
	error
	RuntimeError()
}

type TypeAssertionError struct {
	concrete      string
	asserted      string
	missingMethod string
}

func (e *TypeAssertionError) Error() string
func (*TypeAssertionError) RuntimeError()

func GOMAXPROCS(n int) int
func NumCPU() int
func NumGoroutine() int
func NumCgoCall() int64
func Gosched()
func Goexit()
func GC()
func Version() string
func GOROOT() string
func KeepAlive(x any)
func SetFinalizer(obj any, finalizer any)
func LockOSThread()
func UnlockOSThread()
func Breakpoint()
func Stack(buf []byte, all bool) int
func Caller(skip int) (pc uintptr, file string, line int, ok bool)
func Callers(skip int, pc []uintptr) int

type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

type Frames struct {
	callers []uintptr
	frames  []Frame
}

func CallersFrames(callers []uintptr) *Frames
func (ci *Frames) Next() (frame Frame, more bool)

type Func struct {
	name  string
	file  string
	line  int
	entry uintptr
}

func FuncForPC(pc uintptr) *Func
func (f *Func) Entry() uintptr
func (f *Func) FileLine(pc uintptr) (file string, line int)
func (f *Func) Name() string

type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func ReadMemStats(m *MemStats)
