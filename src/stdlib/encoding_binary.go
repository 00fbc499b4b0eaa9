package binary

// Byte orders, varints, and Read/Write of fixed-size values, in Go. Read, Write, Size, Append,
// Encode and Decode handle booleans, sized numbers and slices of them (and pointers to those);
// structs and arrays are not supported (reported as not fixed-size).

import (
	"errors"
	"io"
	"math"
	"reflect"
)

type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

type littleEndian struct{}

type bigEndian struct{}

type nativeEndian struct {
	littleEndian
}

var LittleEndian littleEndian

var BigEndian bigEndian

var NativeEndian nativeEndian

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v), byte(v>>8)
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(LittleEndian.Uint32(b[:4])) | uint64(LittleEndian.Uint32(b[4:8]))<<32
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	LittleEndian.PutUint32(b[:4], uint32(v))
	LittleEndian.PutUint32(b[4:8], uint32(v>>32))
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	return LittleEndian.AppendUint32(LittleEndian.AppendUint32(b, uint32(v)), uint32(v>>32))
}

func (littleEndian) String() string { return "LittleEndian" }

func (littleEndian) GoString() string { return "binary.LittleEndian" }

func (nativeEndian) String() string { return "NativeEndian" }

func (nativeEndian) GoString() string { return "binary.NativeEndian" }

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v>>8), byte(v)
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(BigEndian.Uint32(b[:4]))<<32 | uint64(BigEndian.Uint32(b[4:8]))
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	BigEndian.PutUint32(b[:4], uint32(v>>32))
	BigEndian.PutUint32(b[4:8], uint32(v))
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	return BigEndian.AppendUint32(BigEndian.AppendUint32(b, uint32(v>>32)), uint32(v))
}

func (bigEndian) String() string { return "BigEndian" }

func (bigEndian) GoString() string { return "binary.BigEndian" }

// ---- varints ----

const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

func AppendUvarint(buf []byte, x uint64) []byte {
	for x >= 0x80 {
		buf = append(buf, byte(x)|0x80)
		x >>= 7
	}
	return append(buf, byte(x))
}

func PutUvarint(buf []byte, x uint64) int {
	i := 0
	for x >= 0x80 {
		buf[i] = byte(x) | 0x80
		x >>= 7
		i++
	}
	buf[i] = byte(x)
	return i + 1
}

// Uvarint decodes an unsigned varint: n == 0 if buf is too short, n < 0 (minus the bytes read) if
// the value overflows 64 bits.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	var shift uint
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}

func zigzag(x int64) uint64 {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return ux
}

func unzigzag(ux uint64) int64 {
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }

func PutVarint(buf []byte, x int64) int { return PutUvarint(buf, zigzag(x)) }

func Varint(buf []byte) (int64, int) {
	ux, n := Uvarint(buf)
	return unzigzag(ux), n
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	var shift uint
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if i > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<shift, nil
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return x, errOverflow
}

func ReadVarint(r io.ByteReader) (int64, error) {
	ux, err := ReadUvarint(r)
	return unzigzag(ux), err
}

// ---- fixed-size values ----

// Size returns how many bytes Write would encode v into, or -1.
func Size(v any) int {
	switch d := v.(type) {
	case bool, int8, uint8, *bool, *int8, *uint8:
		return 1
	case int16, uint16, *int16, *uint16:
		return 2
	case int32, uint32, float32, *int32, *uint32, *float32:
		return 4
	case int64, uint64, float64, *int64, *uint64, *float64:
		return 8
	case []bool:
		return len(d)
	case []int8:
		return len(d)
	case []uint8:
		return len(d)
	case []int16:
		return 2 * len(d)
	case []uint16:
		return 2 * len(d)
	case []int32:
		return 4 * len(d)
	case []uint32:
		return 4 * len(d)
	case []float32:
		return 4 * len(d)
	case []int64:
		return 8 * len(d)
	case []uint64:
		return 8 * len(d)
	case []float64:
		return 8 * len(d)
	}
	if v == nil {
		return -1
	}
	return reflectSize(reflect.Indirect(reflect.ValueOf(v)))
}

func typeName(v any) string {
	if v == nil {
		return "<nil>"
	}
	return reflect.TypeOf(v).String()
}

// put encodes v into b (len(b) == Size(v)).
func put(b []byte, order ByteOrder, v any) {
	switch d := v.(type) {
	case *bool:
		put(b, order, *d)
	case *int8:
		put(b, order, *d)
	case *uint8:
		put(b, order, *d)
	case *int16:
		put(b, order, *d)
	case *uint16:
		put(b, order, *d)
	case *int32:
		put(b, order, *d)
	case *uint32:
		put(b, order, *d)
	case *float32:
		put(b, order, *d)
	case *int64:
		put(b, order, *d)
	case *uint64:
		put(b, order, *d)
	case *float64:
		put(b, order, *d)
	case bool:
		if d {
			b[0] = 1
		} else {
			b[0] = 0
		}
	case int8:
		b[0] = byte(d)
	case uint8:
		b[0] = d
	case int16:
		order.PutUint16(b, uint16(d))
	case uint16:
		order.PutUint16(b, d)
	case int32:
		order.PutUint32(b, uint32(d))
	case uint32:
		order.PutUint32(b, d)
	case float32:
		order.PutUint32(b, math.Float32bits(d))
	case int64:
		order.PutUint64(b, uint64(d))
	case uint64:
		order.PutUint64(b, d)
	case float64:
		order.PutUint64(b, math.Float64bits(d))
	case []bool:
		for i, x := range d {
			put(b[i:i+1], order, x)
		}
	case []int8:
		for i, x := range d {
			b[i] = byte(x)
		}
	case []uint8:
		copy(b, d)
	case []int16:
		for i, x := range d {
			order.PutUint16(b[2*i:], uint16(x))
		}
	case []uint16:
		for i, x := range d {
			order.PutUint16(b[2*i:], x)
		}
	case []int32:
		for i, x := range d {
			order.PutUint32(b[4*i:], uint32(x))
		}
	case []uint32:
		for i, x := range d {
			order.PutUint32(b[4*i:], x)
		}
	case []float32:
		for i, x := range d {
			order.PutUint32(b[4*i:], math.Float32bits(x))
		}
	case []int64:
		for i, x := range d {
			order.PutUint64(b[8*i:], uint64(x))
		}
	case []uint64:
		for i, x := range d {
			order.PutUint64(b[8*i:], x)
		}
	case []float64:
		for i, x := range d {
			order.PutUint64(b[8*i:], math.Float64bits(x))
		}
	default:
		encodeValue(b, order, reflect.Indirect(reflect.ValueOf(v)))
	}
}

// get decodes b into what v points at; false if v is not a pointer or slice of a supported type.
func get(b []byte, order ByteOrder, v any) bool {
	switch d := v.(type) {
	case *bool:
		*d = b[0] != 0
	case *int8:
		*d = int8(b[0])
	case *uint8:
		*d = b[0]
	case *int16:
		*d = int16(order.Uint16(b))
	case *uint16:
		*d = order.Uint16(b)
	case *int32:
		*d = int32(order.Uint32(b))
	case *uint32:
		*d = order.Uint32(b)
	case *float32:
		*d = math.Float32frombits(order.Uint32(b))
	case *int64:
		*d = int64(order.Uint64(b))
	case *uint64:
		*d = order.Uint64(b)
	case *float64:
		*d = math.Float64frombits(order.Uint64(b))
	case []bool:
		for i := range d {
			d[i] = b[i] != 0
		}
	case []int8:
		for i := range d {
			d[i] = int8(b[i])
		}
	case []uint8:
		copy(d, b)
	case []int16:
		for i := range d {
			d[i] = int16(order.Uint16(b[2*i:]))
		}
	case []uint16:
		for i := range d {
			d[i] = order.Uint16(b[2*i:])
		}
	case []int32:
		for i := range d {
			d[i] = int32(order.Uint32(b[4*i:]))
		}
	case []uint32:
		for i := range d {
			d[i] = order.Uint32(b[4*i:])
		}
	case []float32:
		for i := range d {
			d[i] = math.Float32frombits(order.Uint32(b[4*i:]))
		}
	case []int64:
		for i := range d {
			d[i] = int64(order.Uint64(b[8*i:]))
		}
	case []uint64:
		for i := range d {
			d[i] = order.Uint64(b[8*i:])
		}
	case []float64:
		for i := range d {
			d[i] = math.Float64frombits(order.Uint64(b[8*i:]))
		}
	default:
		rv := reflect.ValueOf(v)
		switch rv.Kind() {
		case reflect.Pointer:
			decodeValue(b, order, rv.Elem())
		case reflect.Slice:
			decodeValue(b, order, rv)
		default:
			return false
		}
	}
	return true
}

// ---- structs, arrays and slices of fixed-size values, through reflect ----

// sizeofType is the encoded size of a value of type t, or -1 if t is not fixed-size.
func sizeofType(t reflect.Type) int {
	switch t.Kind() {
	case reflect.Array:
		if s := sizeofType(t.Elem()); s >= 0 {
			return s * t.Len()
		}
	case reflect.Struct:
		sum := 0
		for i := 0; i < t.NumField(); i++ {
			s := sizeofType(t.Field(i).Type)
			if s < 0 {
				return -1
			}
			sum += s
		}
		return sum
	case reflect.Bool, reflect.Int8, reflect.Uint8:
		return 1
	case reflect.Int16, reflect.Uint16:
		return 2
	case reflect.Int32, reflect.Uint32, reflect.Float32:
		return 4
	case reflect.Int64, reflect.Uint64, reflect.Float64, reflect.Complex64:
		return 8
	case reflect.Complex128:
		return 16
	}
	return -1
}

// reflectSize is Size for a value: a slice counts its elements.
func reflectSize(v reflect.Value) int {
	if !v.IsValid() {
		return -1
	}
	if v.Kind() == reflect.Slice {
		if s := sizeofType(v.Type().Elem()); s >= 0 {
			return s * v.Len()
		}
		return -1
	}
	return sizeofType(v.Type())
}

// encodeValue writes v at the start of b and returns the rest; blank struct fields are zeros.
func encodeValue(b []byte, order ByteOrder, v reflect.Value) []byte {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			b = encodeValue(b, order, v.Index(i))
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			if t.Field(i).Name == "_" {
				n := sizeofType(t.Field(i).Type)
				clear(b[:n])
				b = b[n:]
			} else {
				b = encodeValue(b, order, v.Field(i))
			}
		}
	case reflect.Bool:
		b[0] = 0
		if v.Bool() {
			b[0] = 1
		}
		b = b[1:]
	case reflect.Int8:
		b[0] = byte(v.Int())
		b = b[1:]
	case reflect.Uint8:
		b[0] = byte(v.Uint())
		b = b[1:]
	case reflect.Int16:
		order.PutUint16(b, uint16(v.Int()))
		b = b[2:]
	case reflect.Uint16:
		order.PutUint16(b, uint16(v.Uint()))
		b = b[2:]
	case reflect.Int32:
		order.PutUint32(b, uint32(v.Int()))
		b = b[4:]
	case reflect.Uint32:
		order.PutUint32(b, uint32(v.Uint()))
		b = b[4:]
	case reflect.Float32:
		order.PutUint32(b, math.Float32bits(float32(v.Float())))
		b = b[4:]
	case reflect.Int64:
		order.PutUint64(b, uint64(v.Int()))
		b = b[8:]
	case reflect.Uint64:
		order.PutUint64(b, v.Uint())
		b = b[8:]
	case reflect.Float64:
		order.PutUint64(b, math.Float64bits(v.Float()))
		b = b[8:]
	case reflect.Complex64:
		x := v.Complex()
		order.PutUint32(b, math.Float32bits(float32(real(x))))
		order.PutUint32(b[4:], math.Float32bits(float32(imag(x))))
		b = b[8:]
	case reflect.Complex128:
		x := v.Complex()
		order.PutUint64(b, math.Float64bits(real(x)))
		order.PutUint64(b[8:], math.Float64bits(imag(x)))
		b = b[16:]
	}
	return b
}

// decodeValue sets v from the start of b and returns the rest; blank struct fields are skipped.
func decodeValue(b []byte, order ByteOrder, v reflect.Value) []byte {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			b = decodeValue(b, order, v.Index(i))
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.CanSet() || t.Field(i).Name != "_" {
				b = decodeValue(b, order, f)
			} else {
				b = b[sizeofType(t.Field(i).Type):]
			}
		}
	case reflect.Bool:
		v.SetBool(b[0] != 0)
		b = b[1:]
	case reflect.Int8:
		v.SetInt(int64(int8(b[0])))
		b = b[1:]
	case reflect.Uint8:
		v.SetUint(uint64(b[0]))
		b = b[1:]
	case reflect.Int16:
		v.SetInt(int64(int16(order.Uint16(b))))
		b = b[2:]
	case reflect.Uint16:
		v.SetUint(uint64(order.Uint16(b)))
		b = b[2:]
	case reflect.Int32:
		v.SetInt(int64(int32(order.Uint32(b))))
		b = b[4:]
	case reflect.Uint32:
		v.SetUint(uint64(order.Uint32(b)))
		b = b[4:]
	case reflect.Float32:
		v.SetFloat(float64(math.Float32frombits(order.Uint32(b))))
		b = b[4:]
	case reflect.Int64:
		v.SetInt(int64(order.Uint64(b)))
		b = b[8:]
	case reflect.Uint64:
		v.SetUint(order.Uint64(b))
		b = b[8:]
	case reflect.Float64:
		v.SetFloat(math.Float64frombits(order.Uint64(b)))
		b = b[8:]
	case reflect.Complex64:
		re := math.Float32frombits(order.Uint32(b))
		im := math.Float32frombits(order.Uint32(b[4:]))
		v.SetComplex(complex(float64(re), float64(im)))
		b = b[8:]
	case reflect.Complex128:
		re := math.Float64frombits(order.Uint64(b))
		im := math.Float64frombits(order.Uint64(b[8:]))
		v.SetComplex(complex(re, im))
		b = b[16:]
	}
	return b
}

func Write(w io.Writer, order ByteOrder, data any) error {
	n := Size(data)
	if n < 0 {
		return errors.New("binary.Write: some values are not fixed-sized in type " + typeName(data))
	}
	b := make([]byte, n)
	put(b, order, data)
	_, err := w.Write(b)
	return err
}

func Read(r io.Reader, order ByteOrder, data any) error {
	n := Size(data)
	if n >= 0 {
		b := make([]byte, n)
		if _, err := io.ReadFull(r, b); err != nil {
			return err
		}
		if get(b, order, data) {
			return nil
		}
	}
	return errors.New("binary.Read: invalid type " + typeName(data))
}

var errBufferTooSmall = errors.New("buffer too small")

func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	n := Size(data)
	if n < 0 {
		return nil, errors.New("binary.Append: some values are not fixed-sized in type " + typeName(data))
	}
	b := make([]byte, n)
	put(b, order, data)
	return append(buf, b...), nil
}

func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	n := Size(data)
	if n < 0 {
		return 0, errors.New("binary.Encode: some values are not fixed-sized in type " + typeName(data))
	}
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	put(buf[:n], order, data)
	return n, nil
}

func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	n := Size(data)
	if n >= 0 {
		if len(buf) < n {
			return 0, errBufferTooSmall
		}
		if get(buf[:n], order, data) {
			return n, nil
		}
	}
	return 0, errors.New("binary.Decode: invalid type " + typeName(data))
}
