package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(os.Setenv("CORGI_TEST_A", "alpha"), os.Getenv("CORGI_TEST_A"))
	v, ok := os.LookupEnv("CORGI_TEST_A")
	fmt.Println(v, ok)
	v, ok = os.LookupEnv("CORGI_TEST_UNSET_XYZ")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("CORGI_TEST_UNSET_XYZ"))
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"), os.Setenv("CORGI_TEST_B", ""))
	v, ok = os.LookupEnv("CORGI_TEST_B")
	fmt.Printf("%q %v\n", v, ok)
	n := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "CORGI_TEST_") {
			fmt.Println(kv)
			n++
		}
	}
	fmt.Println(n)
	fmt.Println(os.Unsetenv("CORGI_TEST_A"), os.Getenv("CORGI_TEST_A") == "")
	os.Setenv("CORGI_TEST_C", "gamma")
	fmt.Println(os.ExpandEnv("x=$CORGI_TEST_C ${CORGI_TEST_C}y $ ${} ${ $1 $$ end$"))
	fmt.Println(os.Expand("Hello $NAME, ${GREETING}! $0 ${#}", func(k string) string { return "<" + k + ">" }))
	fmt.Println(os.Expand("no dollars", func(k string) string { return "?" }))
	fmt.Println(os.Getpid() > 0, os.Getppid() > 0, os.Getuid() >= 0)
	h, err := os.Hostname()
	fmt.Println(h != "", err)
	wd, err := os.Getwd()
	fmt.Println(strings.HasSuffix(wd, "/run"), err)
	os.Setenv("TMPDIR", "")
	fmt.Println(os.TempDir())
	os.Setenv("TMPDIR", "/var/tmp")
	fmt.Println(os.TempDir())
	os.Setenv("HOME", "/home/gopher")
	home, err := os.UserHomeDir()
	fmt.Println(home, err)
	os.Unsetenv("HOME")
	home, err = os.UserHomeDir()
	fmt.Printf("%q %v\n", home, err)
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("PATH") == "")
}
