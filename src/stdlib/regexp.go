// Package regexp implements regular expression search (RE2 syntax, as Go's). The matching
// is native (the regex crate, behind a parser with Go's rules and error messages); the API,
// template expansion, Split and the replacement loops are Go.
package regexp

import (
	"errors"
	"io"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Regexp is the representation of a compiled regular expression.
// A Regexp is safe for concurrent use by multiple goroutines.
type Regexp struct {
	expr        string
	h           int
	subexpNames []string
	numSubexp   int
	prefix      string
	complete    bool
}

// compile's error is Go's syntax error (code and quoted text), or, with no code, a message.
func compile(expr string) (h int, names []string, prefix string, complete bool, code, text string)
func match(h int, s string) bool
func find(h int, s string, sub bool) []int
func findAll(h int, s string, n int, sub bool, repl bool) []int

// Compile parses a regular expression and returns, if successful, a Regexp object that can
// be used to match against text.
func Compile(expr string) (*Regexp, error) {
	h, names, prefix, complete, code, text := compile(expr)
	if code != "" {
		return nil, &syntax.Error{Code: syntax.ErrorCode(code), Expr: text}
	}
	if text != "" {
		return nil, errors.New(text)
	}
	return &Regexp{expr: expr, h: h, subexpNames: names, numSubexp: len(names) - 1, prefix: prefix, complete: complete}, nil
}

// MustCompile is like Compile but panics if the expression cannot be parsed.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// CompilePOSIX is like Compile but restricts the regular expression to POSIX ERE (egrep)
// syntax and changes the match semantics to leftmost-longest. corgi has no leftmost-longest
// matcher: it is not provided (a program that uses it does not compile).
func CompilePOSIX(expr string) (*Regexp, error)

// MustCompilePOSIX is like CompilePOSIX but panics if the expression cannot be parsed (not
// provided, as CompilePOSIX).
func MustCompilePOSIX(str string) *Regexp

// MatchString reports whether the string s contains any match of the regular expression pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether the byte slice b contains any match of the regular expression pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// MatchReader reports whether the text returned by the RuneReader contains any match of the
// regular expression pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

func special(b byte) bool {
	return strings.IndexByte(`\.+*?()|[]{}^$`, b) >= 0
}

// QuoteMeta returns a string that escapes all regular expression metacharacters inside the
// argument text.
func QuoteMeta(s string) string {
	var i int
	for i = 0; i < len(s); i++ {
		if special(s[i]) {
			break
		}
	}
	if i >= len(s) {
		return s
	}
	b := make([]byte, 2*len(s)-i)
	copy(b, s[:i])
	j := i
	for ; i < len(s); i++ {
		if special(s[i]) {
			b[j] = '\\'
			j++
		}
		b[j] = s[i]
		j++
	}
	return string(b[:j])
}

// String returns the source text used to compile the regular expression.
func (re *Regexp) String() string { return re.expr }

// Copy returns a new Regexp object copied from re.
//
// Deprecated: In earlier releases, when using a Regexp in multiple goroutines, giving each
// goroutine its own copy helped to avoid lock contention.
func (re *Regexp) Copy() *Regexp {
	re2 := *re
	return &re2
}

// Longest makes future searches prefer leftmost-longest matches. corgi's matcher has only
// leftmost-first (Perl) semantics, so this panics rather than match differently from Go.
func (re *Regexp) Longest() {
	panic("regexp: corgi does not support Longest (leftmost-longest matching)")
}

// NumSubexp returns the number of parenthesized subexpressions in this Regexp.
func (re *Regexp) NumSubexp() int { return re.numSubexp }

// SubexpNames returns the names of the parenthesized subexpressions in this Regexp.
func (re *Regexp) SubexpNames() []string { return re.subexpNames }

// SubexpIndex returns the index of the first subexpression with the given name, or -1 if
// there is no subexpression with that name.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns a literal string that must begin any match of the regular expression
// re. It returns the boolean true if the literal string comprises the entire regular expression.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	return re.prefix, re.complete
}

// MatchString reports whether the string s contains any match of the regular expression re.
func (re *Regexp) MatchString(s string) bool { return match(re.h, s) }

// Match reports whether the byte slice b contains any match of the regular expression re.
func (re *Regexp) Match(b []byte) bool { return match(re.h, string(b)) }

// readAll reads a RuneReader's runes, an invalid byte (RuneError of size 1) as one invalid byte.
func readAll(r io.RuneReader) string {
	var b []byte
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			break
		}
		if c == utf8.RuneError && size == 1 {
			b = append(b, 0xff)
		} else {
			b = utf8.AppendRune(b, c)
		}
	}
	return string(b)
}

// MatchReader reports whether the text returned by the RuneReader contains any match of the
// regular expression re.
func (re *Regexp) MatchReader(r io.RuneReader) bool { return match(re.h, readAll(r)) }

// FindReaderIndex returns a two-element slice of integers defining the location of the
// leftmost match of the regular expression in text read from the RuneReader.
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) {
	a := find(re.h, readAll(r), false)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindReaderSubmatchIndex returns a slice holding the index pairs identifying the leftmost
// match of the regular expression of text read by the RuneReader, and the matches, if any, of
// its subexpressions.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return find(re.h, readAll(r), true)
}

// Find returns a slice holding the text of the leftmost match in b of the regular expression.
func (re *Regexp) Find(b []byte) []byte {
	a := find(re.h, string(b), false)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindIndex returns a two-element slice of integers defining the location of the leftmost
// match in b of the regular expression.
func (re *Regexp) FindIndex(b []byte) (loc []int) {
	a := find(re.h, string(b), false)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindString returns a string holding the text of the leftmost match in s of the regular
// expression.
func (re *Regexp) FindString(s string) string {
	a := find(re.h, s, false)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringIndex returns a two-element slice of integers defining the location of the
// leftmost match in s of the regular expression.
func (re *Regexp) FindStringIndex(s string) (loc []int) {
	a := find(re.h, s, false)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindSubmatch returns a slice of slices holding the text of the leftmost match of the
// regular expression in b and the matches, if any, of its subexpressions.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := find(re.h, string(b), true)
	if a == nil {
		return nil
	}
	ret := make([][]byte, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return ret
}

// FindSubmatchIndex returns a slice holding the index pairs identifying the leftmost match of
// the regular expression in b and the matches, if any, of its subexpressions.
func (re *Regexp) FindSubmatchIndex(b []byte) []int { return find(re.h, string(b), true) }

// FindStringSubmatch returns a slice of strings holding the text of the leftmost match of the
// regular expression in s and the matches, if any, of its subexpressions.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a := find(re.h, s, true)
	if a == nil {
		return nil
	}
	ret := make([]string, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return ret
}

// FindStringSubmatchIndex returns a slice holding the index pairs identifying the leftmost
// match of the regular expression in s and the matches, if any, of its subexpressions.
func (re *Regexp) FindStringSubmatchIndex(s string) []int { return find(re.h, s, true) }

// all splits findAll's flattened offsets into one slice per match.
func (re *Regexp) all(s string, n int, sub bool) [][]int {
	if n == 0 {
		return nil
	}
	a := findAll(re.h, s, n, sub, false)
	if a == nil {
		return nil
	}
	w := 2
	if sub {
		w = 2 * (1 + re.numSubexp)
	}
	out := make([][]int, 0, len(a)/w)
	for i := 0; i+w <= len(a); i += w {
		out = append(out, a[i:i+w:i+w])
	}
	return out
}

// FindAll is the 'All' version of Find; it returns a slice of all successive matches of the
// expression, as defined by the 'All' description in the package comment.
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var result [][]byte
	for _, m := range re.all(string(b), n, false) {
		result = append(result, b[m[0]:m[1]:m[1]])
	}
	return result
}

// FindAllIndex is the 'All' version of FindIndex.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int { return re.all(string(b), n, false) }

// FindAllString is the 'All' version of FindString.
func (re *Regexp) FindAllString(s string, n int) []string {
	var result []string
	for _, m := range re.all(s, n, false) {
		result = append(result, s[m[0]:m[1]])
	}
	return result
}

// FindAllStringIndex is the 'All' version of FindStringIndex.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int { return re.all(s, n, false) }

// FindAllSubmatch is the 'All' version of FindSubmatch.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var result [][][]byte
	for _, m := range re.all(string(b), n, true) {
		slice := make([][]byte, len(m)/2)
		for j := range slice {
			if m[2*j] >= 0 {
				slice[j] = b[m[2*j]:m[2*j+1]:m[2*j+1]]
			}
		}
		result = append(result, slice)
	}
	return result
}

// FindAllSubmatchIndex is the 'All' version of FindSubmatchIndex.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int { return re.all(string(b), n, true) }

// FindAllStringSubmatch is the 'All' version of FindStringSubmatch.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var result [][]string
	for _, m := range re.all(s, n, true) {
		slice := make([]string, len(m)/2)
		for j := range slice {
			if m[2*j] >= 0 {
				slice[j] = s[m[2*j]:m[2*j+1]]
			}
		}
		result = append(result, slice)
	}
	return result
}

// FindAllStringSubmatchIndex is the 'All' version of FindStringSubmatchIndex.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int { return re.all(s, n, true) }

// replaceAll walks src as Go's ReplaceAll does, appending to the result the text between
// matches and, for each match replaced, what repl appends.
func (re *Regexp) replaceAll(src string, sub bool, repl func(dst []byte, m []int) []byte) []byte {
	a := findAll(re.h, src, -1, sub, true)
	w := 2
	if sub {
		w = 2 * (1 + re.numSubexp)
	}
	var buf []byte
	last := 0
	for i := 0; i+w <= len(a); i += w {
		m := a[i : i+w : i+w]
		buf = append(buf, src[last:m[0]]...)
		buf = repl(buf, m)
		last = m[1]
	}
	return append(buf, src[last:]...)
}

// ReplaceAllString returns a copy of src, replacing matches of the Regexp with the
// replacement string repl. Inside repl, $ signs are interpreted as in Expand.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	sub := strings.Contains(repl, "$")
	b := re.replaceAll(src, sub, func(dst []byte, match []int) []byte {
		return re.expand(dst, repl, src, match)
	})
	return string(b)
}

// ReplaceAllLiteralString returns a copy of src, replacing matches of the Regexp with the
// replacement string repl. The replacement repl is substituted directly, without using Expand.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(src, false, func(dst []byte, match []int) []byte {
		return append(dst, repl...)
	}))
}

// ReplaceAllStringFunc returns a copy of src in which all matches of the Regexp have been
// replaced by the return value of function repl applied to the matched substring.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	b := re.replaceAll(src, false, func(dst []byte, match []int) []byte {
		return append(dst, repl(src[match[0]:match[1]])...)
	})
	return string(b)
}

// ReplaceAll returns a copy of src, replacing matches of the Regexp with the replacement text
// repl. Inside repl, $ signs are interpreted as in Expand.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s := string(src)
	t := string(repl)
	sub := strings.Contains(t, "$")
	b := re.replaceAll(s, sub, func(dst []byte, match []int) []byte {
		return re.expand(dst, t, s, match)
	})
	return b
}

// ReplaceAllLiteral returns a copy of src, replacing matches of the Regexp with the
// replacement bytes repl. The replacement repl is substituted directly, without using Expand.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replaceAll(string(src), false, func(dst []byte, match []int) []byte {
		return append(dst, repl...)
	})
}

// ReplaceAllFunc returns a copy of src in which all matches of the Regexp have been replaced
// by the return value of function repl applied to the matched byte slice.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replaceAll(string(src), false, func(dst []byte, match []int) []byte {
		return append(dst, repl(src[match[0]:match[1]])...)
	})
}

// Expand appends template to dst and returns the result; during the append, Expand replaces
// variables in the template with corresponding matches drawn from src.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

// ExpandString is like Expand but the template and source are strings.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for len(template) > 0 {
		before, after, ok := strings.Cut(template, "$")
		if !ok {
			break
		}
		dst = append(dst, before...)
		template = after
		if template != "" && template[0] == '$' {
			// $$ is a literal $.
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := extract(template)
		if !ok {
			// Malformed: the $ is literal text.
			dst = append(dst, '$')
			continue
		}
		template = rest
		if num >= 0 {
			if 2*num+1 < len(match) && match[2*num] >= 0 {
				dst = append(dst, src[match[2*num]:match[2*num+1]]...)
			}
		} else {
			for i, namei := range re.subexpNames {
				if name == namei && 2*i+1 < len(match) && match[2*i] >= 0 {
					dst = append(dst, src[match[2*i]:match[2*i+1]]...)
					break
				}
			}
		}
	}
	return append(dst, template...)
}

// extract reads a leading name or {name} (after a $): a number if it is all digits without a
// leading zero (num -1 otherwise).
func extract(str string) (name string, num int, rest string, ok bool) {
	if str == "" {
		return
	}
	brace := false
	if str[0] == '{' {
		brace = true
		str = str[1:]
	}
	i := 0
	for i < len(str) {
		r, size := utf8.DecodeRuneInString(str[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			break
		}
		i += size
	}
	if i == 0 {
		return
	}
	name = str[:i]
	if brace {
		if i >= len(str) || str[i] != '}' {
			return
		}
		i++
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || '9' < name[j] || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[j]) - '0'
	}
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}
	rest = str[i:]
	ok = true
	return
}

// Split slices s into substrings separated by the expression and returns a slice of the
// substrings between those expression matches.
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	strs := make([]string, 0, len(matches))
	beg := 0
	end := 0
	for _, match := range matches {
		if n > 0 && len(strs) == n-1 {
			break
		}
		end = match[0]
		if match[1] != 0 {
			strs = append(strs, s[beg:end])
		}
		beg = match[1]
	}
	if end != len(s) {
		strs = append(strs, s[beg:])
	}
	return strs
}

// MarshalText implements encoding.TextMarshaler. The output matches that of calling the
// String method.
func (re *Regexp) MarshalText() ([]byte, error) {
	return []byte(re.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler by calling Compile on the encoded value.
func (re *Regexp) UnmarshalText(text []byte) error {
	newRE, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *newRE
	return nil
}
