package reflect

import (
	"math"
	"strconv"
)

// Run-time types are the VM's type indices; the natives below read its type table.
func typeOf(i any) int
func typeString(t int) string
func typeKind(t int) int
func typeNamed(t int) bool
func typeElem(t int) int
func typeKey(t int) int
func typeLen(t int) int
func typeNumField(t int) int
func typeField(t, i int) (name string, typ int, tag string, embedded bool, exported bool)
func typeComparable(t int) bool
func typeNumMethod(t int) int

// Values are boxed as interfaces with their own type; these natives read or take them apart.
func rawWord(x any) uint64
func rawComplex(x any) complex128
func rawString(x any) string
func valueLen(x any) int
func valueCap(x any) int
func valueIndex(x any, i int) any
func valueField(x any, i int) any
func valueElem(x any) any
func mapKeys(x any) []any
func mapIndex(m any, k any) (any, bool)

// DeepEqual reports whether x and y are "deeply equal", by Go's rules: same dynamic types, then
// element by element, field by field, maps by key, pointers by what they point to.
func DeepEqual(x, y any) bool

type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + strconv.Itoa(int(k))
}

// Type is the representation of a Go type.
type Type interface {
	Name() string
	String() string
	Kind() Kind
	Elem() Type
	Key() Type
	Len() int
	NumField() int
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	NumMethod() int
	Comparable() bool
	common() int
}

// rtype is a Type: an index into the VM's table of run-time types. A value, not a pointer, so
// that two Types of one type are == as in Go.
type rtype struct {
	t int
}

func toType(t int) Type {
	if t == 0 {
		return nil
	}
	return rtype{t}
}

// TypeOf returns the dynamic type of i; nil for a nil interface.
func TypeOf(i any) Type { return toType(typeOf(i)) }

func (t rtype) common() int      { return t.t }
func (t rtype) String() string   { return typeString(t.t) }
func (t rtype) Kind() Kind       { return Kind(typeKind(t.t)) }
func (t rtype) Comparable() bool { return typeComparable(t.t) }
func (t rtype) NumMethod() int   { return typeNumMethod(t.t) }

func (t rtype) Name() string {
	s := typeString(t.t)
	// Type literals have no name, whatever the table says of them.
	if s[0] == '*' || s[0] == '[' || hasPrefix(s, "map[") || hasPrefix(s, "chan ") || hasPrefix(s, "<-chan ") || hasPrefix(s, "func(") {
		return ""
	}
	if !typeNamed(t.t) {
		if k := t.Kind(); k == Interface || (k >= Array && k != String && k != UnsafePointer) {
			return ""
		}
		return s
	}
	// Drop the package qualifier, but not one inside type arguments: "main.Pair[main.T]".
	end := len(s)
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			end = i
			break
		}
	}
	for i := end - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func (t rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(typeElem(t.t))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(typeKey(t.t))
}

func (t rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return typeLen(t.t)
}

func (t rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return typeNumField(t.t)
}

func (t rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= typeNumField(t.t) {
		panic("reflect: Field index out of bounds")
	}
	name, ft, tag, embedded, exported := typeField(t.t, i)
	f := StructField{Name: name, Type: toType(ft), Tag: StructTag(tag), Index: []int{i}, Anonymous: embedded}
	if !exported {
		f.PkgPath = "main"
	}
	return f
}

func (t rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	for i := 0; i < typeNumField(t.t); i++ {
		if f := t.Field(i); f.Name == name {
			return f, true
		}
	}
	return StructField{}, false
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, by the conventional
// `key:"value" key2:"value2"` format.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// Value is the reflection interface to a Go value.
type Value struct {
	// typ is the value's static type (0: the zero Value).
	typ int
	// val holds the value boxed with its own type; for an interface-typed Value, the
	// interface's content (nil when the interface is nil).
	val any
}

// ValueOf returns a new Value holding the concrete value stored in i; the zero Value for nil.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	return Value{typeOf(i), i}
}

// Zero-free construction of a Value of static type t from a boxed value.
func makeValue(t int, x any) Value { return Value{t, x} }

func (v Value) Kind() Kind {
	if v.typ == 0 {
		return Invalid
	}
	return Kind(typeKind(v.typ))
}

func (v Value) mustBe(method string, kinds ...Kind) Kind {
	k := v.Kind()
	for _, want := range kinds {
		if k == want {
			return k
		}
	}
	panic(&ValueError{"reflect.Value." + method, k})
}

func (v Value) IsValid() bool { return v.typ != 0 }

func (v Value) Type() Type {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return toType(v.typ)
}

func (v Value) Interface() any {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	return v.val
}

func (v Value) CanInterface() bool {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return true
}

func (v Value) Bool() bool {
	v.mustBe("Bool", Bool)
	return rawWord(v.val) != 0
}

func (v Value) Int() int64 {
	v.mustBe("Int", Int, Int8, Int16, Int32, Int64)
	return int64(rawWord(v.val))
}

func (v Value) Uint() uint64 {
	k := v.mustBe("Uint", Uint, Uint8, Uint16, Uint32, Uint64, Uintptr)
	w := rawWord(v.val)
	switch k {
	case Uint8:
		return w & 0xff
	case Uint16:
		return w & 0xffff
	case Uint32:
		return w & 0xffffffff
	}
	return w
}

func (v Value) Float() float64 {
	v.mustBe("Float", Float32, Float64)
	return math.Float64frombits(rawWord(v.val))
}

func (v Value) Complex() complex128 {
	v.mustBe("Complex", Complex64, Complex128)
	return rawComplex(v.val)
}

// String returns the string v holds; for other kinds, "<T Value>" as Go prints it.
func (v Value) String() string {
	switch v.Kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return rawString(v.val)
	}
	return "<" + typeString(v.typ) + " Value>"
}

func (v Value) Len() int {
	k := v.mustBe("Len", Array, Chan, Map, Slice, String)
	if k == Array {
		return typeLen(v.typ)
	}
	return valueLen(v.val)
}

func (v Value) Cap() int {
	k := v.mustBe("Cap", Array, Chan, Slice)
	if k == Array {
		return typeLen(v.typ)
	}
	return valueCap(v.val)
}

func (v Value) Index(i int) Value {
	switch v.mustBe("Index", Array, Slice, String) {
	case Array:
		if uint(i) >= uint(typeLen(v.typ)) {
			panic("reflect: array index out of range")
		}
		return makeValue(typeElem(v.typ), valueIndex(v.val, i))
	case Slice:
		if uint(i) >= uint(valueLen(v.val)) {
			panic("reflect: slice index out of range")
		}
		return makeValue(typeElem(v.typ), valueIndex(v.val, i))
	}
	s := rawString(v.val)
	if uint(i) >= uint(len(s)) {
		panic("reflect: string index out of range")
	}
	return ValueOf(s[i])
}

func (v Value) NumField() int {
	v.mustBe("NumField", Struct)
	return typeNumField(v.typ)
}

func (v Value) Field(i int) Value {
	v.mustBe("Field", Struct)
	if uint(i) >= uint(typeNumField(v.typ)) {
		panic("reflect: Field index out of range")
	}
	_, ft, _, _, _ := typeField(v.typ, i)
	return makeValue(ft, valueField(v.val, i))
}

func (v Value) FieldByName(name string) Value {
	v.mustBe("FieldByName", Struct)
	for i := 0; i < typeNumField(v.typ); i++ {
		if n, _, _, _, _ := typeField(v.typ, i); n == name {
			return v.Field(i)
		}
	}
	return Value{}
}

// Elem returns what the interface v contains or the pointer v points to; the zero Value for nil.
func (v Value) Elem() Value {
	switch v.mustBe("Elem", Interface, Pointer) {
	case Interface:
		return ValueOf(v.val)
	}
	if rawWord(v.val) == 0 {
		return Value{}
	}
	return makeValue(typeElem(v.typ), valueElem(v.val))
}

func (v Value) IsNil() bool {
	switch v.mustBe("IsNil", Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer) {
	case Interface:
		return v.val == nil
	}
	return rawWord(v.val) == 0
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.Kind() {
	case Invalid:
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		// -0.0 is not the zero value.
		return rawWord(v.val) == 0
	case String:
		return v.Len() == 0
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	return v.IsNil()
}

// MapKeys returns the keys of the map v, in no particular order.
func (v Value) MapKeys() []Value {
	v.mustBe("MapKeys", Map)
	kt := typeKey(v.typ)
	keys := mapKeys(v.val)
	out := make([]Value, len(keys))
	for i, k := range keys {
		out[i] = makeValue(kt, k)
	}
	return out
}

// MapIndex returns the value stored under key in the map v; the zero Value when there is none.
func (v Value) MapIndex(key Value) Value {
	v.mustBe("MapIndex", Map)
	// A key for an interface-keyed map may be of any type (a non-implementing one is not found).
	if kt := typeKey(v.typ); key.typ != kt && Kind(typeKind(kt)) != Interface {
		panic("reflect.Value.MapIndex: value of type " + typeString(key.typ) + " is not assignable to type " + typeString(typeKey(v.typ)))
	}
	x, ok := mapIndex(v.val, key.val)
	if !ok {
		return Value{}
	}
	return makeValue(typeElem(v.typ), x)
}

// Indirect returns the value that v points to (v itself when it is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}
