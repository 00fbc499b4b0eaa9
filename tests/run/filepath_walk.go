// filepath.Walk and WalkDir over a built tree: the order of visits, SkipDir on a directory and on a
// file, SkipAll, errors passed to the callback and returned by it, Glob.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var root string

func rel(p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil {
		return "?"
	}
	return r
}

func build() {
	for _, d := range []string{"b/y", "a/x/deep", "c", "a/skip/inner", ".dot"} {
		os.MkdirAll(filepath.Join(root, d), 0755)
	}
	for _, f := range []string{"z.txt", "a/1.txt", "a/x/2.go", "a/x/deep/3.go", "a/skip/inner/4.txt", "b/5.go", "b/y/6.txt",
		"c/7.md", "a/10.txt", ".dot/8", "B.txt"} {
		os.WriteFile(filepath.Join(root, f), []byte(f), 0644)
	}
	os.Symlink("a", filepath.Join(root, "link"))
}

func main() {
	var err error
	root, err = os.MkdirTemp("", "corgi-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	build()

	fmt.Println("== Walk")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		fmt.Println(rel(p), info.IsDir(), info.Mode().Type() == fs.ModeSymlink, info.Size() > 0 || info.IsDir(), err)
		return nil
	})
	fmt.Println("walk err", err)

	fmt.Println("== WalkDir")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		fmt.Println(rel(p), d.Name() == filepath.Base(p), d.IsDir(), d.Type(), err)
		return nil
	})
	fmt.Println("walkdir err", err)

	fmt.Println("== SkipDir on a directory")
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() && d.Name() == "skip" {
			fmt.Println("skipping", rel(p))
			return filepath.SkipDir
		}
		fmt.Println(rel(p))
		return nil
	})

	fmt.Println("== SkipDir on a file (rest of its directory)")
	filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		fmt.Println(rel(p))
		if info.Name() == "2.go" {
			return filepath.SkipDir
		}
		return nil
	})

	fmt.Println("== SkipAll")
	n := 0
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		n++
		if n == 4 {
			return filepath.SkipAll
		}
		fmt.Println(rel(p))
		return nil
	})
	fmt.Println("skipall err", err, n)

	fmt.Println("== error from the callback")
	stop := errors.New("stop here")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if strings.HasSuffix(p, ".go") {
			return stop
		}
		return nil
	})
	fmt.Println("err", err, err == stop)

	fmt.Println("== missing root")
	err = filepath.Walk(filepath.Join(root, "missing"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("called", rel(p), info == nil, strings.ReplaceAll(err.Error(), root, "$ROOT"))
		return err
	})
	fmt.Println("returned", strings.ReplaceAll(err.Error(), root, "$ROOT"))
	err = filepath.WalkDir(filepath.Join(root, "missing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("called", rel(p), d == nil, os.IsNotExist(err))
		return nil
	})
	fmt.Println("returned", err)

	fmt.Println("== root is a file")
	filepath.WalkDir(filepath.Join(root, "z.txt"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println(rel(p), d.IsDir(), err)
		return nil
	})

	fmt.Println("== Glob")
	for _, pat := range []string{"*.txt", "a/*", "*/*.go", "a/*/*.go", "[ab]/*", "nothing*", "z.txt", "missing.txt", "a/[", "*/y/*"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		var rs []string
		for _, p := range m {
			rs = append(rs, rel(p))
		}
		fmt.Printf("Glob(%q) = %q %v\n", pat, rs, err)
	}
}
