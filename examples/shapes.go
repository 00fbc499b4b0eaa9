// shapes: structs, value and pointer methods, interfaces, embedding and a type switch (origin: the Go tour's methods chapter).
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct{ R float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

// Named embeds a Shape and adds a name.
type Named struct {
	Shape
	Name string
}

func (n *Named) Rename(s string) { n.Name = s }

func (n Named) String() string { return fmt.Sprintf("%s(%.2f)", n.Name, n.Area()) }

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case Circle:
		return fmt.Sprintf("circle r=%g", v.R)
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Rect{W: 2, H: 2}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-12s area=%.2f perimeter=%.2f\n", describe(s), s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area %.2f\n", total)
	n := &Named{Shape: Circle{2}, Name: "disc"}
	n.Rename("big disc")
	fmt.Println(n)
}
