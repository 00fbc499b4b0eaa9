// Command shop rings up a cart: five packages of one module importing each other.
//
//	corgi run .          # prints a receipt
//	corgi test ./...     # tests every package
package main

import (
	"fmt"
	"os"

	"example.com/shop/cart"
	"example.com/shop/catalog"
	"example.com/shop/discount"
	"example.com/shop/money"
	"example.com/shop/receipt"
)

func main() {
	cat, err := catalog.New(
		catalog.Item{SKU: "pen", Name: "Gel pen", Price: money.FromDollars(1, 50)},
		catalog.Item{SKU: "pad", Name: "Notepad", Price: money.FromDollars(4, 25)},
		catalog.Item{SKU: "ink", Name: "Ink", Price: money.FromDollars(9, 99)},
	)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	c := cart.New(cat)
	for _, buy := range []struct {
		sku string
		qty int64
	}{{"pen", 12}, {"pad", 3}, {"ink", 1}, {"pen", 2}} {
		if err := c.Add(buy.sku, buy.qty); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	receipt.Write(os.Stdout, c,
		discount.Bulk{MinQty: 10, Percent: 10},
		discount.Threshold{Over: money.FromDollars(40, 0), Off: money.FromDollars(5, 0)},
	)
	if err := c.Add("mug", 1); err != nil {
		fmt.Println("error:", err)
	}
}
