package c

import (
	"os"
	"path/filepath"
	"testing"
)

func TestChdir(t *testing.T) {
	before, _ := os.Getwd()
	t.Run("inside", func(t *testing.T) {
		t.Chdir("testdata/inner")
		b, err := os.ReadFile("f.txt")
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("read %q", b)
		wd, _ := os.Getwd()
		t.Log("in inner:", filepath.Base(wd), os.Getenv("PWD") == wd)
	})
	after, _ := os.Getwd()
	t.Log("restored:", before == after)
}

func TestChdirParallel(t *testing.T) {
	defer func() { t.Log("recovered:", recover()) }()
	t.Parallel()
	t.Chdir("testdata")
}
