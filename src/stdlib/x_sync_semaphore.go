package semaphore

import (
	"context"
	"sync"
)

type Weighted struct {
	size    int64
	cur     int64
	mu      sync.Mutex
	waiters []chan struct{}
}

func NewWeighted(n int64) *Weighted
func (s *Weighted) Acquire(ctx context.Context, n int64) error
func (s *Weighted) TryAcquire(n int64) bool
func (s *Weighted) Release(n int64)
