package s

import "testing"

func TestX(t *testing.T) {
	if true {
}
