package discount

import (
	"testing"

	"example.com/shop/cart"
	"example.com/shop/catalog"
)

func TestBest(t *testing.T) {
	cat, _ := catalog.New(catalog.Item{SKU: "pen", Price: 200})
	c := cart.New(cat)
	c.Add("pen", 10)
	rules := []Rule{Bulk{MinQty: 10, Percent: 15}, Threshold{Over: 1000, Off: 250}}
	r, off := Best(c, rules...)
	if r.Name() != "bulk" || off != 300 {
		t.Errorf("Best = %s %v, want bulk $3.00", r.Name(), off)
	}
	if testing.Short() {
		t.Skip("the empty-cart case is slow to explain")
	}
	if _, off := Best(cart.New(cat), rules...); off != 0 {
		t.Errorf("an empty cart saves %v", off)
	}
}
