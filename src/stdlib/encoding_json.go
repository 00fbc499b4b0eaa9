package json

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"errors"
	"io"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ---- errors ----

type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

type InvalidUTF8Error struct {
	S string
}

func (e *InvalidUTF8Error) Error() string {
	return "json: invalid UTF-8 in string: " + strconv.Quote(e.S)
}

type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	srcFunc := e.sourceFunc
	if srcFunc == "" {
		srcFunc = "MarshalJSON"
	}
	return "json: error calling " + srcFunc + " for type " + e.Type.String() + ": " + e.Err.Error()
}

func (e *MarshalerError) Unwrap() error { return e.Err }

type SyntaxError struct {
	msg    string
	Offset int64
}

func (e *SyntaxError) Error() string { return e.msg }

type UnmarshalTypeError struct {
	Value  string
	Type   reflect.Type
	Offset int64
	Struct string
	Field  string
	Err    error
}

func (e *UnmarshalTypeError) Unwrap() error { return e.Err }

func (e *UnmarshalTypeError) Error() string {
	var s string
	if e.Struct != "" || e.Field != "" {
		// A path ending in an array index is not called a struct field.
		into := "Go struct field "
		last := e.Field[strings.LastIndexByte(e.Field, '.')+1:]
		if last != "" && strings.TrimRight(last, "0123456789") == "" {
			into = ""
		}
		s = "json: cannot unmarshal " + e.Value + " into " + into + e.Struct + "." + e.Field + " of type " + e.Type.String()
	} else {
		s = "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

func (e *UnmarshalFieldError) Error() string {
	return "json: cannot unmarshal object key " + strconv.Quote(e.Key) + " into unexported field " + e.Field.Name + " of type " + e.Type.String()
}

type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == nil {
		return "json: Unmarshal(nil)"
	}
	if e.Type.Kind() != reflect.Pointer {
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

// ---- interfaces and special types ----

type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

type RawMessage []byte

func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

func (m *RawMessage) UnmarshalJSON(data []byte) error {
	if m == nil {
		return errors.New("json.RawMessage: UnmarshalJSON on nil pointer")
	}
	*m = append((*m)[0:0], data...)
	return nil
}

type Number string

func (n Number) String() string { return string(n) }

func (n Number) Float64() (float64, error) { return strconv.ParseFloat(string(n), 64) }

func (n Number) Int64() (int64, error) { return strconv.ParseInt(string(n), 10, 64) }

var (
	marshalerType       = reflect.TypeOf((*Marshaler)(nil)).Elem()
	unmarshalerType     = reflect.TypeOf((*Unmarshaler)(nil)).Elem()
	textMarshalerType   = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
	textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
	numberType          = reflect.TypeOf(Number(""))
)

// ---- encoding ----

type jsonError struct{ error }

type encodeState struct {
	buf        []byte
	escapeHTML bool
	depth      int
}

func (e *encodeState) fail(err error) { panic(jsonError{err}) }

func (e *encodeState) marshal(v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if je, ok := r.(jsonError); ok {
				err = je.error
			} else {
				panic(r)
			}
		}
	}()
	e.value(reflect.ValueOf(v), false)
	return nil
}

func Marshal(v any) ([]byte, error) {
	e := &encodeState{escapeHTML: true}
	if err := e.marshal(v); err != nil {
		return nil, err
	}
	return e.buf, nil
}

func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	return appendIndent(nil, b, prefix, indent)
}

func (e *encodeState) quoted(b []byte, q bool) {
	if q {
		e.buf = append(e.buf, '"')
	}
	e.buf = append(e.buf, b...)
	if q {
		e.buf = append(e.buf, '"')
	}
}

func (e *encodeState) value(v reflect.Value, quoted bool) {
	if !v.IsValid() {
		e.buf = append(e.buf, "null"...)
		return
	}
	t := v.Type()
	if t.Implements(marshalerType) {
		e.marshaler(v, v)
		return
	}
	if t.Kind() != reflect.Pointer && v.CanAddr() && reflect.PointerTo(t).Implements(marshalerType) {
		e.marshaler(v.Addr(), v)
		return
	}
	if t.Implements(textMarshalerType) {
		e.textMarshaler(v, v)
		return
	}
	if t.Kind() != reflect.Pointer && v.CanAddr() && reflect.PointerTo(t).Implements(textMarshalerType) {
		e.textMarshaler(v.Addr(), v)
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		e.quoted(strconv.AppendBool(nil, v.Bool()), quoted)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.quoted(strconv.AppendInt(nil, v.Int(), 10), quoted)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.quoted(strconv.AppendUint(nil, v.Uint(), 10), quoted)
	case reflect.Float32:
		e.float(v, 32, quoted)
	case reflect.Float64:
		e.float(v, 64, quoted)
	case reflect.String:
		if t == numberType {
			s := v.String()
			if s == "" {
				s = "0"
			}
			if !isValidNumber(s) {
				e.fail(&MarshalerError{reflect.PointerTo(numberType), errors.New("cannot parse " + strconv.Quote(s) + " as JSON number: invalid syntax"), "MarshalJSONTo"})
			}
			e.quoted([]byte(s), quoted)
			return
		}
		if quoted {
			b := appendString(nil, v.String(), e.escapeHTML)
			e.buf = appendString(e.buf, string(b), false)
			return
		}
		e.buf = appendString(e.buf, v.String(), e.escapeHTML)
	case reflect.Interface:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		e.value(v.Elem(), false)
	case reflect.Pointer:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		e.enter(v)
		e.value(v.Elem(), quoted)
		e.depth--
	case reflect.Struct:
		e.structValue(v)
	case reflect.Map:
		e.mapValue(v)
	case reflect.Slice:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		et := t.Elem()
		if et.Kind() == reflect.Uint8 {
			p := reflect.PointerTo(et)
			if !p.Implements(marshalerType) && !p.Implements(textMarshalerType) {
				b := v.Bytes()
				e.buf = append(e.buf, '"')
				e.buf = append(e.buf, base64.StdEncoding.EncodeToString(b)...)
				e.buf = append(e.buf, '"')
				return
			}
		}
		e.enter(v)
		e.array(v)
		e.depth--
	case reflect.Array:
		e.array(v)
	default:
		e.fail(&UnsupportedTypeError{t})
	}
}

func (e *encodeState) enter(v reflect.Value) {
	// Go looks for a repeated pointer past 1000 levels; corgi's reflect cannot compare pointers, so a value
	// nested deeper than any the decoder accepts is taken for a cycle.
	e.depth++
	if e.depth > 10000 {
		e.fail(&UnsupportedValueError{v, "encountered a cycle via " + v.Type().String()})
	}
}

func (e *encodeState) marshaler(mv, v reflect.Value) {
	if mv.Kind() == reflect.Pointer && mv.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	m, ok := mv.Interface().(Marshaler)
	if !ok {
		e.buf = append(e.buf, "null"...)
		return
	}
	b, err := m.MarshalJSON()
	if err == nil {
		e.buf, err = appendCompact(e.buf, b, e.escapeHTML)
	}
	if err != nil {
		e.fail(&MarshalerError{ptrType(mv.Type()), err, "MarshalJSON"})
	}
}

// ptrType is the type the marshaling methods are reported on: Go's encoder works on addressable copies.
func ptrType(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		return t
	}
	return reflect.PointerTo(t)
}

func (e *encodeState) textMarshaler(mv, v reflect.Value) {
	if mv.Kind() == reflect.Pointer && mv.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	m, ok := mv.Interface().(encoding.TextMarshaler)
	if !ok {
		e.buf = append(e.buf, "null"...)
		return
	}
	b, err := m.MarshalText()
	if err != nil {
		e.fail(&MarshalerError{ptrType(mv.Type()), err, "MarshalText"})
	}
	e.buf = appendString(e.buf, string(b), e.escapeHTML)
}

func (e *encodeState) float(v reflect.Value, bits int, quoted bool) {
	f := v.Float()
	if math.IsInf(f, 0) || math.IsNaN(f) {
		e.fail(&UnsupportedValueError{v, strconv.FormatFloat(f, 'g', -1, bits)})
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b := strconv.AppendFloat(nil, f, format, -1, bits)
	if format == 'e' {
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	e.quoted(b, quoted)
}

func (e *encodeState) array(v reflect.Value) {
	e.buf = append(e.buf, '[')
	n := v.Len()
	for i := 0; i < n; i++ {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.value(v.Index(i), false)
	}
	e.buf = append(e.buf, ']')
}

type mapEntry struct {
	ks string
	v  reflect.Value
}

func (e *encodeState) mapValue(v reflect.Value) {
	t := v.Type()
	kt := t.Key()
	badKey := false
	switch kt.Kind() {
	case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
	default:
		badKey = !kt.Implements(textMarshalerType)
	}
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	if badKey && v.Len() > 0 {
		e.fail(&UnsupportedValueError{v, "jsontext: object member name must be a string after offset " + strconv.Itoa(len(e.buf)+2)})
	}
	e.enter(v)
	keys := v.MapKeys()
	entries := make([]mapEntry, len(keys))
	for i, k := range keys {
		ks, err := resolveKeyName(k)
		if err != nil {
			e.fail(&MarshalerError{ptrType(kt), err, "MarshalText"})
		}
		entries[i] = mapEntry{ks, k}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].ks < entries[j].ks })
	e.buf = append(e.buf, '{')
	for i, en := range entries {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = appendString(e.buf, en.ks, e.escapeHTML)
		e.buf = append(e.buf, ':')
		e.value(v.MapIndex(en.v), false)
	}
	e.buf = append(e.buf, '}')
	e.depth--
}

func resolveKeyName(k reflect.Value) (string, error) {
	if k.Kind() == reflect.String {
		return k.String(), nil
	}
	if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
		if k.Kind() == reflect.Pointer && k.IsNil() {
			return "", nil
		}
		buf, err := tm.MarshalText()
		return string(buf), err
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10), nil
	}
	panic("unexpected map key type")
}

func (e *encodeState) structValue(v reflect.Value) {
	fields := cachedTypeFields(v.Type())
	e.buf = append(e.buf, '{')
	first := true
next:
	for i := range fields {
		f := &fields[i]
		fv := v
		for _, ix := range f.index {
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					continue next
				}
				fv = fv.Elem()
			}
			fv = fv.Field(ix)
		}
		if f.omitEmpty && isEmptyValue(fv) || f.omitZero && isZeroValue(fv) {
			continue
		}
		if !first {
			e.buf = append(e.buf, ',')
		}
		first = false
		e.buf = appendString(e.buf, f.name, e.escapeHTML)
		e.buf = append(e.buf, ':')
		e.value(fv, f.quoted)
	}
	e.buf = append(e.buf, '}')
}

func isZeroValue(v reflect.Value) bool {
	if v.CanInterface() {
		if z, ok := v.Interface().(interface{ IsZero() bool }); ok {
			if v.Kind() == reflect.Pointer && v.IsNil() {
				return true
			}
			return z.IsZero()
		}
	}
	return v.IsZero()
}

func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

const hexDigits = "0123456789abcdef"

func safeByte(b byte, html bool) bool {
	if b < 0x20 || b == '"' || b == '\\' {
		return false
	}
	if html && (b == '<' || b == '>' || b == '&') {
		return false
	}
	return true
}

func appendString(dst []byte, src string, escapeHTML bool) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(src); {
		if b := src[i]; b < utf8.RuneSelf {
			if safeByte(b, escapeHTML) {
				i++
				continue
			}
			dst = append(dst, src[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(src[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, src[start:i]...)
			dst = append(dst, "\ufffd"...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, src[start:]...)
	dst = append(dst, '"')
	return dst
}

func isValidNumber(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '-' {
		s = s[1:]
		if s == "" {
			return false
		}
	}
	switch {
	case s[0] == '0':
		s = s[1:]
	case '1' <= s[0] && s[0] <= '9':
		s = s[1:]
		for len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
			s = s[1:]
		}
	default:
		return false
	}
	if len(s) >= 2 && s[0] == '.' && '0' <= s[1] && s[1] <= '9' {
		s = s[2:]
		for len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
			s = s[1:]
		}
	}
	if len(s) >= 2 && (s[0] == 'e' || s[0] == 'E') {
		s = s[1:]
		if s[0] == '+' || s[0] == '-' {
			s = s[1:]
			if s == "" {
				return false
			}
		}
		for len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
			s = s[1:]
		}
	}
	return s == ""
}

// ---- struct fields ----

type field struct {
	name      string
	tag       bool
	index     []int
	typ       reflect.Type
	omitEmpty bool
	omitZero  bool
	quoted    bool
}

var fieldCache = map[reflect.Type][]field{}

func cachedTypeFields(t reflect.Type) []field {
	if f, ok := fieldCache[t]; ok {
		return f
	}
	f := typeFields(t)
	fieldCache[t] = f
	return f
}

func isValidTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !isLetterOrDigit(c):
			return false
		}
	}
	return true
}

func isLetterOrDigit(c rune) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}

func tagHas(opts, name string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == name {
			return true
		}
	}
	return false
}

func lessIndex(a, b []int) bool {
	for k, x := range a {
		if k >= len(b) {
			return false
		}
		if x != b[k] {
			return x < b[k]
		}
	}
	return len(a) < len(b)
}

func typeFields(t reflect.Type) []field {
	var current []field
	next := []field{{typ: t}}
	var count map[reflect.Type]int
	nextCount := map[reflect.Type]int{}
	visited := map[reflect.Type]bool{}
	var fields []field
	for len(next) > 0 {
		current, next = next, nil
		count, nextCount = nextCount, map[reflect.Type]int{}
		for _, f := range current {
			if visited[f.typ] {
				continue
			}
			visited[f.typ] = true
			for i := 0; i < f.typ.NumField(); i++ {
				sf := f.typ.Field(i)
				if sf.Anonymous {
					st := sf.Type
					if st.Kind() == reflect.Pointer {
						st = st.Elem()
					}
					if !sf.IsExported() && st.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts, _ := strings.Cut(tag, ",")
				if !isValidTag(name) {
					name = ""
				}
				index := make([]int, len(f.index)+1)
				copy(index, f.index)
				index[len(f.index)] = i
				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				quoted := false
				if tagHas(opts, "string") {
					switch ft.Kind() {
					case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
						reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
						reflect.Float32, reflect.Float64, reflect.String:
						quoted = true
					}
				}
				if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
					tagged := name != ""
					if name == "" {
						name = sf.Name
					}
					nf := field{name: name, tag: tagged, index: index, typ: ft,
						omitEmpty: tagHas(opts, "omitempty"), omitZero: tagHas(opts, "omitzero"), quoted: quoted}
					fields = append(fields, nf)
					if count[f.typ] > 1 {
						fields = append(fields, nf)
					}
					continue
				}
				nextCount[ft]++
				if nextCount[ft] == 1 {
					next = append(next, field{name: ft.Name(), index: index, typ: ft})
				}
			}
		}
	}
	sort.SliceStable(fields, func(i, j int) bool {
		x := fields
		if x[i].name != x[j].name {
			return x[i].name < x[j].name
		}
		if len(x[i].index) != len(x[j].index) {
			return len(x[i].index) < len(x[j].index)
		}
		if x[i].tag != x[j].tag {
			return x[i].tag
		}
		return lessIndex(x[i].index, x[j].index)
	})
	var out []field
	for advance, i := 0, 0; i < len(fields); i += advance {
		fi := fields[i]
		for advance = 1; i+advance < len(fields); advance++ {
			if fields[i+advance].name != fi.name {
				break
			}
		}
		if advance == 1 {
			out = append(out, fi)
			continue
		}
		if len(fields[i].index) == len(fields[i+1].index) && fields[i].tag == fields[i+1].tag {
			continue
		}
		out = append(out, fi)
	}
	sort.SliceStable(out, func(i, j int) bool { return lessIndex(out[i].index, out[j].index) })
	return out
}

// ---- scanning ----

type scanner struct {
	data   []byte
	hitEOF bool
}

func isSpace(c byte) bool { return c <= ' ' && (c == ' ' || c == '\t' || c == '\r' || c == '\n') }

func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

func (s *scanner) eofErr() error { return s.eofErrAt(len(s.data)) }

func (s *scanner) eofErrAt(off int) error {
	s.hitEOF = true
	return &SyntaxError{"unexpected end of JSON input", int64(off)}
}

// bad reports the character at i as invalid in context ctx; input that ends too soon is unexpected end.
func (s *scanner) bad(i int, ctx string) error {
	if i >= len(s.data) {
		return s.eofErr()
	}
	return &SyntaxError{"invalid character " + quoteChar(s.data[i]) + " " + ctx, int64(i + 1)}
}

func (s *scanner) skip(i int) int {
	for i < len(s.data) && isSpace(s.data[i]) {
		i++
	}
	return i
}

func (s *scanner) digit(i int) bool { return i < len(s.data) && '0' <= s.data[i] && s.data[i] <= '9' }

// value scans one value starting at i (after whitespace) and returns where it ends.
func (s *scanner) value(i int, depth int) (int, error) {
	i = s.skip(i)
	if i >= len(s.data) {
		return i, s.eofErr()
	}
	if depth > 10000 {
		return i, &SyntaxError{"exceeded max depth", int64(i + 1)}
	}
	switch c := s.data[i]; {
	case c == '{':
		i = s.skip(i + 1)
		if i >= len(s.data) {
			return i, s.eofErr()
		}
		if s.data[i] == '}' {
			return i + 1, nil
		}
		for {
			if i >= len(s.data) {
				return i, s.eofErr()
			}
			if s.data[i] != '"' {
				return i, s.bad(i, "looking for beginning of object key string")
			}
			var err error
			if i, err = s.str(i); err != nil {
				return i, err
			}
			i = s.skip(i)
			if i >= len(s.data) {
				return i, s.eofErr()
			}
			if s.data[i] != ':' {
				return i, s.bad(i, "after object key")
			}
			if i, err = s.value(i+1, depth+1); err != nil {
				return i, err
			}
			i = s.skip(i)
			if i >= len(s.data) {
				return i, s.eofErr()
			}
			switch s.data[i] {
			case ',':
				i = s.skip(i + 1)
			case '}':
				return i + 1, nil
			default:
				return i, s.bad(i, "after object key:value pair")
			}
		}
	case c == '[':
		i = s.skip(i + 1)
		if i >= len(s.data) {
			return i, s.eofErr()
		}
		if s.data[i] == ']' {
			return i + 1, nil
		}
		for {
			var err error
			if i, err = s.value(i, depth+1); err != nil {
				return i, err
			}
			i = s.skip(i)
			if i >= len(s.data) {
				return i, s.eofErr()
			}
			switch s.data[i] {
			case ',':
				i++
			case ']':
				return i + 1, nil
			default:
				return i, s.bad(i, "after array element")
			}
		}
	case c == '"':
		return s.str(i)
	case c == '-' || '0' <= c && c <= '9':
		return s.number(i)
	case c == 't':
		return s.lit(i, "true")
	case c == 'f':
		return s.lit(i, "false")
	case c == 'n':
		return s.lit(i, "null")
	}
	return i, s.bad(i, "looking for beginning of value")
}

func (s *scanner) lit(i int, word string) (int, error) {
	for k := 1; k < len(word); k++ {
		if i+k >= len(s.data) || s.data[i+k] != word[k] {
			return i + k, s.bad(i+k, "in literal "+word+" (expecting "+quoteChar(word[k])+")")
		}
	}
	return i + len(word), nil
}

func (s *scanner) number(i int) (int, error) {
	start := i
	if s.data[i] == '-' {
		i++
		if !s.digit(i) {
			return i, s.numBad(i, start, "in numeric literal")
		}
	}
	if s.data[i] == '0' {
		i++
	} else {
		for s.digit(i) {
			i++
		}
	}
	if i < len(s.data) && s.data[i] == '.' {
		i++
		if !s.digit(i) {
			return i, s.numBad(i, start, "after decimal point in numeric literal")
		}
		for s.digit(i) {
			i++
		}
	}
	if i < len(s.data) && (s.data[i] == 'e' || s.data[i] == 'E') {
		i++
		if i < len(s.data) && (s.data[i] == '+' || s.data[i] == '-') {
			i++
		}
		if !s.digit(i) {
			return i, s.numBad(i, start, "in exponent of numeric literal")
		}
		for s.digit(i) {
			i++
		}
	}
	return i, nil
}

func (s *scanner) numBad(i, start int, ctx string) error {
	if i >= len(s.data) {
		return s.eofErrAt(start)
	}
	return s.bad(i, ctx)
}

func (s *scanner) str(i int) (int, error) {
	i++
	for {
		if i >= len(s.data) {
			return i, s.eofErr()
		}
		c := s.data[i]
		switch {
		case c == '"':
			return i + 1, nil
		case c == '\\':
			bs := i
			i++
			if i >= len(s.data) {
				return i, s.eofErrAt(bs)
			}
			switch s.data[i] {
			case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
				i++
			case 'u':
				i++
				for k := 0; k < 4; k++ {
					if i >= len(s.data) {
						return i, s.eofErr()
					}
					if !isHex(s.data[i]) {
						return i, &SyntaxError{"invalid escape sequence `" + string(s.data[bs:bs+6]) + "` in string", int64(bs + 6)}
					}
					i++
				}
			default:
				return i, &SyntaxError{"invalid escape sequence `" + string(s.data[bs:i+1]) + "` in string", int64(i + 1)}
			}
		case c < 0x20:
			return i, s.bad(i, "in string")
		default:
			i++
		}
	}
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// checkValid scans data as one top-level value and returns where the value ends.
func checkValid(data []byte) (int, error) {
	s := &scanner{data: data}
	end, err := s.value(0, 0)
	if err != nil {
		return end, err
	}
	if i := s.skip(end); i < len(data) {
		return end, s.bad(i, "after top-level value")
	}
	return end, nil
}

func Valid(data []byte) bool {
	_, err := checkValid(data)
	return err == nil
}

func appendCompact(dst, src []byte, escape bool) ([]byte, error) {
	end, err := checkValid(src)
	if err != nil {
		return dst, err
	}
	for i := 0; i < end; i++ {
		c := src[i]
		if isSpace(c) {
			continue
		}
		if c != '"' {
			dst = append(dst, c)
			continue
		}
		j := stringEnd(src, i)
		if escape {
			dst = appendHTMLEscape(dst, src[i:j])
		} else {
			dst = append(dst, src[i:j]...)
		}
		i = j - 1
	}
	return dst, nil
}

// stringEnd returns the index after the closing quote of the valid string starting at i.
func stringEnd(src []byte, i int) int {
	i++
	for i < len(src) {
		switch src[i] {
		case '\\':
			i += 2
		case '"':
			return i + 1
		default:
			i++
		}
	}
	return i
}

func appendHTMLEscape(dst, src []byte) []byte {
	start := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '<' || c == '>' || c == '&' {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			start = i + 1
		}
		if c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[src[i+2]&0xF])
			start = i + 3
		}
	}
	return append(dst, src[start:]...)
}

func Compact(dst *bytes.Buffer, src []byte) error {
	b, err := appendCompact(nil, src, false)
	if err != nil {
		return err
	}
	dst.Write(b)
	return nil
}

func HTMLEscape(dst *bytes.Buffer, src []byte) {
	dst.Write(appendHTMLEscape(nil, src))
}

func newline(dst []byte, prefix, indent string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for i := 0; i < depth; i++ {
		dst = append(dst, indent...)
	}
	return dst
}

func appendIndent(dst, src []byte, prefix, indent string) ([]byte, error) {
	end, err := checkValid(src)
	if err != nil {
		return dst, err
	}
	depth := 0
	needIndent := false
	for i := 0; i < end; i++ {
		c := src[i]
		if isSpace(c) {
			continue
		}
		if needIndent && c != ']' && c != '}' {
			needIndent = false
			depth++
			dst = newline(dst, prefix, indent, depth)
		}
		switch c {
		case '"':
			j := stringEnd(src, i)
			dst = append(dst, src[i:j]...)
			i = j - 1
		case '{', '[':
			dst = append(dst, c)
			needIndent = true
		case ',':
			dst = append(dst, c)
			dst = newline(dst, prefix, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if needIndent {
				needIndent = false
			} else {
				depth--
				dst = newline(dst, prefix, indent, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, src[end:]...), nil
}

func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	b, err := appendIndent(nil, src, prefix, indent)
	if err != nil {
		return err
	}
	dst.Write(b)
	return nil
}

// ---- Encoder ----

type Encoder struct {
	w            io.Writer
	err          error
	escapeHTML   bool
	indentPrefix string
	indentValue  string
}

func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, escapeHTML: true}
}

func (enc *Encoder) Encode(v any) error {
	if enc.err != nil {
		return enc.err
	}
	e := &encodeState{escapeHTML: enc.escapeHTML}
	if err := e.marshal(v); err != nil {
		return err
	}
	b := append(e.buf, '\n')
	if enc.indentPrefix != "" || enc.indentValue != "" {
		var err error
		b, err = appendIndent(nil, b, enc.indentPrefix, enc.indentValue)
		if err != nil {
			return err
		}
	}
	if _, err := enc.w.Write(b); err != nil {
		enc.err = err
		return err
	}
	return nil
}

func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.indentPrefix = prefix
	enc.indentValue = indent
}

func (enc *Encoder) SetEscapeHTML(on bool) { enc.escapeHTML = on }

// ---- decoding ----

type decodeState struct {
	data            []byte
	off             int
	useNumber       bool
	disallowUnknown bool
	saved           error
	path            []string // JSON keys; an array index is kept in indexes (-1 for a key)
	indexes         []int
	root            string
}

func Unmarshal(data []byte, v any) error {
	if _, err := checkValid(data); err != nil {
		return err
	}
	d := &decodeState{data: data}
	return d.unmarshal(v)
}

func (d *decodeState) unmarshal(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &InvalidUnmarshalError{reflect.TypeOf(v)}
	}
	d.root = rv.Type().Elem().Name()
	if err := d.value(rv); err != nil {
		return err
	}
	return d.saved
}

func (d *decodeState) saveError(err error) {
	if d.saved == nil {
		d.saved = err
	}
}

func (d *decodeState) typeError(what string, t reflect.Type, off int) {
	d.typeErrorWith(what, t, off, nil)
}

func (d *decodeState) typeErrorWith(what string, t reflect.Type, off int, err error) {
	e := &UnmarshalTypeError{Value: what, Type: t, Offset: int64(off), Err: err}
	if len(d.path) > 0 {
		e.Struct = d.root
		parts := make([]string, len(d.path))
		for i, p := range d.path {
			parts[i] = p
			if d.indexes[i] >= 0 {
				parts[i] = strconv.Itoa(d.indexes[i])
			}
		}
		e.Field = strings.Join(parts, ".")
	}
	d.saveError(e)
}

func (d *decodeState) skipSpace() {
	for d.off < len(d.data) && isSpace(d.data[d.off]) {
		d.off++
	}
}

// valueEnd returns where the (valid) value at d.off ends.
func (d *decodeState) valueEnd() int {
	s := &scanner{data: d.data}
	end, _ := s.value(d.off, 0)
	return end
}

func (d *decodeState) skip() {
	d.skipSpace()
	d.off = d.valueEnd()
}

// plainTypes caches which named types have no methods, even through a pointer.
var plainTypes = map[reflect.Type]bool{}

func plain(t reflect.Type) bool {
	p, ok := plainTypes[t]
	if !ok {
		p = reflect.PointerTo(t).NumMethod() == 0
		plainTypes[t] = p
	}
	return p
}

func indirect(v reflect.Value, decodingNull bool) (Unmarshaler, encoding.TextUnmarshaler, reflect.Value) {
	if k := v.Kind(); k != reflect.Pointer && k != reflect.Interface && (!v.CanAddr() || v.Type().Name() == "" || plain(v.Type())) {
		return nil, nil, v
	}
	v0 := v
	haveAddr := false
	if v.Kind() != reflect.Pointer && v.Type().Name() != "" && v.CanAddr() {
		haveAddr = true
		v = v.Addr()
	}
	for {
		if v.Kind() == reflect.Interface && !v.IsNil() {
			e := v.Elem()
			if e.Kind() == reflect.Pointer && !e.IsNil() && (!decodingNull || e.Elem().Kind() == reflect.Pointer) {
				haveAddr = false
				v = e
				continue
			}
		}
		if v.Kind() != reflect.Pointer {
			break
		}
		if decodingNull && v.CanSet() {
			break
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if v.Type().NumMethod() > 0 && v.CanInterface() {
			if u, ok := v.Interface().(Unmarshaler); ok {
				return u, nil, reflect.Value{}
			}
			if !decodingNull {
				if u, ok := v.Interface().(encoding.TextUnmarshaler); ok {
					return nil, u, reflect.Value{}
				}
			}
		}
		if haveAddr {
			v = v0
			haveAddr = false
		} else {
			v = v.Elem()
		}
	}
	return nil, nil, v
}

func (d *decodeState) value(v reflect.Value) error {
	d.skipSpace()
	if !v.IsValid() {
		d.skip()
		return nil
	}
	switch d.data[d.off] {
	case '{':
		return d.object(v)
	case '[':
		return d.array(v)
	}
	start := d.off
	d.off = d.valueEnd()
	return d.literalStore(d.data[start:d.off], v, false)
}

func (d *decodeState) object(v reflect.Value) error {
	start := d.off
	u, ut, pv := indirect(v, false)
	if u != nil {
		d.skip()
		return u.UnmarshalJSON(d.data[start:d.off])
	}
	if ut != nil {
		d.typeError("object", v.Type(), start+1)
		d.skip()
		return nil
	}
	v = pv
	t := v.Type()
	if v.Kind() == reflect.Interface && v.NumMethod() == 0 {
		x, err := d.anyValue()
		if err != nil {
			return err
		}
		v.Set(reflect.ValueOf(x))
		return nil
	}
	if v.Kind() == reflect.Interface && v.CanSet() {
		// Go's decoder clears an interface with methods that it cannot decode into.
		v.SetZero()
	}
	var fields []field
	switch v.Kind() {
	case reflect.Map:
		switch t.Key().Kind() {
		case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
	case reflect.Struct:
		fields = cachedTypeFields(t)
	default:
		d.typeError("object", t, start+1)
		d.skip()
		return nil
	}
	d.off++
	for {
		d.skipSpace()
		if d.data[d.off] == '}' {
			d.off++
			return nil
		}
		if d.data[d.off] == ',' {
			d.off++
			d.skipSpace()
		}
		kstart := d.off
		d.off = stringEnd(d.data, d.off)
		key := unquote(d.data[kstart:d.off])
		d.skipSpace()
		d.off++ // ':'
		d.path = append(d.path, key)
		d.indexes = append(d.indexes, -1)
		if v.Kind() == reflect.Map {
			// A pointer element is allocated as its pointee: the pointer-to-pointer type may not exist at run time.
			et := t.Elem()
			var subv reflect.Value
			var err error
			d.skipSpace()
			if et.Kind() == reflect.Pointer && d.data[d.off] == 'n' {
				d.skip()
				subv = reflect.Zero(et)
			} else if et.Kind() == reflect.Pointer {
				subv = reflect.New(et.Elem())
				err = d.value(subv)
			} else {
				subv = reflect.New(et).Elem()
				err = d.value(subv)
			}
			if err != nil {
				return err
			}
			kt := t.Key()
			var kv reflect.Value
			if reflect.PointerTo(kt).Implements(textUnmarshalerType) {
				kv = reflect.New(kt)
				if err := kv.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(key)); err != nil {
					return err
				}
				kv = kv.Elem()
			} else {
				switch kt.Kind() {
				case reflect.String:
					kv = reflect.New(kt).Elem()
					kv.SetString(key)
				case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
					n, err := strconv.ParseInt(key, 10, 64)
					if err != nil || reflect.Zero(kt).OverflowInt(n) {
						d.typeError("number "+key, kt, kstart+1)
						break
					}
					kv = reflect.New(kt).Elem()
					kv.SetInt(n)
				case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
					n, err := strconv.ParseUint(key, 10, 64)
					if err != nil || reflect.Zero(kt).OverflowUint(n) {
						d.typeError("number "+key, kt, kstart+1)
						break
					}
					kv = reflect.New(kt).Elem()
					kv.SetUint(n)
				default:
					d.typeError("string", kt, kstart+1)
				}
			}
			if kv.IsValid() {
				v.SetMapIndex(kv, subv)
			}
		} else {
			var f *field
			for i := range fields {
				if fields[i].name == key {
					f = &fields[i]
					break
				}
			}
			if f == nil {
				for i := range fields {
					if strings.EqualFold(fields[i].name, key) {
						f = &fields[i]
						break
					}
				}
			}
			var subv reflect.Value
			destring := false
			if f != nil {
				subv = v
				destring = f.quoted
				for _, ix := range f.index {
					if subv.Kind() == reflect.Pointer {
						if subv.IsNil() {
							if !subv.CanSet() {
								d.skipSpace()
								d.typeErrorWith(jsonKind(d.data[d.off]), t, d.off+1, errors.New("cannot set embedded pointer to unexported struct type"))
								subv = reflect.Value{}
								destring = false
								break
							}
							subv.Set(reflect.New(subv.Type().Elem()))
						}
						subv = subv.Elem()
					}
					subv = subv.Field(ix)
				}
			} else if d.disallowUnknown {
				d.saveError(errors.New("json: unknown field " + strconv.Quote(key)))
			}
			if destring {
				d.skipSpace()
				vs := d.off
				d.off = d.valueEnd()
				item := d.data[vs:d.off]
				if item[0] == '"' {
					inner := unquote(item)
					if _, err := checkValid([]byte(inner)); err != nil || inner == "" || inner[0] == '{' || inner[0] == '[' || inner[0] == '"' && subv.Kind() != reflect.String {
						d.typeError("number "+inner, subv.Type(), vs+1)
					} else if err := d.literalStore([]byte(inner), subv, true); err != nil {
						return err
					}
				} else if item[0] == 'n' {
					if err := d.literalStore(item, subv, false); err != nil {
						return err
					}
				} else {
					what := "number"
					if item[0] == 't' || item[0] == 'f' {
						what = "bool"
					}
					d.typeError(what, subv.Type(), vs+1)
				}
			} else if err := d.value(subv); err != nil {
				return err
			}
		}
		d.path = d.path[:len(d.path)-1]
		d.indexes = d.indexes[:len(d.indexes)-1]
	}
}

// errSyntax is strconv.ErrSyntax, taken from a failed parse (corgi makes the variable on first use).
func errSyntax() error {
	_, err := strconv.ParseFloat("x", 64)
	if ne, ok := err.(*strconv.NumError); ok {
		return ne.Err
	}
	return err
}

// jsonKind names the kind of the JSON value that starts with c, as type errors do.
func jsonKind(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}

func (d *decodeState) array(v reflect.Value) error {
	start := d.off
	u, ut, pv := indirect(v, false)
	if u != nil {
		d.skip()
		return u.UnmarshalJSON(d.data[start:d.off])
	}
	if ut != nil {
		d.typeError("array", v.Type(), start+1)
		d.skip()
		return nil
	}
	v = pv
	if v.Kind() == reflect.Interface && v.NumMethod() == 0 {
		x, err := d.anyValue()
		if err != nil {
			return err
		}
		v.Set(reflect.ValueOf(x))
		return nil
	}
	if v.Kind() == reflect.Interface && v.CanSet() {
		v.SetZero()
	}
	if v.Kind() != reflect.Array && v.Kind() != reflect.Slice {
		d.typeError("array", v.Type(), start+1)
		d.skip()
		return nil
	}
	d.off++
	i := 0
	for {
		d.skipSpace()
		if d.data[d.off] == ']' {
			d.off++
			break
		}
		if d.data[d.off] == ',' {
			d.off++
		}
		d.path = append(d.path, "")
		d.indexes = append(d.indexes, i)
		var err error
		if v.Kind() == reflect.Slice {
			if i >= v.Len() {
				v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
			}
			err = d.value(v.Index(i))
		} else if i < v.Len() {
			err = d.value(v.Index(i))
		} else {
			err = d.value(reflect.Value{})
		}
		d.path = d.path[:len(d.path)-1]
		d.indexes = d.indexes[:len(d.indexes)-1]
		if err != nil {
			return err
		}
		i++
	}
	if i < v.Len() {
		if v.Kind() == reflect.Array {
			z := reflect.Zero(v.Type().Elem())
			for ; i < v.Len(); i++ {
				v.Index(i).Set(z)
			}
		} else {
			v.SetLen(i)
		}
	}
	if i == 0 && v.Kind() == reflect.Slice && v.IsNil() {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return nil
}

func (d *decodeState) literalStore(item []byte, v reflect.Value, fromQuoted bool) error {
	if len(item) == 0 {
		return nil
	}
	isNull := item[0] == 'n'
	u, ut, pv := indirect(v, isNull)
	if u != nil {
		return u.UnmarshalJSON(item)
	}
	if ut != nil {
		if item[0] != '"' {
			what := "number"
			switch item[0] {
			case 'n':
				what = "null"
			case 't', 'f':
				what = "bool"
			}
			d.typeErrorWith(what, v.Type(), d.off, errors.New("JSON value must be string type"))
			return nil
		}
		return ut.UnmarshalText([]byte(unquote(item)))
	}
	v = pv
	switch c := item[0]; c {
	case 'n':
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
			v.SetZero()
		}
	case 't', 'f':
		value := c == 't'
		switch v.Kind() {
		case reflect.Bool:
			v.SetBool(value)
		case reflect.Interface:
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(value))
			} else {
				d.typeError("bool", v.Type(), d.off)
			}
		default:
			d.typeError("bool", v.Type(), d.off)
		}
	case '"':
		s := unquote(item)
		switch v.Kind() {
		case reflect.Slice:
			if v.Type().Elem().Kind() != reflect.Uint8 {
				d.typeError("string", v.Type(), d.off)
				break
			}
			b, err := base64.StdEncoding.DecodeString(s)
			if err != nil {
				d.typeErrorWith("string", v.Type(), d.off, err)
				break
			}
			v.SetBytes(b)
		case reflect.String:
			if v.Type() == numberType && !isValidNumber(s) {
				d.typeErrorWith("string "+strconv.Quote(s), v.Type(), d.off, errSyntax())
				break
			}
			v.SetString(s)
		case reflect.Interface:
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(s))
			} else {
				d.typeError("string", v.Type(), d.off)
			}
		default:
			d.typeError("string", v.Type(), d.off)
		}
	default:
		s := string(item)
		switch v.Kind() {
		case reflect.Interface:
			if v.NumMethod() != 0 {
				d.typeError("number", v.Type(), d.off)
				break
			}
			n, err := d.convertNumber(s)
			if err != nil {
				return err
			}
			v.Set(reflect.ValueOf(n))
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil || v.OverflowInt(n) {
				d.typeError("number "+s, v.Type(), d.off)
				break
			}
			v.SetInt(n)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil || v.OverflowUint(n) {
				d.typeError("number "+s, v.Type(), d.off)
				break
			}
			v.SetUint(n)
		case reflect.Float32, reflect.Float64:
			bits := 64
			if v.Kind() == reflect.Float32 {
				bits = 32
			}
			n, err := strconv.ParseFloat(s, bits)
			if err != nil || v.OverflowFloat(n) {
				d.typeError("number "+s, v.Type(), d.off)
				break
			}
			v.SetFloat(n)
		case reflect.String:
			if v.Type() == numberType {
				v.SetString(s)
				break
			}
			if fromQuoted {
				v.SetString(s)
				break
			}
			d.typeError("number", v.Type(), d.off)
		default:
			d.typeError("number", v.Type(), d.off)
		}
	}
	return nil
}

func (d *decodeState) convertNumber(s string) (any, error) {
	if d.useNumber {
		return Number(s), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, &UnmarshalTypeError{Value: "number " + s, Type: reflect.TypeOf(0.0), Offset: int64(d.off)}
	}
	return f, nil
}

// anyValue decodes the value at d.off into the generic Go form.
func (d *decodeState) anyValue() (any, error) {
	d.skipSpace()
	switch d.data[d.off] {
	case '{':
		m := map[string]any{}
		d.off++
		for {
			d.skipSpace()
			if d.data[d.off] == '}' {
				d.off++
				return m, nil
			}
			if d.data[d.off] == ',' {
				d.off++
				d.skipSpace()
			}
			ks := d.off
			d.off = stringEnd(d.data, d.off)
			key := unquote(d.data[ks:d.off])
			d.skipSpace()
			d.off++
			x, err := d.anyValue()
			if err != nil {
				return nil, err
			}
			m[key] = x
		}
	case '[':
		a := []any{}
		d.off++
		for {
			d.skipSpace()
			if d.data[d.off] == ']' {
				d.off++
				return a, nil
			}
			if d.data[d.off] == ',' {
				d.off++
			}
			x, err := d.anyValue()
			if err != nil {
				return nil, err
			}
			a = append(a, x)
		}
	case '"':
		st := d.off
		d.off = stringEnd(d.data, d.off)
		return unquote(d.data[st:d.off]), nil
	case 't':
		d.off += 4
		return true, nil
	case 'f':
		d.off += 5
		return false, nil
	case 'n':
		d.off += 4
		return nil, nil
	}
	st := d.off
	d.off = d.valueEnd()
	return d.convertNumber(string(d.data[st:d.off]))
}

func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	r, err := strconv.ParseUint(string(s[2:6]), 16, 64)
	if err != nil {
		return -1
	}
	return rune(r)
}

// unquote decodes a valid JSON string literal (with its quotes).
func unquote(s []byte) string {
	if len(s) < 2 {
		return ""
	}
	s = s[1 : len(s)-1]
	b := make([]byte, 0, len(s))
	for r := 0; r < len(s); {
		c := s[r]
		switch {
		case c == '\\':
			if r+1 >= len(s) {
				return string(b)
			}
			switch s[r+1] {
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				rr := getu4(s[r:])
				if rr < 0 {
					return string(b)
				}
				r += 6
				if 0xD800 <= rr && rr < 0xDC00 {
					if r2 := getu4(s[r:]); 0xDC00 <= r2 && r2 < 0xE000 {
						rr = (rr-0xD800)<<10 | (r2 - 0xDC00) + 0x10000
						r += 6
					} else {
						rr = utf8.RuneError
					}
				} else if 0xDC00 <= rr && rr < 0xE000 {
					rr = utf8.RuneError
				}
				b = utf8.AppendRune(b, rr)
				continue
			default:
				b = append(b, s[r+1])
			}
			r += 2
		case c < utf8.RuneSelf:
			b = append(b, c)
			r++
		default:
			rr, size := utf8.DecodeRune(s[r:])
			b = utf8.AppendRune(b, rr)
			r += size
		}
	}
	return string(b)
}

// ---- Decoder ----

type Decoder struct {
	r               io.Reader
	buf             []byte
	scanp           int
	scanned         int64
	err             error
	eof             bool
	useNumber       bool
	disallowUnknown bool
	tokenState      int
	tokenStack      []int
}

func NewDecoder(r io.Reader) *Decoder { return &Decoder{r: r} }

func (dec *Decoder) UseNumber() { dec.useNumber = true }

func (dec *Decoder) DisallowUnknownFields() { dec.disallowUnknown = true }

func (dec *Decoder) Buffered() io.Reader { return bytes.NewReader(dec.buf[dec.scanp:]) }

func (dec *Decoder) InputOffset() int64 { return dec.scanned + int64(dec.scanp) }

// refill reads more input; it reports false at the end of input or on an error (kept in dec.err).
func (dec *Decoder) refill() bool {
	if dec.eof {
		return false
	}
	if dec.scanp > 0 {
		dec.scanned += int64(dec.scanp)
		n := copy(dec.buf, dec.buf[dec.scanp:])
		dec.buf = dec.buf[:n]
		dec.scanp = 0
	}
	// Reading at least as much again as is buffered keeps rescanning a long value linear overall.
	tmp := make([]byte, max(4096, len(dec.buf)))
	n, err := dec.r.Read(tmp)
	dec.buf = append(dec.buf, tmp[:n]...)
	if err == io.EOF {
		dec.eof = true
	} else if err != nil {
		dec.err = err
		return false
	}
	return true
}

func (dec *Decoder) skipSpace() {
	for dec.scanp < len(dec.buf) && isSpace(dec.buf[dec.scanp]) {
		dec.scanp++
	}
}

// readValue finds the next whole value in the buffer, reading as needed, and returns where it ends.
func (dec *Decoder) readValue() (int, error) {
	for {
		dec.skipSpace()
		if dec.scanp < len(dec.buf) {
			s := &scanner{data: dec.buf}
			end, err := s.value(dec.scanp, 0)
			if err == nil {
				last := dec.buf[end-1]
				if end < len(dec.buf) || dec.eof || last == '}' || last == ']' {
					return end, nil
				}
			} else if !s.hitEOF {
				if se, ok := err.(*SyntaxError); ok {
					se.Offset += dec.scanned
				}
				dec.err = err
				return 0, err
			}
		}
		if dec.eof {
			if dec.scanp < len(dec.buf) {
				dec.err = io.ErrUnexpectedEOF
			} else {
				dec.err = io.EOF
			}
			return 0, dec.err
		}
		if !dec.refill() {
			if dec.err != nil {
				return 0, dec.err
			}
		}
	}
}

func (dec *Decoder) Decode(v any) error {
	if dec.err != nil {
		return dec.err
	}
	if err := dec.tokenPrepareForDecode(); err != nil {
		return err
	}
	if !dec.tokenValueAllowed() {
		c, _ := dec.peek()
		_, err := dec.tokenError(c)
		return err
	}
	end, err := dec.readValue()
	if err != nil {
		return err
	}
	d := &decodeState{data: dec.buf[dec.scanp:end], useNumber: dec.useNumber, disallowUnknown: dec.disallowUnknown}
	dec.scanp = end
	err = d.unmarshal(v)
	dec.tokenValueEnd()
	return err
}

// ---- tokens ----

type Token any

type Delim rune

func (d Delim) String() string { return string(d) }

const (
	tokenTopValue = iota
	tokenArrayStart
	tokenArrayValue
	tokenArrayComma
	tokenObjectStart
	tokenObjectKey
	tokenObjectColon
	tokenObjectValue
	tokenObjectComma
)

// peek returns the next byte after whitespace, reading as needed.
func (dec *Decoder) peek() (byte, error) {
	for {
		dec.skipSpace()
		if dec.scanp < len(dec.buf) {
			return dec.buf[dec.scanp], nil
		}
		if dec.err != nil {
			return 0, dec.err
		}
		if !dec.refill() {
			if dec.err != nil {
				return 0, dec.err
			}
			return 0, io.EOF
		}
	}
}

func (dec *Decoder) tokenPrepareForDecode() error {
	switch dec.tokenState {
	case tokenArrayComma:
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != ',' {
			return &SyntaxError{"expected comma after array element", dec.InputOffset()}
		}
		dec.scanp++
		dec.tokenState = tokenArrayValue
	case tokenObjectColon:
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != ':' {
			return &SyntaxError{"expected colon after object key", dec.InputOffset()}
		}
		dec.scanp++
		dec.tokenState = tokenObjectValue
	}
	return nil
}

func (dec *Decoder) tokenValueAllowed() bool {
	switch dec.tokenState {
	case tokenTopValue, tokenArrayStart, tokenArrayValue, tokenObjectValue:
		return true
	}
	return false
}

func (dec *Decoder) tokenValueEnd() {
	switch dec.tokenState {
	case tokenArrayStart, tokenArrayValue:
		dec.tokenState = tokenArrayComma
	case tokenObjectValue:
		dec.tokenState = tokenObjectComma
	}
}

func (dec *Decoder) tokenError(c byte) (Token, error) {
	var context string
	switch dec.tokenState {
	case tokenTopValue:
		context = " looking for beginning of value"
	case tokenArrayStart, tokenArrayValue, tokenObjectValue:
		context = " looking for beginning of value"
	case tokenArrayComma:
		context = " after array element"
	case tokenObjectKey:
		context = " looking for beginning of object key string"
	case tokenObjectColon:
		context = " after object key"
	case tokenObjectComma:
		context = " after object key:value pair"
	}
	return nil, &SyntaxError{"invalid character " + quoteChar(c) + context, dec.InputOffset()}
}

func (dec *Decoder) pop() {
	n := len(dec.tokenStack)
	if n == 0 {
		dec.tokenState = tokenTopValue
		return
	}
	dec.tokenState = dec.tokenStack[n-1]
	dec.tokenStack = dec.tokenStack[:n-1]
}

func (dec *Decoder) Token() (Token, error) {
	for {
		c, err := dec.peek()
		if err != nil {
			return nil, err
		}
		switch c {
		case '[', '{':
			if !dec.tokenValueAllowed() {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenStack = append(dec.tokenStack, dec.tokenState)
			if c == '[' {
				dec.tokenState = tokenArrayStart
			} else {
				dec.tokenState = tokenObjectStart
			}
			return Delim(c), nil
		case ']':
			if dec.tokenState != tokenArrayStart && dec.tokenState != tokenArrayComma {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.pop()
			dec.tokenValueEnd()
			return Delim(']'), nil
		case '}':
			if dec.tokenState != tokenObjectStart && dec.tokenState != tokenObjectComma {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.pop()
			dec.tokenValueEnd()
			return Delim('}'), nil
		case ':':
			if dec.tokenState != tokenObjectColon {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenState = tokenObjectValue
			continue
		case ',':
			if dec.tokenState == tokenArrayComma {
				dec.scanp++
				dec.tokenState = tokenArrayValue
				continue
			}
			if dec.tokenState == tokenObjectComma {
				dec.scanp++
				dec.tokenState = tokenObjectKey
				continue
			}
			return dec.tokenError(c)
		case '"':
			if dec.tokenState == tokenObjectStart || dec.tokenState == tokenObjectKey {
				var x string
				old := dec.tokenState
				dec.tokenState = tokenTopValue
				err := dec.Decode(&x)
				dec.tokenState = old
				if err != nil {
					return nil, err
				}
				dec.tokenState = tokenObjectColon
				return x, nil
			}
		}
		if !dec.tokenValueAllowed() {
			return dec.tokenError(c)
		}
		var x any
		if err := dec.Decode(&x); err != nil {
			return nil, err
		}
		return x, nil
	}
}

func (dec *Decoder) More() bool {
	c, err := dec.peek()
	return err == nil && c != ']' && c != '}'
}
