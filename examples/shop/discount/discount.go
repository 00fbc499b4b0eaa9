// Package discount decides what a cart saves.
package discount

import (
	"example.com/shop/cart"
	"example.com/shop/money"
)

// Rule is one kind of discount.
type Rule interface {
	Name() string
	Apply(c *cart.Cart) money.Cents
}

// Bulk takes Percent off a line of at least MinQty items.
type Bulk struct {
	MinQty  int64
	Percent int64
}

func (b Bulk) Name() string { return "bulk" }

func (b Bulk) Apply(c *cart.Cart) money.Cents {
	var off money.Cents
	for _, l := range c.Lines() {
		if l.Qty >= b.MinQty {
			off += l.Total().Percent(b.Percent)
		}
	}
	return off
}

// Threshold takes Off from a subtotal of at least Over.
type Threshold struct {
	Over, Off money.Cents
}

func (t Threshold) Name() string { return "threshold" }

func (t Threshold) Apply(c *cart.Cart) money.Cents {
	if c.Subtotal() >= t.Over {
		return t.Off
	}
	return 0
}

// Best is the rule that saves the most, and how much; ties go to the earlier rule.
func Best(c *cart.Cart, rules ...Rule) (Rule, money.Cents) {
	var best Rule
	var most money.Cents
	for _, r := range rules {
		if off := r.Apply(c); best == nil || off > most {
			best, most = r, off
		}
	}
	return best, most
}
