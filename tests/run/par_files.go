// Goroutines writing, reading and listing files at once, under every GOMAXPROCS.
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

func main() {
	dir, err := os.MkdirTemp("", "corgi-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	const workers = 8
	var wg sync.WaitGroup
	sums := make([]int, workers)
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			p := filepath.Join(dir, fmt.Sprintf("w%d", i), "data.txt")
			if err := os.MkdirAll(filepath.Dir(p), 0755); err != nil {
				fmt.Println(err)
				return
			}
			f, err := os.Create(p)
			if err != nil {
				fmt.Println(err)
				return
			}
			w := bufio.NewWriter(f)
			for j := 0; j < 500; j++ {
				fmt.Fprintf(w, "%d %s\n", j, strings.Repeat("x", j%17))
			}
			w.Flush()
			f.Close()
			f, _ = os.Open(p)
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				n, _ := strconv.Atoi(strings.Fields(sc.Text())[0])
				sums[i] += n
			}
			f.Close()
		}(i)
	}
	wg.Wait()
	fmt.Println(sums)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		info, _ := os.Stat(filepath.Join(dir, e.Name(), "data.txt"))
		fmt.Println(e.Name(), e.IsDir(), info.Size())
	}
}
