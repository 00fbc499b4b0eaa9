package main

import "fmt"

type F int

func (f F) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "F<%c %d %v %d %v %v %v>", verb, w, wok, p, pok, s.Flag('+'), s.Flag('#'))
}

func main() {
	fmt.Println(F(1))
	fmt.Printf("%+8.3x\n", F(2))
	fmt.Println([]F{1, 2})
	fmt.Printf("%#v\n", []F{3})
}

type PF struct{ n int }

func (p *PF) Format(s fmt.State, verb rune) {
	if p == nil {
		panic("nilpf")
	}
	fmt.Fprint(s, "pf", p.n)
	s.Write([]byte("!"))
}

type BF int

func (BF) Format(s fmt.State, verb rune) { panic(fmt.Sprintf("bad %c", verb)) }

func init() {
	var n *PF
	fmt.Println(&PF{3}, n, []*PF{{4}})
	fmt.Printf("[%5s] [%d]\n", BF(1), struct{ B BF }{2})
	fmt.Printf("%T\n", fmt.State(nil))
}
