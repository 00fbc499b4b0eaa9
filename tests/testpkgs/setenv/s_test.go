package s

import (
	"os"
	"testing"
)

func TestSetenv(t *testing.T) {
	t.Setenv("CORGI_TEST_VAR", "inside")
	if got := os.Getenv("CORGI_TEST_VAR"); got != "inside" {
		t.Fatalf("got %q", got)
	}
}

func TestRestored(t *testing.T) {
	if v, ok := os.LookupEnv("CORGI_TEST_VAR"); ok {
		t.Fatalf("still set: %q", v)
	}
	t.Log("restored")
}
