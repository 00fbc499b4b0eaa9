package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	fmt.Println(os.Interrupt, os.Kill, syscall.SIGTERM, syscall.SIGUSR1, syscall.Signal(40), syscall.Signal(-1))
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		fmt.Println(err)
	}
	s := <-c
	fmt.Println("got", s, s == os.Interrupt)
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	fmt.Println("got", <-c)
	fmt.Println(syscall.Kill(-12345678, syscall.SIGTERM))
	fmt.Println(syscall.Kill(os.Getpid(), syscall.Signal(1000)))
	signal.Stop(c)
	fmt.Println(signal.Ignored(syscall.SIGHUP))
	signal.Ignore(syscall.SIGHUP)
	fmt.Println(signal.Ignored(syscall.SIGHUP))
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	signal.Reset(syscall.SIGHUP)
	fmt.Println(signal.Ignored(syscall.SIGHUP))
	fmt.Println("done")
}
