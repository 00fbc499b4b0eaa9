package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	b.WriteRune('한')
	fmt.Println(b.String(), b.Len())
	fmt.Fprintf(&b, " %d", 42)
	fmt.Println(b.String())
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.UnreadByte(), b.UnreadByte())
	line, err := b.ReadString(' ')
	fmt.Printf("%q %v\n", line, err)
	rest, err := b.ReadBytes('#')
	fmt.Printf("%q %v\n", rest, err)
	fmt.Println(b.Len(), b.String() == "")
	n, err := b.Read(make([]byte, 4))
	fmt.Println(n, err)
	nb := bytes.NewBufferString("abc\ndef\n")
	io.Copy(os.Stdout, nb)
	r := bytes.NewBuffer([]byte("xyz"))
	fmt.Println(string(r.Next(2)), r.Len(), string(r.Bytes()))
	r.Truncate(0)
	fmt.Println(r.Len())
	var rb bytes.Buffer
	rb.ReadFrom(strings.NewReader(strings.Repeat("ab", 1000)))
	fmt.Println(rb.Len())
	rr, size, _ := bytes.NewBufferString("é!").ReadRune()
	fmt.Println(string(rr), size)
	var nilb *bytes.Buffer
	fmt.Println(nilb.String())
	func() {
		defer func() { fmt.Println(recover()) }()
		b.Truncate(100)
	}()

	s := []byte("  Go is fun, go is fast  ")
	fmt.Println(bytes.Contains(s, []byte("fun")), bytes.Count(s, []byte("is")), bytes.Index(s, []byte("go")),
		bytes.LastIndex(s, []byte("is")), bytes.IndexByte(s, 'G'), bytes.HasPrefix(s, []byte("  Go")),
		bytes.HasSuffix(s, []byte("  ")), bytes.EqualFold([]byte("GO"), []byte("go")))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("abc"), nil))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("--")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper(s), bytes.ToLower([]byte("ABC")), bytes.Title([]byte("hello world")))
	fmt.Printf("%q %q %q\n", bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("xxhi"), "x"), bytes.TrimRight([]byte("hixx"), "x"))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("a.go"), []byte(".go")))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("oink oink"), []byte("k"), []byte("ky")))
	fmt.Printf("%q\n", bytes.Replace([]byte("oink oink oink"), []byte("oink"), []byte("moo"), 2))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("a1b2c3")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.Equal(nil, []byte{}))
	fmt.Println(string(bytes.Repeat([]byte("ab"), 3)), bytes.Runes([]byte("héllo")), bytes.IndexRune([]byte("chicken"), 'k'))
	fmt.Println(bytes.ContainsAny([]byte("hello"), "xyz"), bytes.ContainsRune([]byte("hello"), 'l'), bytes.IndexAny([]byte("golang"), "ny"))
	cl := bytes.Clone([]byte("c"))
	fmt.Println(string(cl), bytes.Clone(nil) == nil)
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b22c"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))

	rd := bytes.NewReader([]byte("0123456789"))
	buf := make([]byte, 4)
	n, _ = rd.Read(buf)
	fmt.Println(n, string(buf), rd.Len(), rd.Size())
	pos, _ := rd.Seek(-2, io.SeekEnd)
	bt, _ := rd.ReadByte()
	fmt.Println(pos, string(bt))
	n, err = rd.ReadAt(buf, 8)
	fmt.Println(n, err, string(buf[:n]))
	fmt.Println(rd.UnreadRune())
	_, err = rd.Seek(-100, io.SeekStart)
	fmt.Println(err)
	rd.Reset([]byte("new"))
	all, _ := io.ReadAll(rd)
	fmt.Println(string(all))
}
