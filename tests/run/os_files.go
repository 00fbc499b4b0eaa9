// Files and directories through package os: create, write, read, append, seek, stat, readdir,
// rename, remove, RemoveAll, FileMode strings, bufio.Scanner and io.ReadAll over a file.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

var dir string

// rel prints a path without the random temporary directory.
func rel(p string) string {
	r, err := filepath.Rel(dir, p)
	if err != nil {
		return "?" + err.Error()
	}
	return r
}

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "error:", strings.ReplaceAll(err.Error(), dir, "$DIR"))
	}
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "corgi-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	st, _ := os.Stat(dir)
	fmt.Println("temp dir:", st.IsDir(), st.Mode(), strings.HasPrefix(filepath.Base(dir), "corgi-"))

	// Create, write, close, read back.
	p := filepath.Join(dir, "notes.txt")
	f, err := os.Create(p)
	check("create", err)
	n, err := f.Write([]byte("alpha\n"))
	fmt.Println("write", n, err)
	n, err = f.WriteString("beta\ngamma\n")
	fmt.Println("writestring", n, err)
	fmt.Fprintf(f, "delta %d\n", 4)
	fmt.Println("name", rel(f.Name()))
	check("sync", f.Sync())
	check("close", f.Close())

	data, err := os.ReadFile(p)
	fmt.Printf("readfile %q %v\n", data, err)

	// Append.
	f, err = os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	check("openfile", err)
	f.WriteString("epsilon\n")
	f.Close()

	// Scanner over a file.
	f, _ = os.Open(p)
	sc := bufio.NewScanner(f)
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Printf("line %d: %s\n", lines, sc.Text())
	}
	fmt.Println("scan err", sc.Err())
	f.Close()

	// Words.
	f, _ = os.Open(p)
	sc = bufio.NewScanner(f)
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Println("words", words)
	f.Close()

	// io.ReadAll, Seek, Read, ReadAt.
	f, _ = os.Open(p)
	all, err := io.ReadAll(f)
	fmt.Printf("readall %d %v\n", len(all), err)
	buf := make([]byte, 4)
	n, err = f.Read(buf)
	fmt.Println("read at end", n, err)
	pos, err := f.Seek(6, io.SeekStart)
	fmt.Println("seek", pos, err)
	n, err = f.Read(buf)
	fmt.Printf("read %d %q %v\n", n, buf[:n], err)
	pos, _ = f.Seek(-8, io.SeekEnd)
	n, _ = f.Read(buf)
	fmt.Printf("from end %d %d %q\n", pos, n, buf[:n])
	pos, _ = f.Seek(2, io.SeekCurrent)
	fmt.Println("current", pos)
	n, err = f.ReadAt(buf, 11)
	fmt.Printf("readat %d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, int64(len(all)-2))
	fmt.Printf("readat end %d %q %v\n", n, buf[:n], err)
	fi, _ := f.Stat()
	fmt.Println("fstat", fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular())
	f.Close()

	// bufio.Reader and Writer over files.
	bp := filepath.Join(dir, "buffered.txt")
	f, _ = os.Create(bp)
	w := bufio.NewWriter(f)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "row %d\n", i)
	}
	fmt.Println("buffered", w.Buffered())
	w.Flush()
	f.Close()
	f, _ = os.Open(bp)
	r := bufio.NewReader(f)
	for {
		s, err := r.ReadString('\n')
		if err != nil {
			fmt.Printf("readstring end %q %v\n", s, err)
			break
		}
		fmt.Printf("readstring %q\n", s)
	}
	f.Close()

	// WriteFile with a mode, Chmod, Truncate, and FileMode strings.
	mp := filepath.Join(dir, "mode.sh")
	check("writefile", os.WriteFile(mp, []byte("#!/bin/sh\necho hi\n"), 0755))
	fi, _ = os.Stat(mp)
	fmt.Println("mode", fi.Mode(), fi.Mode().Perm(), fi.Size())
	check("chmod", os.Chmod(mp, 0600))
	fi, _ = os.Stat(mp)
	fmt.Println("chmod", fi.Mode())
	check("truncate", os.Truncate(mp, 4))
	fi, _ = os.Stat(mp)
	fmt.Println("truncated", fi.Size())
	for _, m := range []os.FileMode{0, 0644, 0777, os.ModeDir | 0755, os.ModeSymlink | 0777, os.ModeNamedPipe | 0600,
		os.ModeDevice | os.ModeCharDevice | 0666, os.ModeSetuid | os.ModeSticky | 0755, os.ModeType} {
		fmt.Println("filemode", m, m.IsDir(), m.IsRegular(), uint32(m.Type()))
	}

	// Directories: Mkdir, MkdirAll, ReadDir (sorted), Readdirnames.
	check("mkdir", os.Mkdir(filepath.Join(dir, "sub"), 0755))
	check("mkdirall", os.MkdirAll(filepath.Join(dir, "sub/deep/er"), 0755))
	check("mkdirall again", os.MkdirAll(filepath.Join(dir, "sub/deep"), 0755))
	os.WriteFile(filepath.Join(dir, "sub", "z.txt"), []byte("z"), 0644)
	os.WriteFile(filepath.Join(dir, "sub", "a.txt"), []byte("aa"), 0644)
	entries, err := os.ReadDir(dir)
	check("readdir", err)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println("entry", e.Name(), e.IsDir(), e.Type(), info.Mode().Perm() != 0, e)
	}
	d, _ := os.Open(filepath.Join(dir, "sub"))
	names, err := d.Readdirnames(-1)
	fmt.Println("readdirnames", len(names), err)
	d.Close()
	d, _ = os.Open(filepath.Join(dir, "sub"))
	total := 0
	for {
		batch, err := d.ReadDir(2)
		total += len(batch)
		if err != nil {
			fmt.Println("readdir batches", total, err)
			break
		}
	}
	d.Close()

	// Rename, Remove, RemoveAll.
	np := filepath.Join(dir, "renamed.txt")
	check("rename", os.Rename(p, np))
	_, err = os.Stat(p)
	fmt.Println("old gone", os.IsNotExist(err))
	_, err = os.Stat(np)
	fmt.Println("new there", err == nil)
	check("remove", os.Remove(np))
	check("remove dir", os.Remove(filepath.Join(dir, "sub/deep/er")))
	check("removeall", os.RemoveAll(filepath.Join(dir, "sub")))
	check("removeall missing", os.RemoveAll(filepath.Join(dir, "never")))
	entries, _ = os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println("left", e.Name())
	}

	// CreateTemp in our directory.
	tf, err := os.CreateTemp(dir, "tmp-*.txt")
	check("createtemp", err)
	base := filepath.Base(tf.Name())
	fmt.Println("createtemp", strings.HasPrefix(base, "tmp-"), strings.HasSuffix(base, ".txt"), filepath.Dir(tf.Name()) == dir)
	tf.Close()

	// Chdir and relative paths.
	wd, _ := os.Getwd()
	check("chdir", os.Chdir(dir))
	here, _ := os.Getwd()
	hi, _ := os.Stat(here)
	di, _ := os.Stat(dir)
	fmt.Println("getwd follows chdir", os.SameFile(hi, di), os.SameFile(hi, st))
	check("relative write", os.WriteFile("rel.txt", []byte("relative"), 0644))
	b, err := os.ReadFile(filepath.Join(dir, "rel.txt"))
	fmt.Printf("relative %q %v\n", b, err)
	os.Chdir(wd)

	// Symbolic links: Lstat sees the link, Stat its target.
	check("symlink", os.Symlink("rel.txt", filepath.Join(dir, "link")))
	li, _ := os.Lstat(filepath.Join(dir, "link"))
	si, _ := os.Stat(filepath.Join(dir, "link"))
	target, _ := os.Readlink(filepath.Join(dir, "link"))
	fmt.Println("link", li.Mode().Type() == os.ModeSymlink, si.Mode().IsRegular(), si.Size(), target)
}
