package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type sink struct{ got []string }

func (s *sink) Write(p []byte) (int, error) {
	s.got = append(s.got, string(p))
	return len(p), nil
}

func main() {
	r := strings.NewReader("héllo, world")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadByte(), r.UnreadRune())
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err)
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err, r.UnreadRune(), r.UnreadRune())
	pos, err := r.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	rest := make([]byte, 10)
	n, err = r.Read(rest)
	fmt.Printf("%q %v\n", rest[:n], err)
	n, err = r.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	_, err = r.ReadByte()
	fmt.Println(err)
	_, _, err = r.ReadRune()
	fmt.Println(err)
	pos, err = r.Seek(-1, io.SeekStart)
	fmt.Println(pos, err)
	pos, err = r.Seek(0, 7)
	fmt.Println(pos, err)
	pos, err = r.Seek(2, io.SeekStart)
	fmt.Println(pos, err)
	pos, err = r.Seek(3, io.SeekCurrent)
	fmt.Println(pos, err, r.Len())
	at := make([]byte, 5)
	n, err = r.ReadAt(at, 7)
	fmt.Println(n, err, string(at[:n]))
	n, err = r.ReadAt(at, 10)
	fmt.Println(n, err, string(at[:n]))
	n, err = r.ReadAt(at, -1)
	fmt.Println(n, err)
	n, err = r.ReadAt(at, 100)
	fmt.Println(n, err)
	s := &sink{}
	wn, err := r.WriteTo(s)
	fmt.Println(wn, err, s.got, r.Len())
	wn, err = r.WriteTo(s)
	fmt.Println(wn, err)
	r.Reset("again\n")
	wn, err = r.WriteTo(os.Stdout)
	fmt.Println(wn, err)
	var z strings.Reader
	fmt.Println(z.Len(), z.Size())
	r2 := strings.NewReader("")
	fmt.Println(r2.UnreadByte())
}
