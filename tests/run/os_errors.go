// The errors of package os, in Go's words, and how errors.Is, errors.As and os.IsNotExist see them.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

var dir string

func show(what string, err error) {
	if err == nil {
		fmt.Println(what, "-> <nil>")
		return
	}
	fmt.Printf("%s -> %T %s\n", what, err, strings.ReplaceAll(err.Error(), dir, "$DIR"))
}

// rel is p's directory relative to dir, and its random last element shown as prefix + "N".
func rel(p, prefix string) string {
	d, _ := filepath.Rel(dir, filepath.Dir(p))
	if strings.HasPrefix(filepath.Base(p), prefix) {
		return d + "/" + prefix + "N"
	}
	return d + "/" + filepath.Base(p)
}

func classify(err error) {
	fmt.Println("  IsNotExist", os.IsNotExist(err), "IsExist", os.IsExist(err),
		"Is ErrNotExist", errors.Is(err, fs.ErrNotExist), "Is ErrExist", errors.Is(err, os.ErrExist),
		"Is ErrClosed", errors.Is(err, os.ErrClosed), "Is ErrInvalid", errors.Is(err, os.ErrInvalid))
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "corgi-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "file.txt")
	os.WriteFile(file, []byte("content"), 0644)
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0755)
	os.WriteFile(filepath.Join(sub, "inner"), nil, 0644)

	_, err = os.Open("/nope/x")
	show("open missing", err)
	classify(err)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("  PathError Op=%q Path=%q Err=%v (%T)\n", pe.Op, pe.Path, pe.Err, pe.Err)
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		fmt.Println("  errno", uintptr(errno), errno == syscall.ENOENT)
	}
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println("  wrapped:", wrapped, os.IsNotExist(wrapped), errors.Is(wrapped, fs.ErrNotExist))

	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	show("readfile missing", err)
	_, err = os.Stat(filepath.Join(dir, "missing"))
	show("stat missing", err)
	_, err = os.Lstat(filepath.Join(dir, "missing"))
	show("lstat missing", err)
	_, err = os.Stat(filepath.Join(file, "below"))
	show("stat below a file", err)
	classify(err)

	d, _ := os.Open(dir)
	_, err = d.Read(make([]byte, 10))
	show("read a directory", err)
	d.Close()
	_, err = os.ReadFile(dir)
	show("readfile a directory", err)
	_, err = os.ReadDir(file)
	show("readdir a file", err)

	f, _ := os.Open(file)
	show("first close", f.Close())
	err = f.Close()
	show("second close", err)
	classify(err)
	_, err = f.Read(make([]byte, 1))
	show("read after close", err)
	_, err = f.Write([]byte("x"))
	show("write after close", err)
	_, err = f.Seek(0, io.SeekStart)
	show("seek after close", err)

	var nilf *os.File
	show("close nil file", nilf.Close())
	_, err = nilf.Read(nil)
	show("read nil file", err)

	f, _ = os.Open(file)
	_, err = f.Write([]byte("x"))
	show("write to read-only", err)
	_, err = f.Seek(0, 7)
	show("seek bad whence", err)
	_, err = f.ReadAt(make([]byte, 2), -1)
	show("readat negative", err)
	f.Close()
	f, _ = os.OpenFile(file, os.O_WRONLY, 0)
	_, err = f.Read(make([]byte, 1))
	show("read from write-only", err)
	f.Close()
	f, _ = os.OpenFile(file, os.O_WRONLY|os.O_APPEND, 0)
	_, err = f.WriteAt([]byte("x"), 0)
	show("writeat append", err)
	f.Close()

	_, err = os.OpenFile(file, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	show("create exclusive existing", err)
	classify(err)
	err = os.Mkdir(sub, 0755)
	show("mkdir existing", err)
	classify(err)
	show("mkdir below a file", os.Mkdir(filepath.Join(file, "x"), 0755))
	show("mkdirall over a file", os.MkdirAll(file, 0755))
	show("mkdirall below a file", os.MkdirAll(filepath.Join(file, "a/b"), 0755))
	show("mkdirall existing", os.MkdirAll(sub, 0755))
	show("writefile missing dir", os.WriteFile(filepath.Join(dir, "no/such.txt"), nil, 0644))

	err = os.Remove(sub)
	show("remove non-empty", err)
	classify(err)
	show("remove missing", os.Remove(filepath.Join(dir, "missing")))
	show("removeall missing", os.RemoveAll(filepath.Join(dir, "missing")))
	show("removeall dot", os.RemoveAll(dir+"/."))

	err = os.Rename(filepath.Join(dir, "missing"), filepath.Join(dir, "other"))
	show("rename missing", err)
	classify(err)
	var le *os.LinkError
	if errors.As(err, &le) {
		fmt.Printf("  LinkError Op=%q\n", le.Op)
	}
	show("rename onto a directory", os.Rename(file, sub))
	show("rename a dir below a file", os.Rename(sub, filepath.Join(file, "x")))

	show("chdir missing", os.Chdir(filepath.Join(dir, "missing")))
	show("chdir to a file", os.Chdir(file))
	show("truncate missing", os.Truncate(filepath.Join(dir, "missing"), 0))
	show("chmod missing", os.Chmod(filepath.Join(dir, "missing"), 0644))
	show("readlink a file", func() error { _, err := os.Readlink(file); return err }())
	show("symlink existing", os.Symlink("x", file))

	_, err = os.MkdirTemp(dir, "a/b*")
	show("mkdirtemp separator", err)
	_, err = os.CreateTemp(filepath.Join(dir, "missing"), "x*")
	if errors.As(err, &pe) {
		fmt.Println("createtemp missing dir ->", pe.Op, rel(pe.Path, "x"), pe.Err)
	}
	_, err = os.MkdirTemp(filepath.Join(dir, "missing"), "x*")
	show("mkdirtemp missing dir", err)

	fmt.Println("sentinels:", os.ErrNotExist, "|", os.ErrExist, "|", os.ErrClosed, "|", os.ErrInvalid, "|", os.ErrPermission)
	fmt.Println("same sentinels:", os.ErrNotExist == fs.ErrNotExist, os.ErrClosed == fs.ErrClosed)
	fmt.Println("errno:", syscall.ENOENT, "|", syscall.EEXIST, "|", syscall.Errno(0x7ff))
	se := os.NewSyscallError("fsync", syscall.EBADF)
	fmt.Println("syscall error:", se, errors.Is(se, syscall.EBADF))
}
