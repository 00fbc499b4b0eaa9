package t

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var dirs []string

func TestMain(m *testing.M) {
	code := m.Run()
	for _, d := range dirs {
		_, err := os.Stat(d)
		fmt.Println("removed after the test:", os.IsNotExist(err))
	}
	os.Exit(code)
}

func TestFiles(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	dirs = append(dirs, a, b)
	if a == b {
		t.Fatal("same dir twice")
	}
	t.Log("numbered:", filepath.Base(a), filepath.Base(b))
	t.Log("parent named after the test:", strings.HasPrefix(filepath.Base(filepath.Dir(a)), "TestFiles"))
	p := filepath.Join(a, "data.txt")
	if err := os.WriteFile(p, []byte("hello\nworld\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "hello\nworld\n" {
		t.Errorf("read %q", got)
	}
	if err := os.MkdirAll(filepath.Join(b, "x", "y"), 0o755); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(b)
	for _, e := range entries {
		t.Log("entry:", e.Name(), e.IsDir())
	}
	_, err = os.ReadFile(filepath.Join(a, "missing"))
	t.Log("missing:", os.IsNotExist(err), strings.Replace(err.Error(), a, "DIR", 1))
}

func TestSub(t *testing.T) {
	t.Run("a/b c", func(t *testing.T) {
		d := t.TempDir()
		dirs = append(dirs, d)
		t.Log(strings.HasPrefix(filepath.Base(filepath.Dir(d)), "TestSubab_c"))
	})
}
