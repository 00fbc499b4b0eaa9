package signal

// os/signal in Go: the handlers and their delivery. Natives set the signal dispositions
// (vm::signal); a watcher goroutine, started by the first Notify, takes the caught signals and
// sends each, without blocking, to every channel that wants it.

import (
	"context"
	"os"
	"sync"
	"syscall"
)

const numSig = 65

type handler struct {
	c    chan<- os.Signal
	mask [(numSig + 31) / 32]uint32
}

func (h *handler) want(sig int) bool {
	return (h.mask[sig/32]>>uint(sig&31))&1 != 0
}

func (h *handler) set(sig int) {
	h.mask[sig/32] |= 1 << uint(sig&31)
}

func (h *handler) clear(sig int) {
	h.mask[sig/32] &^= 1 << uint(sig&31)
}

func (h *handler) empty() bool {
	for _, m := range h.mask {
		if m != 0 {
			return false
		}
	}
	return true
}

var handlers struct {
	sync.Mutex
	list     []*handler
	ref      [numSig]int64
	watching bool
}

func find(c chan<- os.Signal) int {
	for i, h := range handlers.list {
		if h.c == c {
			return i
		}
	}
	return -1
}

func drop(i int) {
	handlers.list = append(handlers.list[:i], handlers.list[i+1:]...)
}

func signum(sig os.Signal) int {
	switch sig := sig.(type) {
	case syscall.Signal:
		i := int(sig)
		if i < 0 || i >= numSig {
			return -1
		}
		return i
	default:
		return -1
	}
}

func enableSignal(sig int)
func disableSignal(sig int)
func ignoreSignal(sig int)
func signalIgnored(sig int) bool

// pending takes the next caught signal (0 when none is); waitSignal parks until one may be.
func pending() int
func waitSignal()

func watch() {
	for {
		n := pending()
		if n == 0 {
			waitSignal()
			continue
		}
		process(syscall.Signal(n))
	}
}

func process(sig os.Signal) {
	n := signum(sig)
	if n < 0 {
		return
	}
	handlers.Lock()
	defer handlers.Unlock()
	for _, h := range handlers.list {
		if h.want(n) {
			select {
			case h.c <- sig:
			default:
			}
		}
	}
}

// Notify causes package signal to relay incoming signals to c; with no signals, all of them.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	handlers.Lock()
	defer handlers.Unlock()
	var h *handler
	if i := find(c); i >= 0 {
		h = handlers.list[i]
	} else {
		h = &handler{c: c}
		handlers.list = append(handlers.list, h)
	}
	add := func(n int) {
		if n < 0 {
			return
		}
		if !h.want(n) {
			h.set(n)
			if handlers.ref[n] == 0 {
				enableSignal(n)
				if !handlers.watching {
					handlers.watching = true
					go watch()
				}
			}
			handlers.ref[n]++
		}
	}
	if len(sig) == 0 {
		for n := 0; n < numSig; n++ {
			add(n)
		}
	} else {
		for _, s := range sig {
			add(signum(s))
		}
	}
}

// Stop causes package signal to stop relaying incoming signals to c.
func Stop(c chan<- os.Signal) {
	handlers.Lock()
	defer handlers.Unlock()
	i := find(c)
	if i < 0 {
		return
	}
	h := handlers.list[i]
	drop(i)
	for n := 0; n < numSig; n++ {
		if h.want(n) {
			handlers.ref[n]--
			if handlers.ref[n] == 0 {
				disableSignal(n)
			}
		}
	}
}

func cancel(sigs []os.Signal, action func(int)) {
	handlers.Lock()
	defer handlers.Unlock()
	remove := func(n int) {
		if n < 0 {
			return
		}
		for i := 0; i < len(handlers.list); i++ {
			h := handlers.list[i]
			if h.want(n) {
				handlers.ref[n]--
				h.clear(n)
				if h.empty() {
					drop(i)
					i--
				}
			}
		}
		action(n)
	}
	if len(sigs) == 0 {
		for n := 0; n < numSig; n++ {
			remove(n)
		}
	} else {
		for _, s := range sigs {
			remove(signum(s))
		}
	}
}

// Ignore causes the provided signals to be ignored; with none, all of them.
func Ignore(sig ...os.Signal) {
	cancel(sig, ignoreSignal)
}

// Ignored reports whether sig is currently ignored.
func Ignored(sig os.Signal) bool {
	sn := signum(sig)
	return sn >= 0 && signalIgnored(sn)
}

// Reset undoes the effect of any prior calls to Notify for the provided signals; with none, all.
func Reset(sig ...os.Signal) {
	cancel(sig, disableSignal)
}

// NotifyContext returns a copy of parent that is done when one of the signals arrives, when stop
// is called, or when parent is done.
func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	cctx, cancel := context.WithCancelCause(parent)
	c := &signalCtx{
		Context: cctx,
		cancel:  cancel,
		signals: signals,
	}
	c.ch = make(chan os.Signal, 1)
	Notify(c.ch, c.signals...)
	if cctx.Err() == nil {
		go func() {
			select {
			case s := <-c.ch:
				c.cancel(signalError(s.String() + " signal received"))
			case <-c.Done():
			}
		}()
	}
	return c, c.stop
}

type signalCtx struct {
	context.Context

	cancel  context.CancelCauseFunc
	signals []os.Signal
	ch      chan os.Signal
}

func (c *signalCtx) stop() {
	c.cancel(nil)
	Stop(c.ch)
}

type stringer interface {
	String() string
}

func (c *signalCtx) String() string {
	name := "context.Background.WithCancel"
	if s, ok := c.Context.(stringer); ok {
		name = s.String()
	}
	const suffix = ".WithCancel"
	if len(name) >= len(suffix) && name[len(name)-len(suffix):] == suffix {
		name = name[:len(name)-len(suffix)]
	}
	buf := []byte("signal.NotifyContext(" + name)
	if len(c.signals) != 0 {
		buf = append(buf, ", ["...)
		for i, s := range c.signals {
			buf = append(buf, s.String()...)
			if i != len(c.signals)-1 {
				buf = append(buf, ' ')
			}
		}
		buf = append(buf, ']')
	}
	buf = append(buf, ')')
	return string(buf)
}

type signalError string

func (s signalError) Error() string {
	return string(s)
}
