// Package catalog is the list of things the shop sells.
package catalog

import (
	"fmt"
	"sort"

	"example.com/shop/money"
)

// Item is one product.
type Item struct {
	SKU   string
	Name  string
	Price money.Cents
}

// Catalog maps SKUs to items.
type Catalog struct {
	items map[string]Item
}

// New builds a catalog; a repeated SKU is an error.
func New(items ...Item) (*Catalog, error) {
	c := &Catalog{items: make(map[string]Item)}
	for _, it := range items {
		if _, dup := c.items[it.SKU]; dup {
			return nil, fmt.Errorf("catalog: duplicate SKU %q", it.SKU)
		}
		c.items[it.SKU] = it
	}
	return c, nil
}

// ErrUnknown is returned (wrapped) for a SKU the catalog does not have.
var ErrUnknown = fmt.Errorf("unknown SKU")

// Lookup finds an item by SKU.
func (c *Catalog) Lookup(sku string) (Item, error) {
	it, ok := c.items[sku]
	if !ok {
		return Item{}, fmt.Errorf("catalog: %w: %s", ErrUnknown, sku)
	}
	return it, nil
}

// SKUs lists every SKU in order.
func (c *Catalog) SKUs() []string {
	skus := make([]string, 0, len(c.items))
	for s := range c.items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	return skus
}
