package main

import (
	
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	log.SetOutput(os.Stdout)
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "")
	log.SetFlags(0)
	log.Print("hello", 1, 2, "x")
	log.Printf("n=%d", 3)
	log.Println("a", "b")
	log.Print("ends\n")
	log.SetPrefix("pre: ")
	log.Print("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Print("msgprefix")
	log.SetFlags(log.Lshortfile)
	log.Print("short")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Output(1, "output")
	var buf strings.Builder
	l := log.New(&buf, "[L] ", 0)
	l.Println("one")
	l.Printf("two %v", []int{1})
	l.SetPrefix("[M] ")
	l.Print("three")
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == &buf)
	fmt.Println(log.Default().Prefix())
	var sb strings.Builder
	l2 := log.New(&sb, "", log.Ldate|log.Ltime|log.Lmicroseconds|log.LUTC)
	l2.Print("t")
	fmt.Println(len(sb.String()), sb.String()[4], sb.String()[10], sb.String()[19])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.SetFlags(0)
		log.SetPrefix("")
		log.Panicf("bad %d", 7)
	}()
	func() {
		defer func() { fmt.Printf("recovered: %q\n", recover()) }()
		l.Panicln("x", "y")
	}()
	log.SetOutput(os.Stderr)
	log.Fatal("fatal here")
}
