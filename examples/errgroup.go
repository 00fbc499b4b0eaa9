// errgroup: errgroup.WithContext runs tasks in parallel; the first error cancels the others (origin: seeds/000 "Enterprise Go 시리즈 #4", CompletableFuture.allOf → errgroup).
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func fetch(ctx context.Context, id int) error {
	if id == 2 {
		return errors.New("service 2 failed")
	}
	select {
	case <-time.After(time.Duration(id) * 50 * time.Millisecond):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	for i := 1; i <= 3; i++ {
		g.Go(func() error {
			return fetch(ctx, i)
		})
	}
	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println("context cancelled:", errors.Is(ctx.Err(), context.Canceled))
}
