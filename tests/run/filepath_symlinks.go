// filepath.EvalSymlinks: relative and absolute links, links to "..", loops, dangling links, relative paths.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "corgi-*")
	defer os.RemoveAll(dir)
	dir, _ = filepath.EvalSymlinks(dir)
	os.MkdirAll(filepath.Join(dir, "a/b/c"), 0755)
	os.WriteFile(filepath.Join(dir, "a/b/f"), nil, 0644)
	os.Symlink("a/b", filepath.Join(dir, "lb"))
	os.Symlink("../..", filepath.Join(dir, "a/b/c/up"))
	os.Symlink(filepath.Join(dir, "a"), filepath.Join(dir, "abs"))
	os.Symlink("loop", filepath.Join(dir, "loop"))
	os.Symlink("missing", filepath.Join(dir, "dangling"))
	for _, p := range []string{"lb", "lb/c", "lb/c/up", "lb/c/up/b/..", "abs/b/f", "lb/../x", "lb/f/x", "loop", "dangling", "a/./b//c/", "lb/c/up/.."} {
		r, err := filepath.EvalSymlinks(filepath.Join(dir, p))
		e := ""
		if err != nil {
			e = strings.ReplaceAll(err.Error(), dir, "$D")
		}
		fmt.Printf("%s -> %q %s\n", p, strings.ReplaceAll(r, dir, "$D"), e)
	}
	wd, _ := os.Getwd()
	os.Chdir(dir)
	r, err := filepath.EvalSymlinks("lb/c/up")
	fmt.Println("relative", r, err)
	r, err = filepath.EvalSymlinks("../" + filepath.Base(dir) + "/lb")
	fmt.Println("relative up", strings.ReplaceAll(r, filepath.Base(dir), "D"), err)
	os.Chdir(wd)
}
