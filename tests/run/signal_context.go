package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGUSR1)
	fmt.Println(ctx)
	fmt.Println(ctx.Err(), context.Cause(ctx))
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	<-ctx.Done()
	fmt.Println(ctx.Err(), context.Cause(ctx), errors.Is(ctx.Err(), context.Canceled))
	stop()
	fmt.Println(ctx.Err(), context.Cause(ctx))

	ctx2, stop2 := signal.NotifyContext(context.Background())
	fmt.Println(ctx2)
	stop2()
	fmt.Println(ctx2.Err(), context.Cause(ctx2))

	parent, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	ctx3, stop3 := signal.NotifyContext(parent, syscall.SIGHUP)
	defer stop3()
	<-ctx3.Done()
	fmt.Println(ctx3.Err(), context.Cause(ctx3))

	// A full channel drops the signal.
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR2)
	syscall.Kill(os.Getpid(), syscall.SIGUSR2)
	time.Sleep(100 * time.Millisecond)
	syscall.Kill(os.Getpid(), syscall.SIGUSR2)
	time.Sleep(100 * time.Millisecond)
	fmt.Println(<-c)
	select {
	case s := <-c:
		fmt.Println("second", s)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("dropped")
	}
	// Unbuffered: nobody receiving, dropped too.
	u := make(chan os.Signal)
	signal.Notify(u, syscall.SIGUSR2)
	syscall.Kill(os.Getpid(), syscall.SIGUSR2)
	time.Sleep(100 * time.Millisecond)
	select {
	case s := <-u:
		fmt.Println("got", s)
	default:
		fmt.Println("unbuffered dropped")
	}
	// All signals.
	all := make(chan os.Signal, 4)
	signal.Notify(all)
	syscall.Kill(os.Getpid(), syscall.SIGWINCH)
	fmt.Println(<-all)
	signal.Reset()
	func() {
		defer func() { fmt.Println(recover()) }()
		signal.Notify(nil, os.Interrupt)
	}()
	// Blocked on the channel: not a deadlock; a goroutine signals after a while.
	w := make(chan os.Signal, 1)
	signal.Notify(w, syscall.SIGTERM)
	go func() {
		time.Sleep(50 * time.Millisecond)
		syscall.Kill(os.Getpid(), syscall.SIGTERM)
	}()
	fmt.Println(<-w)
}
