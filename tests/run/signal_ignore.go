package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

type fake struct{}

func (fake) String() string { return "fake" }
func (fake) Signal()        {}

func main() {
	signal.Ignore(os.Interrupt)
	fmt.Println(signal.Ignored(os.Interrupt), signal.Ignored(fake{}), signal.Ignored(syscall.Signal(99)))
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("alive after ignored SIGINT")
	c := make(chan os.Signal, 2)
	signal.Notify(c, fake{}, os.Interrupt, syscall.SIGKILL)
	fmt.Println(signal.Ignored(os.Interrupt))
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	fmt.Println(<-c)
	signal.Reset(os.Interrupt)
	fmt.Println(signal.Ignored(os.Interrupt))
	signal.Notify(c, syscall.SIGUSR1)
	signal.Reset(syscall.SIGUSR1)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	time.Sleep(50 * time.Millisecond)
	select {
	case s := <-c:
		fmt.Println("unexpected", s)
	default:
		fmt.Println("reset: not delivered")
	}
	var sig os.Signal = syscall.SIGTERM
	fmt.Printf("%v %d %T\n", sig, sig, sig)
	fmt.Println(os.Interrupt == syscall.SIGINT, os.Kill.String())
}
