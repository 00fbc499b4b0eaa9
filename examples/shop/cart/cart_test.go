package cart

import (
	"sync"
	"testing"

	"example.com/shop/catalog"
)

func testCatalog(t *testing.T) *catalog.Catalog {
	t.Helper()
	c, err := catalog.New(catalog.Item{SKU: "pen", Price: 150}, catalog.Item{SKU: "pad", Price: 425})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestConcurrentAdds(t *testing.T) {
	t.Parallel()
	c := New(testCatalog(t))
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := c.Add("pen", 1); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if got := c.Lines()[0].Qty; got != 100 {
		t.Errorf("Qty = %d, want 100", got)
	}
}

func TestSubtotal(t *testing.T) {
	t.Parallel()
	c := New(testCatalog(t))
	c.Add("pen", 2)
	c.Add("pad", 1)
	if got := c.Subtotal().String(); got != "$7.25" {
		t.Errorf("Subtotal = %s, want $7.25", got)
	}
	if err := c.Add("nope", 1); err == nil {
		t.Error("unknown SKU added")
	}
}
