package calc_test

import (
	"fmt"
	"testing"

	"test"
)

func TestSum(t *testing.T) {
	if got := calc.Sum(1, 2, 3); got != 6 {
		t.Errorf("Sum = %d", got)
	}
}

func ExampleSum() {
	fmt.Println(calc.Sum(4, 5))
	// Output: 9
}
