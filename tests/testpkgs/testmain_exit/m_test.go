package m

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	m.Run()
	fmt.Println("exiting 3")
	os.Exit(3)
}

func TestOk(t *testing.T) {}
