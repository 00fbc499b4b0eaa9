package main

import (
	"strings"
	"encoding/binary"
	"fmt"
	"math"
)

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint16(b, 0x1234)
	fmt.Println(b, binary.BigEndian.Uint16(b), binary.LittleEndian.Uint16(b))
	binary.LittleEndian.PutUint32(b, 0xdeadbeef)
	fmt.Println(b, binary.LittleEndian.Uint32(b), binary.BigEndian.Uint32(b))
	binary.BigEndian.PutUint64(b, 0x0102030405060708)
	fmt.Println(b, binary.BigEndian.Uint64(b), binary.LittleEndian.Uint64(b))
	fmt.Println(binary.BigEndian.AppendUint16(nil, 1), binary.LittleEndian.AppendUint32([]byte{9}, 2), binary.BigEndian.AppendUint64(nil, 3))
	fmt.Println(binary.LittleEndian.AppendUint64(nil, math.MaxUint64-1), binary.NativeEndian.Uint16([]byte{1, 0}))
	fmt.Println(binary.BigEndian, binary.LittleEndian)
	fmt.Printf("%v %s %#v\n", binary.BigEndian, binary.LittleEndian, binary.BigEndian)
	var o binary.ByteOrder = binary.LittleEndian
	var ao binary.AppendByteOrder = binary.BigEndian
	fmt.Println(o.String(), ao.String(), o.Uint16([]byte{0, 1}))

	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)
	buf := make([]byte, binary.MaxVarintLen64)
	for _, x := range []uint64{0, 1, 127, 128, 300, 16383, 16384, math.MaxUint32, math.MaxUint64} {
		n := binary.PutUvarint(buf, x)
		y, m := binary.Uvarint(buf[:n])
		fmt.Println(x, buf[:n], y, m, binary.AppendUvarint([]byte{0xaa}, x))
	}
	for _, x := range []int64{0, -1, 1, -64, 64, math.MinInt64, math.MaxInt64} {
		n := binary.PutVarint(buf, x)
		y, m := binary.Varint(buf[:n])
		fmt.Println(x, buf[:n], y, m, binary.AppendVarint(nil, x))
	}
	fmt.Println(binary.Uvarint(nil))
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}))
	fmt.Println(binary.Varint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}))
	fmt.Println(binary.ReadUvarint(strings.NewReader(string([]byte{0xac, 0x02}))))
	fmt.Println(binary.ReadUvarint(strings.NewReader(string([]byte{0xac}))))
	fmt.Println(binary.ReadUvarint(strings.NewReader("")))
	fmt.Println(binary.ReadVarint(strings.NewReader(string([]byte{0x03}))))
	fmt.Println(binary.ReadUvarint(strings.NewReader(string([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}))))
	fmt.Println(binary.ReadUvarint(strings.NewReader(string([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}))))

	var w strings.Builder
	fmt.Println(binary.Write(&w, binary.BigEndian, uint16(0xabcd)))
	fmt.Println(binary.Write(&w, binary.LittleEndian, int32(-2)))
	fmt.Println(binary.Write(&w, binary.BigEndian, math.Pi))
	fmt.Println(binary.Write(&w, binary.BigEndian, []uint16{1, 2, 3}))
	fmt.Println(binary.Write(&w, binary.BigEndian, true))
	f := new(float32)
	*f = 1.5
	fmt.Println(binary.Write(&w, binary.BigEndian, f))
	fmt.Println(binary.Write(&w, binary.BigEndian, 5))
	fmt.Println(binary.Write(&w, binary.BigEndian, "str"))
	fmt.Println([]byte(w.String()))
	r := strings.NewReader(w.String())
	// Pointers from new: corgi mis-stores small ints and float32s through &local (see report).
	u16 := new(uint16)
	i32 := new(int32)
	f64 := new(float64)
	s := make([]uint16, 3)
	bl := new(bool)
	f32 := new(float32)
	fmt.Println(binary.Read(r, binary.BigEndian, u16), *u16)
	fmt.Println(binary.Read(r, binary.LittleEndian, i32), *i32)
	fmt.Println(binary.Read(r, binary.BigEndian, f64), *f64)
	fmt.Println(binary.Read(r, binary.BigEndian, s), s)
	fmt.Println(binary.Read(r, binary.BigEndian, bl), *bl)
	fmt.Println(binary.Read(r, binary.BigEndian, f32), *f32)
	fmt.Println(binary.Read(r, binary.BigEndian, u16), *u16)
	fmt.Println(binary.Read(strings.NewReader(string([]byte{1})), binary.BigEndian, u16), *u16)
	fmt.Println(binary.Read(r, binary.BigEndian, *u16))
	fmt.Println(binary.Read(strings.NewReader("abcd"), binary.BigEndian, *u16))
	var n int
	fmt.Println(binary.Read(r, binary.BigEndian, &n))
	fmt.Println(binary.Size(uint32(0)), binary.Size([]int64{1, 2}), binary.Size(1), binary.Size(f64))
	out, err := binary.Append([]byte{7}, binary.LittleEndian, uint32(1))
	fmt.Println(out, err)
	k, err := binary.Encode(make([]byte, 2), binary.BigEndian, uint32(1))
	fmt.Println(k, err)
	k, err = binary.Encode(buf, binary.BigEndian, int16(-1))
	fmt.Println(k, err, buf[:k])
	got := new(int16)
	k, err = binary.Decode(buf, binary.BigEndian, got)
	fmt.Println(k, err, *got)
	k, err = binary.Decode(buf[:1], binary.BigEndian, got)
	fmt.Println(k, err, *got)
	k, err = binary.Decode(buf, binary.BigEndian, *got)
	fmt.Println(k, err)
	defer func() { fmt.Println("recovered:", recover()) }()
	binary.BigEndian.Uint32([]byte{1, 2})
}
