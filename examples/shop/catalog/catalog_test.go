package catalog_test

import (
	"errors"
	"fmt"
	"testing"

	"example.com/shop/catalog"
)

func TestDuplicate(t *testing.T) {
	_, err := catalog.New(catalog.Item{SKU: "a"}, catalog.Item{SKU: "a"})
	if err == nil {
		t.Fatal("duplicate SKU accepted")
	}
}

func TestUnknown(t *testing.T) {
	c, _ := catalog.New()
	if _, err := c.Lookup("zz"); !errors.Is(err, catalog.ErrUnknown) {
		t.Fatalf("Lookup(zz) error = %v, want ErrUnknown", err)
	}
}

func ExampleCatalog_SKUs() {
	c, _ := catalog.New(catalog.Item{SKU: "pen"}, catalog.Item{SKU: "ink"}, catalog.Item{SKU: "pad"})
	fmt.Println(c.SKUs())
	// Output: [ink pad pen]
}
