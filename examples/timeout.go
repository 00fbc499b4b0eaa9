// timeout: a slow operation raced against context.WithTimeout in a select (origin: seeds/003 "Go 고루틴 아키텍처", 3. Timeout과 Context 패턴).
package main

import (
	"context"
	"fmt"
	"time"
)

func TimeoutOperation(ctx context.Context, work time.Duration) error {
	resultCh := make(chan string, 1)
	go func() {
		time.Sleep(work)
		resultCh <- "completed"
	}()
	select {
	case result := <-resultCh:
		fmt.Println("Result:", result)
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	fmt.Println("fast:", TimeoutOperation(ctx, 10*time.Millisecond))
	fmt.Println("slow:", TimeoutOperation(ctx, time.Second))
}
