package iter

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)

// Pull runs seq on a goroutine of its own, handing control back and forth over unbuffered
// channels, so exactly one side runs at a time as with Go's coroutines: next resumes seq until
// it yields a value or returns; stop makes the pending yield return false. A panic in seq is
// re-raised in the caller of next or stop.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var v V
	p := newPuller(func(yield func() bool) {
		seq(func(x V) bool {
			v = x
			return yield()
		})
	})
	next = func() (V, bool) {
		var zero V
		if !p.next() {
			return zero, false
		}
		x := v
		v = zero
		return x, true
	}
	return next, p.stop
}

func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var k K
	var v V
	p := newPuller(func(yield func() bool) {
		seq(func(x K, y V) bool {
			k, v = x, y
			return yield()
		})
	})
	next = func() (K, V, bool) {
		var zk K
		var zv V
		if !p.next() {
			return zk, zv, false
		}
		x, y := k, v
		k, v = zk, zv
		return x, y, true
	}
	return next, p.stop
}

type puller struct {
	run      func(yield func() bool)
	resume   chan bool
	yielded  chan bool
	started  bool
	done     bool
	panicked bool
	value    any
}

func newPuller(run func(yield func() bool)) *puller {
	return &puller{run: run, resume: make(chan bool), yielded: make(chan bool)}
}

// next resumes the sequence; false once it has returned (or was stopped).
func (p *puller) next() bool {
	if p.done {
		return false
	}
	if !p.started {
		p.started = true
		go p.body()
	}
	p.resume <- true
	return p.wait()
}

func (p *puller) stop() {
	if p.done {
		return
	}
	if !p.started {
		p.done = true
		return
	}
	p.resume <- false
	p.wait()
}

// wait takes control back: true when the sequence yielded a value.
func (p *puller) wait() bool {
	more := <-p.yielded
	if p.panicked {
		p.panicked = false
		panic(p.value)
	}
	return more
}

func (p *puller) body() {
	finished := false
	defer func() {
		if !finished {
			p.value = recover()
			p.panicked = true
		}
		p.done = true
		p.yielded <- false
	}()
	if <-p.resume {
		p.run(func() bool {
			if p.done {
				panic("iter.Pull: yield called after stop or return")
			}
			p.yielded <- true
			return <-p.resume
		})
	}
	finished = true
}
