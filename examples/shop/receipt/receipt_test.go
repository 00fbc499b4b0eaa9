package receipt

import (
	"strings"
	"testing"

	"example.com/shop/cart"
	"example.com/shop/catalog"
	"example.com/shop/discount"
)

func TestWrite(t *testing.T) {
	cat, _ := catalog.New(catalog.Item{SKU: "pen", Name: "Pen", Price: 150})
	c := cart.New(cat)
	c.Add("pen", 4)
	var b strings.Builder
	total := Write(&b, c, discount.Threshold{Over: 500, Off: 100})
	if total != 500 {
		t.Errorf("total = %v, want $5.00", total)
	}
	if !strings.Contains(b.String(), "discount (threshold)") {
		t.Errorf("receipt lacks the discount:\n%s", b.String())
	}
}
