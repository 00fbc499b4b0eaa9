package main

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

var word = regexp.MustCompile(`\b(\w)(\w*)\b`)

func main() {
	var wg sync.WaitGroup
	results := make([]string, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var sb strings.Builder
			for i := 0; i < 200; i++ {
				s := fmt.Sprintf("goroutine %d iteration %d", g, i)
				out := word.ReplaceAllStringFunc(s, func(w string) string { return strings.ToUpper(w[:1]) + w[1:] })
				if i%50 == 0 {
					sb.WriteString(out + ";")
				}
				if len(word.FindAllString(s, -1)) != 4 {
					sb.WriteString("BAD")
				}
				// Compile the same and a per-goroutine pattern concurrently too.
				re := regexp.MustCompile(fmt.Sprintf(`g%d-(\d+)`, g%4))
				if m := re.FindStringSubmatch(fmt.Sprintf("x g%d-%d y", g%4, i)); m == nil || m[1] != fmt.Sprint(i) {
					sb.WriteString("BAD2")
				}
			}
			results[g] = sb.String()
		}(g)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
