package strings

import (
	"io"
	"iter"
	"unicode"
	"unicode/utf8"
)

// A Builder builds a string piece by piece with few copies; its zero value is ready to use.
// Do not copy a non-zero Builder.
type Builder struct {
	addr *Builder
	buf  []byte
}

func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Cap() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) WriteString(s string) (int, error)
func Clone(s string) string
func Compare(a, b string) int
// The iterator functions consume s as they go, as Go's do (a second range over the same
// sequence continues where the first stopped).

func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			n := len(s)
			if i := IndexByte(s, '\n'); i >= 0 {
				n = i + 1
			}
			line := s[:n]
			s = s[n:]
			if !yield(line) {
				return
			}
		}
	}
}

func SplitSeq(s, sep string) iter.Seq[string] { return splitSeq(s, sep, 0) }

func SplitAfterSeq(s, sep string) iter.Seq[string] { return splitSeq(s, sep, len(sep)) }

// splitSeq yields the pieces between the separators, each with sepSave bytes of its separator;
// an empty separator splits after each UTF-8 sequence.
func splitSeq(s, sep string, sepSave int) iter.Seq[string] {
	return func(yield func(string) bool) {
		if sep == "" {
			for len(s) > 0 {
				_, n := utf8.DecodeRuneInString(s)
				piece := s[:n]
				s = s[n:]
				if !yield(piece) {
					return
				}
			}
			return
		}
		for {
			i := Index(s, sep)
			if i < 0 {
				break
			}
			piece := s[:i+sepSave]
			s = s[i+len(sep):]
			if !yield(piece) {
				return
			}
		}
		yield(s)
	}
}

func FieldsSeq(s string) iter.Seq[string] { return FieldsFuncSeq(s, unicode.IsSpace) }

func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range s {
			if f(r) {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

type Reader struct {
	s        string
	i        int64
	prevRune int
}

func (r *Reader) Len() int
func (r *Reader) Size() int64
func (r *Reader) Read(b []byte) (n int, err error)
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error)
func (r *Reader) ReadByte() (byte, error)
func (r *Reader) UnreadByte() error
func (r *Reader) ReadRune() (ch rune, size int, err error)
func (r *Reader) UnreadRune() error
func (r *Reader) Seek(offset int64, whence int) (int64, error)
func (r *Reader) WriteTo(w io.Writer) (n int64, err error)
func (r *Reader) Reset(s string)
func NewReader(s string) *Reader

type Replacer struct{ oldnew []string }

func NewReplacer(oldnew ...string) *Replacer
func (r *Replacer) Replace(s string) string
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) { return io.WriteString(w, r.Replace(s)) }
func Count(s, substr string) int
// Contains reports whether substr occurs in s.
func Contains(s, substr string) bool
func ContainsAny(s, chars string) bool
func ContainsRune(s string, r rune) bool
func ContainsFunc(s string, f func(rune) bool) bool
func LastIndex(s, substr string) int
func IndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func IndexAny(s, chars string) int
func LastIndexAny(s, chars string) int
func LastIndexByte(s string, c byte) int
func SplitN(s, sep string, n int) []string
func SplitAfterN(s, sep string, n int) []string
// Split cuts s at each sep and returns the pieces between; an empty sep splits after each
// UTF-8 sequence.
func Split(s, sep string) []string
func SplitAfter(s, sep string) []string
// Fields splits s around runs of white space (unicode.IsSpace); no empty fields.
func Fields(s string) []string
func FieldsFunc(s string, f func(rune) bool) []string
// Join puts sep between the elements of elems and returns the one string.
func Join(elems []string, sep string) string
// HasPrefix reports whether s starts with prefix.
func HasPrefix(s, prefix string) bool
// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool
func Map(mapping func(rune) rune, s string) string
// Repeat returns count copies of s, end to end. A negative count panics.
func Repeat(s string, count int) string
// ToUpper returns s with every Unicode letter in upper case.
func ToUpper(s string) string
// ToLower returns s with every Unicode letter in lower case.
func ToLower(s string) string
func ToTitle(s string) string
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }
func ToValidUTF8(s, replacement string) string
func Title(s string) string
func TrimLeftFunc(s string, f func(rune) bool) string
func TrimRightFunc(s string, f func(rune) bool) string
func TrimFunc(s string, f func(rune) bool) string
func IndexFunc(s string, f func(rune) bool) int
func LastIndexFunc(s string, f func(rune) bool) int
// Trim returns s without the leading and trailing runes that are in cutset.
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
// TrimSpace returns s without leading and trailing white space.
func TrimSpace(s string) string
// TrimPrefix returns s without prefix, if s starts with it; else s unchanged.
func TrimPrefix(s, prefix string) string
// TrimSuffix returns s without suffix, if s ends with it; else s unchanged.
func TrimSuffix(s, suffix string) string
// Replace returns s with the first n non-overlapping old replaced by new (all of them if
// n < 0).
func Replace(s, old, new string, n int) string
// ReplaceAll returns s with every non-overlapping old replaced by new.
func ReplaceAll(s, old, new string) string
func EqualFold(s, t string) bool
// Index returns the byte index of the first substr in s, or -1 if there is none.
func Index(s, substr string) int
func Cut(s, sep string) (before, after string, found bool)
func CutPrefix(s, prefix string) (after string, found bool)
func CutSuffix(s, suffix string) (before string, found bool)
func CutLast(s, sep string) (before, after string, found bool)
