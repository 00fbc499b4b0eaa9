// path and path/filepath's lexical functions on many inputs, edge cases included.
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

var inputs = []string{
	"", ".", "..", "/", "//", "///a", "a", "a/", "a//b/../c", "/a/b/c", "a/b/c/", "/../a", "../../a/b",
	"a/../..", "./a/./b", ".hidden", "dir/.hidden", "file.tar.gz", "a.b/c", "/a/b.", "a/b/..", "abc/./../def",
	"/x/../../y", "a/b/c/../../../..", "a\\b", "é/ü.txt",
}

func main() {
	for _, in := range inputs {
		dir, file := path.Split(in)
		fdir, ffile := filepath.Split(in)
		fmt.Printf("%q: Clean=%q Base=%q Dir=%q Ext=%q Split=%q,%q IsAbs=%v\n",
			in, path.Clean(in), path.Base(in), path.Dir(in), path.Ext(in), dir, file, path.IsAbs(in))
		fmt.Printf("%q: filepath Clean=%q Base=%q Dir=%q Ext=%q Split=%q,%q IsAbs=%v IsLocal=%v\n",
			in, filepath.Clean(in), filepath.Base(in), filepath.Dir(in), filepath.Ext(in), fdir, ffile,
			filepath.IsAbs(in), filepath.IsLocal(in))
	}
	joins := [][]string{{}, {""}, {"", ""}, {"a", "b"}, {"a", ""}, {"", "b"}, {"/", "a"}, {"a/", "/b"}, {"a", "../.."},
		{"/a", "..", "..", "b"}, {"a", "", "b"}, {".", "."}, {"a/b", "c/../d"}}
	for _, j := range joins {
		fmt.Printf("Join%q = %q / %q\n", j, path.Join(j...), filepath.Join(j...))
	}
	rels := [][2]string{{"a/b", "a/b/c"}, {"a/b/c", "a/b"}, {"/a", "/b/c"}, {"a", "b"}, {"/", "/a/b"}, {"/a/b", "/"},
		{".", "a"}, {"a", "."}, {"a/b", "a/b"}, {"/a", "b"}, {"a", "/b"}, {"../a", "b"}, {"a/../b", "c"},
		{"a/b/../c", "a/c/d"}, {"", "x"}, {"x", ""}, {"/a/b/c/d", "/a/x/y"}}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", r[0], r[1], rel, err)
	}
	matches := [][2]string{{"*", "abc"}, {"*", "a/b"}, {"a*", "abc"}, {"a*c", "abc"}, {"a*/b", "abc/b"}, {"a*b*c*d", "axbxcxd"},
		{"?", "a"}, {"?", "/"}, {"a?c", "abc"}, {"[abc]", "b"}, {"[^abc]", "b"}, {"[a-z]x", "qx"}, {"[!a]", "b"},
		{"\\*", "*"}, {"\\", "a"}, {"[", "a"}, {"[a-", "a"}, {"[]", "a"}, {"a[", "x"}, {"*.go", "main.go"},
		{"*.go", ".go"}, {"*.go", "dir/main.go"}, {"*/*.go", "dir/main.go"}, {"[\\]]", "]"}, {"[x-]", "x"},
		{"ab[^c-e]", "abf"}, {"", ""}, {"", "a"}, {"*x", "xxx"}, {"a*", "a"}, {"[α-ω]", "β"}, {"*[", "a"}}
	for _, m := range matches {
		ok, err := path.Match(m[0], m[1])
		fok, ferr := filepath.Match(m[0], m[1])
		fmt.Printf("Match(%q, %q) = %v %v / %v %v\n", m[0], m[1], ok, err, fok, ferr)
	}
	for _, l := range []string{"", "a", "/bin:/usr/bin", "a::b", ":"} {
		fmt.Printf("SplitList(%q) = %q\n", l, filepath.SplitList(l))
	}
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/a"), string(filepath.Separator),
		string(filepath.ListSeparator))
	abs, err := filepath.Abs("/a/../b")
	fmt.Println("Abs", abs, err)
	wd, _ := filepath.Abs(".")
	sub, _ := filepath.Abs("x/y")
	r, _ := filepath.Rel(wd, sub)
	fmt.Println("Abs relative", filepath.IsAbs(wd), r)
}
