// os.DirFS with io/fs's ReadFile, ReadDir, Stat, WalkDir and ValidPath.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "corgi-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "a/b"), 0755)
	os.MkdirAll(filepath.Join(dir, "c"), 0755)
	os.WriteFile(filepath.Join(dir, "top.txt"), []byte("top"), 0644)
	os.WriteFile(filepath.Join(dir, "a/one.txt"), []byte("one!"), 0644)
	os.WriteFile(filepath.Join(dir, "a/b/two.txt"), []byte("two"), 0644)

	fsys := os.DirFS(dir)
	b, err := fs.ReadFile(fsys, "a/one.txt")
	fmt.Printf("ReadFile %q %v\n", b, err)
	_, err = fs.ReadFile(fsys, "a/missing")
	fmt.Println("missing:", err, errors.Is(err, fs.ErrNotExist))
	_, err = fs.ReadFile(fsys, "../escape")
	fmt.Println("invalid:", err, errors.Is(err, fs.ErrInvalid))
	_, err = fsys.Open("/abs")
	fmt.Println("open abs:", err)
	entries, err := fs.ReadDir(fsys, ".")
	for _, e := range entries {
		fmt.Println("entry", e.Name(), e.IsDir())
	}
	fmt.Println(err)
	info, err := fs.Stat(fsys, "a/b/two.txt")
	fmt.Println("stat", info.Name(), info.Size(), info.Mode(), err)
	_, err = fs.Stat(fsys, "nope")
	fmt.Println("stat nope:", err)
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == "c" {
			return fs.SkipDir
		}
		fmt.Println("walk", p, d.IsDir())
		return nil
	})
	fmt.Println("walk err", err)
	err = fs.WalkDir(fsys, "a", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walk a:", p)
		return nil
	})
	f, _ := fsys.Open("top.txt")
	st, _ := f.Stat()
	fmt.Println("file", st.Name(), st.Size())
	f.Close()
	for _, p := range []string{".", "a", "a/b", "", "/a", "a/", "a//b", "./a", "a/..", "..", "a/.b", `a\b`} {
		fmt.Printf("ValidPath(%q) = %v\n", p, fs.ValidPath(p))
	}
}
