// Package receipt prints what was bought.
package receipt

import (
	"fmt"
	"io"
	"strings"

	"example.com/shop/cart"
	"example.com/shop/discount"
	"example.com/shop/money"
)

// Write prints the cart's lines, the best discount and the total.
func Write(w io.Writer, c *cart.Cart, rules ...discount.Rule) money.Cents {
	for _, l := range c.Lines() {
		fmt.Fprintf(w, "%-10s %3d x %8v = %9v\n", l.Item.Name, l.Qty, l.Item.Price, l.Total())
	}
	sub := c.Subtotal()
	total := sub
	fmt.Fprintln(w, strings.Repeat("-", 36))
	if r, off := discount.Best(c, rules...); off > 0 {
		fmt.Fprintf(w, "%-25s -%9v\n", "discount ("+r.Name()+")", off)
		total -= off
	}
	fmt.Fprintf(w, "%-25s %10v\n", "total", total)
	return total
}
