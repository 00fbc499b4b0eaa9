package d

import "testing"

func TestStuck(t *testing.T) {
	ch := make(chan int)
	<-ch
}
