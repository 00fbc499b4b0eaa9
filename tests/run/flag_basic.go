package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	n := flag.Int("n", 1, "number of `items`")
	name := flag.String("name", "bob", "your name")
	v := flag.Bool("v", false, "verbose")
	d := flag.Duration("d", time.Second, "delay")
	flag.Parse()
	fmt.Println(*n, *name, *v, *d, flag.Args(), flag.NArg(), flag.NFlag(), flag.Arg(0), flag.Parsed())
	flag.Visit(func(f *flag.Flag) { fmt.Println("set", f.Name, f.Value) })
	fs := flag.NewFlagSet("sub", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	x := fs.Float64("x", 2.5, "an x")
	var s string
	fs.StringVar(&s, "s", "", "a string\nsecond line")
	fs.Func("f", "func flag", func(v string) error { fmt.Println("func got", v); return nil })
	err := fs.Parse([]string{"-x=4", "-f", "hi", "--s", "str", "rest", "-x", "9"})
	fmt.Println(err, *x, s, fs.Args())
	fmt.Println(fs.Parse([]string{"-y"}))
	fmt.Println(fs.Parse([]string{"-x", "abc"}))
	fmt.Println(fs.Parse([]string{"-x"}))
	fmt.Println(fs.Parse([]string{"-h"}))
	fmt.Println(fs.Lookup("x").DefValue, fs.Lookup("zz") == nil, fs.Set("x", "7"), *x, fs.Set("q", "1"))
	fs.VisitAll(func(f *flag.Flag) { fmt.Println("all", f.Name, f.Usage) })
	flag.CommandLine.SetOutput(os.Stdout)
	flag.PrintDefaults()
	fmt.Println(flag.CommandLine.Parse([]string{"--", "-bad"}), flag.Args())
}
