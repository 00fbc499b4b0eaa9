package context

// corgi implements context in Go, here: one type, ctx, is every kind of context (background,
// cancelable, with deadline, with value, detached).

import (
	"errors"
	"sync"
	"time"
)

type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

var Canceled = errors.New("context canceled")

var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

type CancelFunc func()

type CancelCauseFunc func(cause error)

type ctx struct {
	parent      Context
	name        string
	cancelable  bool
	detached    bool
	hasValue    bool
	hasDeadline bool
	key, val    any
	deadline    time.Time
	mu          sync.Mutex
	done        chan struct{}
	err         error
	cause       error
	children    map[*ctx]bool
	timer       *time.Timer
}

func (c *ctx) Deadline() (time.Time, bool) {
	if c.hasDeadline {
		return c.deadline, true
	}
	if c.parent == nil || c.detached {
		return time.Time{}, false
	}
	return c.parent.Deadline()
}

func (c *ctx) Done() <-chan struct{} {
	if !c.cancelable {
		if c.parent == nil || c.detached {
			return nil
		}
		return c.parent.Done()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done == nil {
		c.done = make(chan struct{})
		if c.err != nil {
			close(c.done)
		}
	}
	return c.done
}

func (c *ctx) Err() error {
	if !c.cancelable {
		if c.parent == nil || c.detached {
			return nil
		}
		return c.parent.Err()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

// cancelCtxKey is the key a context answers with its nearest cancelable *ctx, so that Cause sees
// through contexts of other types that embed one (as Go's does).
var cancelCtxKey int

func (c *ctx) Value(key any) any {
	var x Context = c
	for x != nil {
		cc, ok := x.(*ctx)
		if !ok {
			return x.Value(key)
		}
		if key == &cancelCtxKey {
			if cc.detached {
				return nil
			}
			if cc.cancelable {
				return cc
			}
		}
		if cc.hasValue && cc.key == key {
			return cc.val
		}
		x = cc.parent
	}
	return nil
}

func (c *ctx) String() string {
	if c.parent == nil {
		return c.name
	}
	if p, ok := c.parent.(*ctx); ok {
		return p.String() + "." + c.name
	}
	return "context." + c.name
}

// cancel closes c.done, cancels c's children and, if removeFromParent, removes c from its parent.
func (c *ctx) cancel(removeFromParent bool, err, cause error) {
	if cause == nil {
		cause = err
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.err = err
	c.cause = cause
	if c.done == nil {
		c.done = make(chan struct{})
	}
	close(c.done)
	children := c.children
	c.children = nil
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
	for child := range children {
		child.cancel(false, err, cause)
	}
	if removeFromParent {
		if p := parentCancelCtx(c.parent); p != nil {
			p.mu.Lock()
			if p.children != nil {
				delete(p.children, c)
			}
			p.mu.Unlock()
		}
	}
}

// parentCancelCtx is the nearest cancelable ctx above parent, through value contexts.
func parentCancelCtx(parent Context) *ctx {
	for parent != nil {
		p, ok := parent.(*ctx)
		if !ok || p.detached {
			return nil
		}
		if p.cancelable {
			return p
		}
		parent = p.parent
	}
	return nil
}

// propagate arranges for c to be canceled when its parent is.
func propagate(c *ctx) {
	parent := c.parent
	done := parent.Done()
	if done == nil {
		return
	}
	if p := parentCancelCtx(parent); p != nil {
		p.mu.Lock()
		if p.err != nil {
			err, cause := p.err, p.cause
			p.mu.Unlock()
			c.cancel(false, err, cause)
			return
		}
		if p.children == nil {
			p.children = map[*ctx]bool{}
		}
		p.children[c] = true
		p.mu.Unlock()
		return
	}
	go func() {
		select {
		case <-done:
			c.cancel(false, parent.Err(), Cause(parent))
		case <-c.Done():
		}
	}()
}

func Background() Context { return &ctx{name: "context.Background"} }

func TODO() Context { return &ctx{name: "context.TODO"} }

func newCancelCtx(parent Context, name string) *ctx {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := &ctx{parent: parent, name: name, cancelable: true}
	propagate(c)
	return c
}

func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := newCancelCtx(parent, "WithCancel")
	return c, func() { c.cancel(true, Canceled, nil) }
}

func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := newCancelCtx(parent, "WithCancel")
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

func Cause(c Context) error {
	var x Context = c
	for x != nil {
		cc, ok := x.(*ctx)
		if !ok {
			if v, ok := x.Value(&cancelCtxKey).(*ctx); ok {
				x = v
				continue
			}
			return x.Err()
		}
		if cc.detached {
			return nil
		}
		if cc.cancelable {
			cc.mu.Lock()
			defer cc.mu.Unlock()
			return cc.cause
		}
		x = cc.parent
	}
	return nil
}

func AfterFunc(c Context, f func()) (stop func() bool) {
	var mu sync.Mutex
	state := 0 // 0 waiting, 1 ran, 2 stopped
	stopCh := make(chan struct{})
	go func() {
		select {
		case <-c.Done():
			mu.Lock()
			run := state == 0
			if run {
				state = 1
			}
			mu.Unlock()
			if run {
				f()
			}
		case <-stopCh:
		}
	}()
	return func() bool {
		mu.Lock()
		defer mu.Unlock()
		if state != 0 {
			return false
		}
		state = 2
		close(stopCh)
		return true
	}
}

func WithoutCancel(parent Context) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	return &ctx{parent: parent, name: "WithoutCancel", detached: true}
}

func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		return WithCancel(parent)
	}
	c := newCancelCtx(parent, "WithDeadline")
	c.deadline = d
	c.hasDeadline = true
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded, cause)
		return c, func() { c.cancel(false, Canceled, nil) }
	}
	c.mu.Lock()
	if c.err == nil {
		c.timer = time.AfterFunc(dur, func() { c.cancel(true, DeadlineExceeded, cause) })
	}
	c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled, nil) }
}

func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	return &ctx{parent: parent, name: "WithValue", key: key, val: val, hasValue: true}
}
