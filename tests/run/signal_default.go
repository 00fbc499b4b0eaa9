package main

import (
	"fmt"
	"os"
	"syscall"
	"time"
)

func main() {
	for _, s := range []syscall.Signal{syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM, syscall.SIGCHLD, syscall.SIGWINCH, syscall.SIGURG} {
		fmt.Println("sending", s)
		syscall.Kill(os.Getpid(), s)
		time.Sleep(50 * time.Millisecond)
	}
	fmt.Println("alive")
}
