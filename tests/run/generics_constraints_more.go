package main

import (
	"cmp"
	"fmt"
	"strconv"
	"sync"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Num interface {
	Integer | Float
}

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

type Labeled interface {
	comparable
	String() string
}

func Clamp[T cmp.Ordered](x, lo, hi T) T {
	return max(lo, min(x, hi))
}

func Scale[T Num](xs []T, k T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x * k
	}
	return out
}

func Avg[T Integer | Float](xs ...T) float64 {
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + v
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func Dedup[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func Names[T Labeled](xs []T) []string {
	var out []string
	for _, x := range Dedup(xs) {
		out = append(out, x.String())
	}
	return out
}

func Convert[From, To Integer | Float](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func ParallelMap[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = f(x)
		}()
	}
	wg.Wait()
	return out
}

func SafeDiv[T Integer](a, b T) (q T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

type Point struct{ X, Y int }

func Zero[T any]() (z T) { return }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func CompareAll[T cmp.Ordered](xs []T) []int {
	var out []int
	for i := 1; i < len(xs); i++ {
		c := 0
		if xs[i-1] < xs[i] {
			c = -1
		} else if xs[i-1] > xs[i] {
			c = 1
		}
		out = append(out, c)
	}
	return out
}

func main() {
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"))
	fmt.Println(Scale([]int{1, 2}, 3), Scale([]float32{1.5}, 2), Scale([]ID{4}, 2))
	fmt.Println(Avg(1, 2, 4), Avg(1.5, 2.5), Avg[int8](100, 27))
	fmt.Println(Describe(3), Describe("x"), Describe(ID(9)), Describe(2.5), Describe(Point{1, 2}))
	fmt.Println(Dedup([]int{1, 2, 1, 3, 2}), Dedup([]string{"a", "a"}), Dedup([]Point{{1, 2}, {1, 2}, {2, 1}}))
	fmt.Println(Names([]ID{3, 1, 3}))
	fmt.Println(Convert[int, float64]([]int{1, 2}), Convert[float64, int8]([]float64{1.9, -2.7}))
	fmt.Println(ParallelMap([]int{1, 2, 3}, func(n int) string { return strconv.Itoa(n * 10) }))
	q, err := SafeDiv(7, 2)
	fmt.Println(q, err)
	q2, err := SafeDiv[int64](1, 0)
	fmt.Println(q2, err)
	calls := 0
	sq := Memo(func(n int) int { calls++; return n * n })
	fmt.Println(sq(4), sq(4), sq(5), calls)
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[Point](), Zero[[]int]() == nil)
	fmt.Println(Must(strconv.Atoi("12")))
	fmt.Println(CompareAll([]int{1, 3, 3, 2}))
}
