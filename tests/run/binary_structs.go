package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   int8
	_       [3]byte
	Size    uint32
	Ratio   float32
	Pos     [2]int64
	OK      bool
	C       complex64
}

func main() {
	h := Header{Magic: [4]byte{'C', 'O', 'R', 'G'}, Version: 3, Flags: -2, Size: 1 << 20, Ratio: 0.5, Pos: [2]int64{-1, 7}, OK: true, C: 1 + 2i}
	var buf bytes.Buffer
	fmt.Println(binary.Size(h), binary.Size(&h), binary.Write(&buf, binary.BigEndian, h))
	fmt.Printf("% x\n", buf.Bytes())
	var back Header
	fmt.Println(binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back), back == h)
	fmt.Printf("%+v\n", back)
	pts := []struct{ X, Y int16 }{{1, 2}, {-3, 4}}
	b, err := binary.Append(nil, binary.LittleEndian, pts)
	fmt.Printf("% x %v\n", b, err)
	got := make([]struct{ X, Y int16 }, 2)
	n, err := binary.Decode(b, binary.LittleEndian, got)
	fmt.Println(n, err, got)
	var arr [3]uint16
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 0, 2, 0, 3}), binary.LittleEndian, &arr), arr)
	type bad struct{ N int }
	fmt.Println(binary.Size(bad{}), binary.Write(&buf, binary.BigEndian, bad{1}))
	fmt.Println(binary.Read(bytes.NewReader(nil), binary.BigEndian, &bad{}))
	fmt.Println(binary.Write(&buf, binary.BigEndian, []string{"x"}))
}
