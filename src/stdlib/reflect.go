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

// Methods, signatures and the rest of reflect's run-time support.
func typeNumIn(t int) int
func typeIn(t, i int) int
func typeNumOut(t int) int
func typeOut(t, i int) int
func typeVariadic(t int) bool
func typeMethodCount(t int) int
func typeMethod(t, i int) (name string, mtyp int, ftyp int)
func methodIndex(t int, name string) int
func methodFunc(t, i int) any
func methodValue(t, i int, recv any, share bool) any
func typePtrTo(t int) int
func typeImplements(t, u int) bool
func typeSameUnder(t, u int) bool

// Addressable values are locations: p is the address of a scalar's memory form, or a
// struct's or array's block.
func loadAt(t int, p uintptr) any
func storeAt(t int, p uintptr, x any)
func fieldAddr(t int, p uintptr, i int) uintptr
func elemAddr(t int, seq any, p uintptr, i int) uintptr
func boxWord(t int, w uintptr) any
func newAt(t int) uintptr
func zeroOf(t int) any
func makeSlice(t, n, c int) any
func makeMap(t, n int) any
func mapSet(m, k, e any, del bool)
func sliceAppend(s, x any) any
func sliceHeader(s any, lo, hi, max int) any
func callFunc(fn any, args []any) []any
func makeFunc(t int, fn func([]Value) []Value, vs int) any

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
	PkgPath() string
	String() string
	Kind() Kind
	Elem() Type
	Key() Type
	Len() int
	NumField() int
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	NumMethod() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumIn() int
	In(i int) Type
	NumOut() int
	Out(i int) Type
	IsVariadic() bool
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	common() int
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

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
func (t rtype) NumMethod() int   { return typeMethodCount(t.t) }

func (t rtype) PkgPath() string {
	if t.Name() == "" {
		return ""
	}
	s := typeString(t.t)
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return s[:i]
		}
		if s[i] == '[' {
			break
		}
	}
	return ""
}

// Method returns the i'th method in the type's method set, exported methods in name order.
func (t rtype) Method(i int) Method {
	if uint(i) >= uint(typeMethodCount(t.t)) {
		panic("reflect: Method index out of range")
	}
	name, mtyp, ftyp := typeMethod(t.t, i)
	if t.Kind() == Interface {
		return Method{Name: name, Type: toType(mtyp), Index: i}
	}
	return Method{Name: name, Type: toType(ftyp), Func: Value{typ: ftyp, val: methodFunc(t.t, i)}, Index: i}
}

// MethodByName returns the method with that name in the type's method set.
func (t rtype) MethodByName(name string) (Method, bool) {
	i := methodIndex(t.t, name)
	if i < 0 {
		return Method{}, false
	}
	return t.Method(i), true
}

func (t rtype) mustFunc(what string) {
	if t.Kind() != Func {
		panic("reflect: " + what + " of non-func type " + t.String())
	}
}

func (t rtype) NumIn() int {
	t.mustFunc("NumIn")
	return typeNumIn(t.t)
}

func (t rtype) In(i int) Type {
	t.mustFunc("In")
	if uint(i) >= uint(typeNumIn(t.t)) {
		panic("reflect: Function index out of range")
	}
	return toType(typeIn(t.t, i))
}

func (t rtype) NumOut() int {
	t.mustFunc("NumOut")
	return typeNumOut(t.t)
}

func (t rtype) Out(i int) Type {
	t.mustFunc("Out")
	if uint(i) >= uint(typeNumOut(t.t)) {
		panic("reflect: Function index out of range")
	}
	return toType(typeOut(t.t, i))
}

func (t rtype) IsVariadic() bool {
	t.mustFunc("IsVariadic")
	return typeVariadic(t.t)
}

// Implements reports whether the type implements the interface type u.
func (t rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return typeImplements(t.t, u.common())
}

// AssignableTo reports whether a value of the type is assignable to type u.
func (t rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return assignable(t.t, u.common())
}

func assignable(t, u int) bool {
	if t == u {
		return true
	}
	if Kind(typeKind(u)) == Interface {
		return typeImplements(t, u)
	}
	// Identical underlying types, one of them not named.
	return (!typeNamed(t) || !typeNamed(u)) && typeSameUnder(t, u)
}

// ConvertibleTo reports whether a value of the type is convertible to type u.
func (t rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	a, b := t.Kind(), u.Kind()
	if assignable(t.t, u.common()) || typeSameUnder(t.t, u.common()) {
		return true
	}
	num := func(k Kind) bool { return k >= Int && k <= Float64 }
	switch {
	case num(a) && num(b), a >= Complex64 && a <= Complex128 && b >= Complex64 && b <= Complex128:
		return true
	case b == String && (a >= Int && a <= Uintptr):
		return true
	case b == String && a == Slice && (t.Elem().Kind() == Uint8 || t.Elem().Kind() == Int32):
		return true
	case a == String && b == Slice && (u.Elem().Kind() == Uint8 || u.Elem().Kind() == Int32):
		return true
	case a == Pointer && b == Pointer && !typeNamed(t.t) && !typeNamed(u.common()):
		return typeSameUnder(typeElem(t.t), typeElem(u.common()))
	}
	return false
}

// PtrTo returns the pointer type with element t.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return toType(typePtrTo(t.common())) }

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
	// interface's content (nil when the interface is nil). Unused when flagAddr is set.
	val any
	// ptr is the value's location when flagAddr is set (see loadAt).
	ptr uintptr
	flag int
}

const (
	flagAddr     = 1 // addressable: the value lives at ptr
	flagStickyRO = 2 // obtained through an unexported non-embedded field
	flagEmbedRO  = 4 // obtained through an unexported embedded field (its exported fields are not read-only)
	flagRO       = flagStickyRO | flagEmbedRO
)

// ro is the read-only flag values derived from v keep (everywhere but through Field).
func (v Value) ro() int {
	if v.flag&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// ValueOf returns a new Value holding the concrete value stored in i; the zero Value for nil.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	return Value{typ: typeOf(i), val: i}
}

func makeValue(t int, x any) Value { return Value{typ: t, val: x} }

// get returns the value boxed with its type (the content, for an interface type).
func (v Value) get() any {
	if v.flag&flagAddr != 0 {
		return loadAt(v.typ, v.ptr)
	}
	return v.val
}

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

func (v Value) mustBeAssignable(method string) {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value." + method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: reflect.Value." + method + " using unaddressable value")
	}
}

func (v Value) mustBeExported(method string) {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value." + method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
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
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return v.get()
}

func (v Value) CanInterface() bool {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	pt := typePtrTo(v.typ)
	return Value{typ: pt, val: boxWord(pt, v.ptr), flag: v.flag & flagRO}
}

func (v Value) Bool() bool {
	v.mustBe("Bool", Bool)
	return rawWord(v.get()) != 0
}

func (v Value) Int() int64 {
	v.mustBe("Int", Int, Int8, Int16, Int32, Int64)
	return int64(rawWord(v.get()))
}

func (v Value) Uint() uint64 {
	k := v.mustBe("Uint", Uint, Uint8, Uint16, Uint32, Uint64, Uintptr)
	w := rawWord(v.get())
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
	return math.Float64frombits(rawWord(v.get()))
}

func (v Value) Complex() complex128 {
	v.mustBe("Complex", Complex64, Complex128)
	return rawComplex(v.get())
}

// String returns the string v holds; for other kinds, "<T Value>" as Go prints it.
func (v Value) String() string {
	switch v.Kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return rawString(v.get())
	}
	return "<" + typeString(v.typ) + " Value>"
}

func (v Value) Len() int {
	k := v.mustBe("Len", Array, Chan, Map, Slice, String)
	if k == Array {
		return typeLen(v.typ)
	}
	return valueLen(v.get())
}

func (v Value) Cap() int {
	k := v.mustBe("Cap", Array, Chan, Slice)
	if k == Array {
		return typeLen(v.typ)
	}
	return valueCap(v.get())
}

func (v Value) Index(i int) Value {
	switch v.mustBe("Index", Array, Slice, String) {
	case Array:
		if uint(i) >= uint(typeLen(v.typ)) {
			panic("reflect: array index out of range")
		}
		if v.flag&flagAddr != 0 {
			return Value{typ: typeElem(v.typ), ptr: elemAddr(v.typ, nil, v.ptr, i), flag: v.flag&flagAddr | v.ro()}
		}
		return Value{typ: typeElem(v.typ), val: valueIndex(v.val, i), flag: v.ro()}
	case Slice:
		s := v.get()
		if uint(i) >= uint(valueLen(s)) {
			panic("reflect: slice index out of range")
		}
		return Value{typ: typeElem(v.typ), ptr: elemAddr(v.typ, s, 0, i), flag: flagAddr | v.ro()}
	}
	s := rawString(v.get())
	if uint(i) >= uint(len(s)) {
		panic("reflect: string index out of range")
	}
	return Value{typ: typeOf(s[i]), val: s[i], flag: v.ro()}
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
	_, ft, _, embedded, exported := typeField(v.typ, i)
	fl := v.flag &^ flagEmbedRO
	if !exported {
		if embedded {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	if v.flag&flagAddr != 0 {
		return Value{typ: ft, ptr: fieldAddr(v.typ, v.ptr, i), flag: fl}
	}
	return Value{typ: ft, val: valueField(v.val, i), flag: fl}
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
		x := v.get()
		if x == nil {
			return Value{}
		}
		return Value{typ: typeOf(x), val: x, flag: v.flag & flagRO}
	}
	p := rawWord(v.get())
	if p == 0 {
		return Value{}
	}
	return Value{typ: typeElem(v.typ), ptr: uintptr(p), flag: flagAddr | v.flag&flagRO}
}

func (v Value) IsNil() bool {
	switch v.mustBe("IsNil", Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer) {
	case Interface:
		return v.get() == nil
	}
	return rawWord(v.get()) == 0
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
		return rawWord(v.get()) == 0
	case Complex64, Complex128:
		return v.Complex() == 0 && rawWord(v.get()) == 0
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
	keys := mapKeys(v.get())
	out := make([]Value, len(keys))
	for i, k := range keys {
		out[i] = Value{typ: kt, val: k, flag: v.flag & flagRO}
	}
	return out
}

func (v Value) assignTo(method string, t int) any {
	if !assignable(v.typ, t) {
		panic(method + ": value of type " + typeString(v.typ) + " is not assignable to type " + typeString(t))
	}
	return v.get()
}

// MapIndex returns the value stored under key in the map v; the zero Value when there is none.
func (v Value) MapIndex(key Value) Value {
	v.mustBe("MapIndex", Map)
	k := key.assignTo("reflect.Value.MapIndex", typeKey(v.typ))
	x, ok := mapIndex(v.get(), k)
	if !ok {
		return Value{}
	}
	return Value{typ: typeElem(v.typ), val: x, flag: v.flag & flagRO}
}

// SetMapIndex sets the element associated with key in the map v to elem; a zero elem deletes.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe("SetMapIndex", Map)
	v.mustBeExported("SetMapIndex")
	key.mustBeExported("SetMapIndex")
	k := key.assignTo("reflect.Value.SetMapIndex", typeKey(v.typ))
	if elem.typ == 0 {
		mapSet(v.get(), k, nil, true)
		return
	}
	elem.mustBeExported("SetMapIndex")
	e := elem.assignTo("reflect.Value.SetMapIndex", typeElem(v.typ))
	mapSet(v.get(), k, e, false)
}

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.mustBeAssignable("Set")
	x.mustBeExported("Set")
	storeAt(v.typ, v.ptr, x.assignTo("reflect.Set", v.typ))
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("SetBool")
	v.mustBe("SetBool", Bool)
	storeAt(v.typ, v.ptr, x)
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("SetInt")
	v.mustBe("SetInt", Int, Int8, Int16, Int32, Int64)
	storeAt(v.typ, v.ptr, x)
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("SetUint")
	v.mustBe("SetUint", Uint, Uint8, Uint16, Uint32, Uint64, Uintptr)
	storeAt(v.typ, v.ptr, x)
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("SetFloat")
	if v.mustBe("SetFloat", Float32, Float64) == Float32 {
		storeAt(v.typ, v.ptr, float64(float32(x)))
		return
	}
	storeAt(v.typ, v.ptr, x)
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("SetComplex")
	if v.mustBe("SetComplex", Complex64, Complex128) == Complex64 {
		storeAt(v.typ, v.ptr, complex64(x))
		return
	}
	storeAt(v.typ, v.ptr, x)
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("SetString")
	v.mustBe("SetString", String)
	storeAt(v.typ, v.ptr, x)
}

// SetBytes sets v's underlying value, a slice of bytes, to x.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("SetBytes")
	v.mustBe("SetBytes", Slice)
	if typeKind(typeElem(v.typ)) != int(Uint8) {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	storeAt(v.typ, v.ptr, x)
}

// SetLen sets v's length to n.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("SetLen")
	v.mustBe("SetLen", Slice)
	s := v.get()
	if uint(n) > uint(valueCap(s)) {
		panic("reflect: slice length out of range in SetLen")
	}
	storeAt(v.typ, v.ptr, sliceHeader(s, 0, n, valueCap(s)))
}

// Slice returns v[i:j].
func (v Value) Slice(i, j int) Value {
	v.mustBe("Slice", Slice)
	s := v.get()
	if i < 0 || j < i || j > valueCap(s) {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	return Value{typ: v.typ, val: sliceHeader(s, i, j, valueCap(s))}
}

// NumMethod returns the number of exported methods in the value's method set.
func (v Value) NumMethod() int {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return typeMethodCount(v.typ)
}

// Method returns a function value corresponding to v's i'th method.
func (v Value) Method(i int) Value {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if uint(i) >= uint(typeMethodCount(v.typ)) {
		panic("reflect: Method index out of range")
	}
	if v.Kind() == Interface {
		x := v.get()
		if x == nil {
			panic("reflect: Method on nil interface value")
		}
		name, mtyp, _ := typeMethod(v.typ, i)
		j := methodIndex(typeOf(x), name)
		if j < 0 {
			// An unexported method: a Value that cannot be called or taken out.
			return Value{typ: mtyp, val: boxWord(mtyp, 0), flag: flagRO}
		}
		return Value{typ: mtyp, val: methodValue(typeOf(x), j, x, false), flag: v.flag & flagRO}
	}
	_, mtyp, _ := typeMethod(v.typ, i)
	// The receiver of an addressable struct or array is read when the method is called, as
	// in Go (the method copies its block then).
	if k := v.Kind(); v.flag&flagAddr != 0 && (k == Struct || k == Array) {
		return Value{typ: mtyp, val: methodValue(v.typ, i, boxWord(v.typ, v.ptr), true), flag: v.flag & flagRO}
	}
	return Value{typ: mtyp, val: methodValue(v.typ, i, v.get(), false), flag: v.flag & flagRO}
}

// MethodByName returns a function value corresponding to the method of v with that name.
func (v Value) MethodByName(name string) Value {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	i := methodIndex(v.typ, name)
	if i < 0 {
		return Value{}
	}
	return v.Method(i)
}

// Call calls the function v with the input arguments in.
func (v Value) Call(in []Value) []Value {
	v.mustBe("Call", Func)
	v.mustBeExported("Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with the input arguments in, in[len(in)-1] being
// the variadic slice itself.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe("CallSlice", Func)
	v.mustBeExported("CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	t := v.typ
	fn := v.get()
	if rawWord(fn) == 0 {
		panic("reflect.Value.Call: call of nil function")
	}
	isSlice := op == "CallSlice"
	n := typeNumIn(t)
	isVariadic := typeVariadic(t)
	if isSlice {
		if !isVariadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if isVariadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !isVariadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].typ, typeIn(t, i); !assignable(xt, targ) {
			panic("reflect: " + op + " using " + typeString(xt) + " as type " + typeString(targ))
		}
	}
	if !isSlice && isVariadic {
		m := len(in) - n
		st := typeIn(t, n)
		slice := MakeSlice(toType(st), m, m)
		elem := typeElem(st)
		for i := 0; i < m; i++ {
			x := in[n+i]
			if !assignable(x.typ, elem) {
				panic("reflect: cannot use " + typeString(x.typ) + " as type " + typeString(elem) + " in " + op)
			}
			slice.Index(i).Set(x)
		}
		in = append(in[:n:n], slice)
	}
	args := make([]any, len(in))
	for i, x := range in {
		args[i] = x.get()
	}
	out := callFunc(fn, args)
	ret := make([]Value, len(out))
	for i := range out {
		ret[i] = Value{typ: typeOut(t, i), val: out[i]}
	}
	return ret
}

// Indirect returns the value that v points to (v itself when it is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// New returns a Value representing a pointer to a new zero value for the specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	pt := typePtrTo(typ.common())
	return Value{typ: pt, val: boxWord(pt, newAt(typ.common()))}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	return Value{typ: typ.common(), val: zeroOf(typ.common())}
}

// MakeSlice creates a new zero-initialized slice value for the specified slice type, length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	return Value{typ: typ.common(), val: makeSlice(typ.common(), len, cap)}
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize creates a new map with the specified type and initial space for approximately n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	if n < 0 {
		n = 0
	}
	return Value{typ: typ.common(), val: makeMap(typ.common(), n)}
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe("Append", Slice)
	s.mustBeExported("Append")
	r := s.get()
	elem := typeElem(s.typ)
	for _, e := range x {
		e.mustBeExported("Append")
		r = sliceAppend(r, e.assignTo("reflect.Set", elem))
	}
	return Value{typ: s.typ, val: r}
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe("AppendSlice", Slice)
	t.mustBe("AppendSlice", Slice)
	r := s.get()
	for i := 0; i < t.Len(); i++ {
		r = sliceAppend(r, t.Index(i).get())
	}
	return Value{typ: s.typ, val: r}
}

// MakeFunc returns a new function of the given Type that wraps the function fn.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	return Value{typ: typ.common(), val: makeFunc(typ.common(), fn, typeOf([]Value(nil)))}
}

// SetZero sets v to be the zero value of v's type.
func (v Value) SetZero() {
	v.mustBeAssignable("SetZero")
	storeAt(v.typ, v.ptr, zeroOf(v.typ))
}

func (v Value) CanInt() bool {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

func (v Value) CanUint() bool {
	switch v.Kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

func (v Value) CanFloat() bool   { k := v.Kind(); return k == Float32 || k == Float64 }
func (v Value) CanComplex() bool { k := v.Kind(); return k == Complex64 || k == Complex128 }

// OverflowInt reports whether the int64 x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	switch v.mustBe("OverflowInt", Int, Int8, Int16, Int32, Int64) {
	case Int8:
		return x != int64(int8(x))
	case Int16:
		return x != int64(int16(x))
	case Int32:
		return x != int64(int32(x))
	}
	return false
}

// OverflowUint reports whether the uint64 x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	switch v.mustBe("OverflowUint", Uint, Uint8, Uint16, Uint32, Uint64, Uintptr) {
	case Uint8:
		return x != uint64(uint8(x))
	case Uint16:
		return x != uint64(uint16(x))
	case Uint32:
		return x != uint64(uint32(x))
	}
	return false
}

// OverflowFloat reports whether the float64 x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool {
	if v.mustBe("OverflowFloat", Float32, Float64) == Float32 {
		if x < 0 {
			x = -x
		}
		return math.MaxFloat32 < x && x <= math.MaxFloat64
	}
	return false
}

// FieldByIndex returns the nested field corresponding to index.
func (v Value) FieldByIndex(index []int) Value {
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// Bytes returns v's underlying value, a byte slice.
func (v Value) Bytes() []byte {
	if v.Kind() != Slice || Kind(typeKind(typeElem(v.typ))) != Uint8 {
		panic("reflect.Value.Bytes of non-byte slice")
	}
	s := v.get()
	out := make([]byte, valueLen(s))
	for i := range out {
		out[i] = byte(v.Index(i).Uint())
	}
	return out
}

// Convert returns the value v converted to type t, by Go's conversion rules.
func (v Value) Convert(t Type) Value {
	if v.typ == 0 {
		panic(&ValueError{"reflect.Value.Convert", Invalid})
	}
	tt := t.common()
	dk := t.Kind()
	sk := v.Kind()
	fail := func() {
		panic("reflect.Value.Convert: value of type " + typeString(v.typ) + " cannot be converted to type " + t.String())
	}
	if dk == Interface {
		if !typeImplements(v.typ, tt) {
			fail()
		}
		return Value{typ: tt, val: v.get()}
	}
	if v.typ == tt || typeSameUnder(v.typ, tt) {
		return Value{typ: tt, val: boxWord(tt, uintptr(rawWord(v.get())))}
	}
	n := New(t).Elem()
	switch {
	case v.CanInt() && n.CanInt():
		n.SetInt(v.Int())
	case v.CanInt() && n.CanUint():
		n.SetUint(uint64(v.Int()))
	case v.CanInt() && n.CanFloat():
		n.SetFloat(float64(v.Int()))
	case v.CanUint() && n.CanInt():
		n.SetInt(int64(v.Uint()))
	case v.CanUint() && n.CanUint():
		n.SetUint(v.Uint())
	case v.CanUint() && n.CanFloat():
		n.SetFloat(float64(v.Uint()))
	case v.CanFloat() && n.CanInt():
		n.SetInt(int64(v.Float()))
	case v.CanFloat() && n.CanUint():
		n.SetUint(uint64(v.Float()))
	case v.CanFloat() && n.CanFloat():
		n.SetFloat(v.Float())
	case v.CanComplex() && n.CanComplex():
		n.SetComplex(v.Complex())
	case dk == String && v.CanInt():
		n.SetString(string(rune(v.Int())))
	case dk == String && v.CanUint():
		n.SetString(string(rune(v.Uint())))
	case dk == String && sk == Slice && Kind(typeKind(typeElem(v.typ))) == Uint8:
		n.SetString(string(v.Bytes()))
	case dk == String && sk == Slice && Kind(typeKind(typeElem(v.typ))) == Int32:
		rs := make([]rune, v.Len())
		for i := range rs {
			rs[i] = rune(v.Index(i).Int())
		}
		n.SetString(string(rs))
	case sk == String && dk == Slice && Kind(typeKind(typeElem(tt))) == Uint8:
		b := []byte(v.String())
		s := MakeSlice(t, len(b), len(b))
		for i, c := range b {
			s.Index(i).SetUint(uint64(c))
		}
		return s
	case sk == String && dk == Slice && Kind(typeKind(typeElem(tt))) == Int32:
		rs := []rune(v.String())
		s := MakeSlice(t, len(rs), len(rs))
		for i, r := range rs {
			s.Index(i).SetInt(int64(r))
		}
		return s
	case sk == Pointer && dk == Pointer && !typeNamed(v.typ) && !typeNamed(tt) && typeSameUnder(typeElem(v.typ), typeElem(tt)):
		return Value{typ: tt, val: boxWord(tt, uintptr(rawWord(v.get())))}
	default:
		fail()
	}
	return Value{typ: tt, val: n.get()}
}

// Comparable reports whether the value v is comparable (an interface by its content).
func (v Value) Comparable() bool {
	switch v.Kind() {
	case Invalid:
		return false
	case Interface:
		return v.Elem().Comparable()
	case Array:
		if !typeComparable(typeElem(v.typ)) && Kind(typeKind(typeElem(v.typ))) != Interface {
			return false
		}
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).Comparable() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).Comparable() {
				return false
			}
		}
		return true
	}
	return typeComparable(v.typ)
}

// Equal reports whether v is equal to u (interfaces compared by their contents).
func (v Value) Equal(u Value) bool {
	if v.Kind() == Interface {
		v = v.Elem()
	}
	if u.Kind() == Interface {
		u = u.Elem()
	}
	if !v.IsValid() || !u.IsValid() {
		return v.IsValid() == u.IsValid()
	}
	if v.Kind() != u.Kind() || v.typ != u.typ {
		return false
	}
	switch v.Kind() {
	case Func, Map, Slice:
		panic("reflect.Value.Equal: values of type " + typeString(v.typ) + " are not comparable")
	}
	return v.get() == u.get()
}

// TypeFor returns the Type that represents the type argument T.
func TypeFor[T any]() Type {
	var v T
	if t := TypeOf(v); t != nil {
		return t
	}
	return TypeOf((*T)(nil)).Elem()
}
