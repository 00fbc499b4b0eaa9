package split

import (
	"reflect"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := map[string]struct {
		input string
		sep   string
		want  []string
	}{
		"simple":       {input: "a/b/c", sep: "/", want: []string{"a", "b", "c"}},
		"wrong sep":    {input: "a/b/c", sep: ",", want: []string{"a/b/c"}},
		"no sep":       {input: "abc", sep: "/", want: []string{"abc"}},
		"trailing sep": {input: "a/b/c/", sep: "/", want: []string{"a", "b", "c"}},
		"empty":        {input: "", sep: "/", want: []string{}},
	}
	for _, name := range []string{"simple", "wrong sep", "no sep", "trailing sep", "empty"} {
		tc := tests[name]
		t.Run(name, func(t *testing.T) {
			got := Split(tc.input, tc.sep)
			if !reflect.DeepEqual(tc.want, got) {
				t.Fatalf("expected: %#v, got: %#v", tc.want, got)
			}
		})
	}
}

func TestCount(t *testing.T) {
	got := Count([]string{"a", "b", "a"})
	want := map[string]int{"a": 2, "b": 1}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Count = %v, want %v", got, want)
	}
	if reflect.TypeOf(got).String() != "map[string]int" {
		t.Error(reflect.TypeOf(got))
	}
}
