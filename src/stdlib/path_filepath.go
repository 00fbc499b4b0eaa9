package filepath

// File paths for Unix, implemented in Go: the lexical functions are package path's (on Unix the two
// agree), the rest walk the file system through package os.

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"syscall"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

var ErrBadPattern = path.ErrBadPattern

var SkipDir error = fs.SkipDir

var SkipAll error = fs.SkipAll

func Clean(p string) string                    { return path.Clean(p) }
func Join(elem ...string) string               { return path.Join(elem...) }
func Split(p string) (dir, file string)        { return path.Split(p) }
func Ext(p string) string                      { return path.Ext(p) }
func Base(p string) string                     { return path.Base(p) }
func Dir(p string) string                      { return path.Dir(p) }
func IsAbs(p string) bool                      { return path.IsAbs(p) }
func Match(pattern, name string) (bool, error) { return path.Match(pattern, name) }
func ToSlash(p string) string                  { return p }
func FromSlash(p string) string                { return p }
func VolumeName(p string) string               { return "" }

// IsLocal reports whether p is lexically within the directory it is evaluated in.
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	hasDots := false
	for q := p; q != ""; {
		var part string
		part, q, _ = strings.Cut(q, "/")
		if part == "." || part == ".." {
			hasDots = true
			break
		}
	}
	if hasDots {
		p = Clean(p)
	}
	return p != ".." && !strings.HasPrefix(p, "../")
}

// SplitList splits a $PATH-style list at colons; the empty list has no elements.
func SplitList(list string) []string {
	if list == "" {
		return []string{}
	}
	return strings.Split(list, string(ListSeparator))
}

func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a path to targpath relative to basepath, both cleaned first; they must be both absolute or
// both relative, and basepath may not climb further than targpath can follow.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	cannot := errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	if IsAbs(base) != IsAbs(targ) {
		return "", cannot
	}
	// Skip the leading elements the two have in common.
	bl, tl := len(base), len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != '/' {
			bi++
		}
		for ti < tl && targ[ti] != '/' {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", cannot
	}
	if b0 == bl {
		return targ[t0:], nil
	}
	// Up out of the rest of base, then down into the rest of targ.
	up := ".." + strings.Repeat("/..", strings.Count(base[b0:bl], "/"))
	if t0 != tl {
		up += "/" + targ[t0:]
	}
	return Clean(up), nil
}

// ---- globbing ----

func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}

// Glob returns the names matching pattern, in lexical order within each directory; I/O errors are
// ignored, and the only error is ErrBadPattern.
func Glob(pattern string) (matches []string, err error) {
	return globDepth(pattern, 0)
}

func globDepth(pattern string, depth int) (matches []string, err error) {
	// Bounds the recursion on patterns of very many separators, as Go does.
	if depth == 10000 {
		return nil, ErrBadPattern
	}
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globDir(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = globDir(d, file, matches); err != nil {
			return
		}
	}
	return
}

// globDir appends to matches the names in dir matching pattern.
func globDir(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return matches, nil
	}
	defer d.Close()
	names, _ := d.Readdirnames(-1)
	sort.Strings(names)
	for _, n := range names {
		matched, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if matched {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

// ---- walking ----

type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk calls fn for root and everything under it, in lexical order, directories before their contents;
// symbolic links are not followed. fn's SkipDir skips a directory (or the rest of a file's directory),
// SkipAll the rest of the walk.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, err := readDirNames(p)
	err1 := fn(p, info, err)
	// A directory that could not be read is reported once, with its error, and not walked.
	if err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		filename := Join(p, name)
		fileInfo, err := os.Lstat(filename)
		if err != nil {
			if err := fn(filename, fileInfo, err); err != nil && err != SkipDir {
				return err
			}
		} else {
			err = walk(filename, fileInfo, fn)
			if err != nil {
				if !fileInfo.IsDir() || err != SkipDir {
					return err
				}
			}
		}
	}
	return nil
}

func readDirNames(dirname string) ([]string, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// WalkDir is Walk with fs.DirEntry values, which need no Lstat of their own.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	dirs, err := os.ReadDir(p)
	if err != nil {
		// The directory is reported a second time, with the error.
		if err = fn(p, d, err); err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		if err := walkDir(Join(p, d1.Name()), d1, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// ---- symbolic links ----

// EvalSymlinks returns p with every symbolic link in it replaced by its target, element by element (a
// ".." applies to what the path means so far, links included), cleaned. Every element must exist.
func EvalSymlinks(p string) (string, error) {
	root := 0 // the length of the leading "/" of p and dest, if any
	if len(p) > 0 && p[0] == '/' {
		root = 1
	}
	dest := p[:root]
	links := 0
	for start, end := root, root; start < len(p); start = end {
		for start < len(p) && p[start] == '/' {
			start++
		}
		end = start
		for end < len(p) && p[end] != '/' {
			end++
		}
		elem := p[start:end]
		if elem == "" {
			break
		}
		if elem == "." {
			continue
		}
		if elem == ".." {
			// Drop dest's last element, unless there is none or it is itself "..".
			r := strings.LastIndex(dest, "/")
			if r < root || dest[r+1:] == ".." {
				if len(dest) > root {
					dest += "/"
				}
				dest += ".."
			} else {
				dest = dest[:r]
			}
			continue
		}
		if len(dest) > 0 && dest[len(dest)-1] != '/' {
			dest += "/"
		}
		dest += elem
		fi, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.Mode().IsDir() && end < len(p) {
				return "", syscall.ENOTDIR
			}
			continue
		}
		links++
		if links > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		// Go on with the link's target in place of what has been walked.
		p = link + p[end:]
		if len(link) > 0 && link[0] == '/' {
			dest, end, root = "/", 1, 1
		} else {
			if r := strings.LastIndex(dest, "/"); r < root {
				dest = dest[:root]
			} else {
				dest = dest[:r]
			}
			end = 0
		}
	}
	return Clean(dest), nil
}
