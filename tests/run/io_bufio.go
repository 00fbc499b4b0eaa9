// io's helpers and bufio's Reader, Writer and Scanner (written in Go in corgi) over in-memory readers.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type slowReader struct {
	s string
}

// Read returns one byte at a time, to exercise refills.
func (r *slowReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

type collect struct {
	parts []string
}

func (c *collect) Write(p []byte) (int, error) {
	c.parts = append(c.parts, string(p))
	return len(p), nil
}

func main() {
	b, err := io.ReadAll(&slowReader{"slowly read"})
	fmt.Printf("ReadAll %q %v\n", b, err)
	var sb strings.Builder
	n, err := io.Copy(&sb, &slowReader{"copied"})
	fmt.Println("Copy", n, err, sb.String())
	sb.Reset()
	n, err = io.CopyN(&sb, strings.NewReader("0123456789"), 4)
	fmt.Println("CopyN", n, err, sb.String())
	n, err = io.CopyN(&sb, strings.NewReader("01"), 4)
	fmt.Println("CopyN short", n, err)
	buf := make([]byte, 4)
	k, err := io.ReadFull(&slowReader{"abcdef"}, buf)
	fmt.Println("ReadFull", k, err, string(buf))
	k, err = io.ReadFull(&slowReader{"ab"}, buf)
	fmt.Println("ReadFull short", k, err)
	k, err = io.ReadFull(&slowReader{""}, buf)
	fmt.Println("ReadFull empty", k, err)
	k, err = io.ReadAtLeast(&slowReader{"abc"}, buf[:2], 3)
	fmt.Println("ReadAtLeast short buffer", k, err)
	mr := io.MultiReader(strings.NewReader("one "), &slowReader{"two "}, strings.NewReader("three"))
	b, _ = io.ReadAll(mr)
	fmt.Printf("MultiReader %q\n", b)
	var c1, c2 collect
	mw := io.MultiWriter(&c1, &c2)
	fmt.Fprintf(mw, "x=%d", 1)
	fmt.Println("MultiWriter", c1.parts, c2.parts)
	var tee strings.Builder
	b, _ = io.ReadAll(io.TeeReader(strings.NewReader("teed"), &tee))
	fmt.Println("TeeReader", string(b), tee.String())
	b, _ = io.ReadAll(io.LimitReader(strings.NewReader("limited reader"), 7))
	fmt.Printf("LimitReader %q\n", b)
	k, _ = io.WriteString(io.Discard, "discarded")
	fmt.Println("Discard", k)
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println("NopCloser", rc.Close())

	// bufio.Reader.
	r := bufio.NewReaderSize(&slowReader{"héllo world\nline two\r\nlast"}, 16)
	ch, size, _ := r.ReadRune()
	fmt.Println("ReadRune", string(ch), size)
	ch, size, _ = r.ReadRune()
	fmt.Println("ReadRune", string(ch), size, r.UnreadRune(), r.UnreadRune())
	by, _ := r.ReadByte()
	fmt.Println("ReadByte", string(by), r.UnreadByte())
	peek, err := r.Peek(5)
	fmt.Printf("Peek %q %v\n", peek, err)
	d, err := r.Discard(2)
	fmt.Println("Discard", d, err)
	s, err := r.ReadString('\n')
	fmt.Printf("ReadString %q %v\n", s, err)
	line, prefix, err := r.ReadLine()
	fmt.Printf("ReadLine %q %v %v\n", line, prefix, err)
	bs, err := r.ReadBytes('\n')
	fmt.Printf("ReadBytes %q %v\n", bs, err)
	_, err = r.ReadByte()
	fmt.Println("at end", err)
	long := bufio.NewReaderSize(strings.NewReader(strings.Repeat("x", 40)+"\n"), 16)
	line, prefix, _ = long.ReadLine()
	fmt.Println("long line", len(line), prefix)
	s, _ = long.ReadString('\n')
	fmt.Println("rest", len(s))

	// bufio.Writer.
	var out collect
	w := bufio.NewWriterSize(&out, 8)
	w.WriteString("abc")
	w.WriteByte('d')
	w.WriteRune('é')
	fmt.Println("Buffered", w.Buffered(), w.Available(), out.parts)
	w.Write([]byte("0123456789abcdef"))
	fmt.Println("after big write", w.Buffered(), out.parts)
	w.Flush()
	fmt.Println("flushed", out.parts)

	// bufio.Scanner with each split function, a custom one, and a token too long.
	for _, split := range []struct {
		name string
		f    bufio.SplitFunc
	}{{"lines", bufio.ScanLines}, {"words", bufio.ScanWords}, {"runes", bufio.ScanRunes}, {"bytes", bufio.ScanBytes}} {
		sc := bufio.NewScanner(&slowReader{"ab c\r\n\nxé  y\n"})
		sc.Split(split.f)
		var toks []string
		for sc.Scan() {
			toks = append(toks, sc.Text())
		}
		fmt.Printf("%s %q %v\n", split.name, toks, sc.Err())
	}
	sc := bufio.NewScanner(strings.NewReader("1,2,3,stop,4"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		i := strings.IndexByte(string(data), ',')
		if i < 0 {
			if atEOF && len(data) > 0 {
				return len(data), data, bufio.ErrFinalToken
			}
			return 0, nil, nil
		}
		if string(data[:i]) == "stop" {
			return 0, nil, errors.New("stopped")
		}
		return i + 1, data[:i], nil
	})
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println(" err:", sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println("too long:", sc.Err())
}
