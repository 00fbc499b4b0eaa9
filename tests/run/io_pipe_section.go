package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type buf struct{ b []byte }

func (w *buf) WriteAt(p []byte, off int64) (int, error) {
	for int64(len(w.b)) < off+int64(len(p)) {
		w.b = append(w.b, '.')
	}
	copy(w.b[off:], p)
	return len(p), nil
}

func main() {
	r, w := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println("got", sc.Text())
	}

	r2, w2 := io.Pipe()
	go func() {
		w2.Write([]byte("partial"))
		w2.CloseWithError(errors.New("producer failed"))
	}()
	data, err := io.ReadAll(r2)
	fmt.Printf("%q %v\n", data, err)

	r3, w3 := io.Pipe()
	r3.Close()
	n, err := w3.Write([]byte("x"))
	fmt.Println(n, err, err == io.ErrClosedPipe)

	r4, w4 := io.Pipe()
	done := make(chan bool)
	var chunks []string
	var rerr error
	go func() {
		b := make([]byte, 3)
		for {
			n, err := r4.Read(b)
			if err != nil {
				rerr = err
				break
			}
			chunks = append(chunks, string(b[:n]))
		}
		done <- true
	}()
	n, err = w4.Write([]byte("abcdefgh"))
	fmt.Println("wrote", n, err)
	r4.CloseWithError(errors.New("enough"))
	_, err = w4.Write([]byte("more"))
	fmt.Println("after close:", err)
	w4.Close()
	<-done
	fmt.Printf("%q %v\n", chunks, rerr)

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	all, _ := io.ReadAll(sr)
	fmt.Println(string(all), sr.Size())
	p := make([]byte, 4)
	n, err = sr.ReadAt(p, 3)
	fmt.Println(n, err, string(p[:n]))
	pos, err := sr.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	n, _ = sr.Read(p)
	fmt.Println(string(p[:n]))
	_, err = sr.Seek(-1, io.SeekStart)
	fmt.Println(err)
	rr, off, nn := sr.Outer()
	fmt.Println(rr != nil, off, nn)

	var b buf
	ow := io.NewOffsetWriter(&b, 2)
	ow.Write([]byte("ab"))
	ow.WriteAt([]byte("Z"), 5)
	ow.Seek(0, io.SeekStart)
	ow.Write([]byte("c"))
	fmt.Println(string(b.b))
	io.Copy(os.Stdout, io.NewSectionReader(strings.NewReader("hello\n"), 0, 1<<62))
}
