package main

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	data := []byte("any carnal pleas\xff\xfe")
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		for i := 0; i <= len(data); i += 3 {
			s := enc.EncodeToString(data[:i])
			b, err := enc.DecodeString(s)
			fmt.Println(s, enc.EncodedLen(i), enc.DecodedLen(len(s)), string(b) == string(data[:i]), err)
		}
		for _, s := range []string{"YQ", "YWI", "YQ==", "YWI=", "YWJj", "YW\nJj\r\n", "Y", "YQ=", "YQ===", "Y===", "=", "YQ==YQ==", "YWJj YWJj", "YQ==\n", "YQ=\n=", "YWJ*", "!!!!", "YR==", "YWJ=", "YWJjZA=", "YWJjZA", "\n\n"} {
			b, err := enc.DecodeString(s)
			var cie base64.CorruptInputError
			ok := errors.As(err, &cie)
			fmt.Printf("%q -> %q %v %v %d\n", s, b, err, ok, int64(cie))
		}
	}
	strict := base64.StdEncoding.Strict()
	for _, s := range []string{"YR==", "YWJ=", "YQ==", "YWI=", "YWK=", "YWJjZB=="} {
		b, err := strict.DecodeString(s)
		fmt.Printf("strict %q -> %q %v\n", s, b, err)
	}
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	s := custom.EncodeToString([]byte("hello"))
	b, err := custom.DecodeString(s)
	fmt.Println(s, string(b), err)
	dst := make([]byte, base64.StdEncoding.EncodedLen(4))
	base64.StdEncoding.Encode(dst, []byte("abcd"))
	fmt.Println(string(dst))
	out := make([]byte, 10)
	n, err := base64.StdEncoding.Decode(out, []byte("YWJjZA=="))
	fmt.Println(n, string(out[:n]), err)
	fmt.Println(string(base64.StdEncoding.AppendEncode([]byte("b64:"), []byte("xyz"))))
	ab, err := base64.StdEncoding.AppendDecode([]byte("got:"), []byte("eHl6"))
	fmt.Println(string(ab), err)
	var sb strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, &sb)
	w.Write([]byte("Hello, "))
	w.Write([]byte("World"))
	w.Write([]byte("!"))
	w.Close()
	fmt.Println(sb.String())
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader(sb.String()))
	all, err := io.ReadAll(r)
	fmt.Println(string(all), err)
	r = base64.NewDecoder(base64.StdEncoding, strings.NewReader("SGVsbG8*"))
	all, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	fmt.Println(base64.CorruptInputError(7).Error(), base64.StdPadding, base64.NoPadding)
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "panic:", recover()) }()
		f()
	}
	try("short", func() { base64.NewEncoding("abc") })
	try("dup", func() { base64.NewEncoding(strings.Repeat("a", 64)) })
	try("newline", func() { base64.NewEncoding("\n" + strings.Repeat("b", 63)) })
	try("pad in alphabet", func() { base64.StdEncoding.WithPadding('A') })
	try("bad pad", func() { base64.StdEncoding.WithPadding('\n') })
	try("big pad", func() { base64.StdEncoding.WithPadding(0x100) })
	try("short dst", func() { base64.StdEncoding.Encode(make([]byte, 2), []byte("abc")) })
	try("short decode dst", func() { base64.StdEncoding.Decode(make([]byte, 1), []byte("YWJj")) })
}
