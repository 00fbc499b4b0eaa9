// Package cart holds what a customer is buying.
package cart

import (
	"sync"

	"example.com/shop/catalog"
	"example.com/shop/money"
)

// Line is a quantity of one item.
type Line struct {
	Item catalog.Item
	Qty  int64
}

// Total is the line's price.
func (l Line) Total() money.Cents { return l.Item.Price * money.Cents(l.Qty) }

// Cart is safe for use by several goroutines at once.
type Cart struct {
	mu    sync.Mutex
	lines []Line
	cat   *catalog.Catalog
}

// New returns an empty cart over a catalog.
func New(c *catalog.Catalog) *Cart { return &Cart{cat: c} }

// Add puts qty of the item with this SKU in the cart.
func (c *Cart) Add(sku string, qty int64) error {
	it, err := c.cat.Lookup(sku)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := range c.lines {
		if c.lines[i].Item.SKU == sku {
			c.lines[i].Qty += qty
			return nil
		}
	}
	c.lines = append(c.lines, Line{Item: it, Qty: qty})
	return nil
}

// Lines returns a copy of the cart's lines.
func (c *Cart) Lines() []Line {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Line(nil), c.lines...)
}

// Subtotal sums the lines.
func (c *Cart) Subtotal() money.Cents {
	var sum money.Cents
	for _, l := range c.Lines() {
		sum += l.Total()
	}
	return sum
}
