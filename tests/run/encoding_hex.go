package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	s := hex.EncodeToString([]byte("Hello, Gopher!\x00\xff"))
	fmt.Println(s, len(s), hex.EncodedLen(5), hex.DecodedLen(11))
	b, err := hex.DecodeString("48656C6c6f")
	fmt.Printf("%q %v\n", b, err)
	for _, in := range []string{"abc", "zz", "0g", "a", "ag1", "4865x", "", "486"} {
		b, err := hex.DecodeString(in)
		fmt.Printf("%q -> %q %v\n", in, b, err)
		var ibe hex.InvalidByteError
		if errors.As(err, &ibe) {
			fmt.Println("  invalid byte", byte(ibe))
		}
		fmt.Println("  length?", err == hex.ErrLength)
	}
	fmt.Println(hex.InvalidByteError('\n').Error())
	fmt.Println(hex.InvalidByteError(0xe9).Error())
	dst := make([]byte, 4)
	n := hex.Encode(dst, []byte{0xde, 0xad})
	fmt.Println(n, string(dst))
	n, err = hex.Decode(dst, []byte("cafe"))
	fmt.Println(n, dst[:n], err)
	fmt.Println(string(hex.AppendEncode([]byte("x="), []byte{1, 2, 255})))
	ab, err := hex.AppendDecode([]byte("p"), []byte("414243"))
	fmt.Printf("%q %v\n", ab, err)
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\n\t\x01")))
	fmt.Printf("%q\n", hex.Dump(nil))
	for _, k := range []int{1, 7, 8, 9, 15, 16, 17} {
		fmt.Print(hex.Dump([]byte(strings.Repeat("a", k))))
	}
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstuvwxyz"))
	d.Close()
	d.Close()
	var sb strings.Builder
	e := hex.NewEncoder(&sb)
	e.Write([]byte("hi!"))
	fmt.Println(sb.String())
	r := hex.NewDecoder(strings.NewReader("68656c6c6f"))
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	r = hex.NewDecoder(strings.NewReader("68656c6c6"))
	all, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	r = hex.NewDecoder(strings.NewReader("6865zz"))
	all, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	defer func() { fmt.Println("recovered:", recover()) }()
	hex.Encode(make([]byte, 1), []byte{1})
}
