package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID   int    `json:"id"`
	Note string `json:"note,omitempty"`
}

type Named struct {
	Name string
}

type inner struct {
	Hidden  int
	Visible string `json:"visible"`
}

type Conflict1 struct{ Dup int }
type Conflict2 struct{ Dup int }

type Tagged1 struct {
	X int `json:"x"`
}
type Tagged2 struct {
	X int
}

type Item struct {
	Base
	*Named
	inner
	Conflict1
	Conflict2
	Tagged1
	Tagged2
	Title    string            `json:"title"`
	Skip     string            `json:"-"`
	Dash     string            `json:"-,"`
	Count    int               `json:",omitempty"`
	Ptr      *int              `json:"ptr,omitempty"`
	Tags     []string          `json:"tags,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Flag     bool              `json:"flag,omitempty"`
	Num      int64             `json:"num,string"`
	F        float64           `json:"f,string"`
	B        bool              `json:"b,string"`
	S        string            `json:"s,string"`
	Any      any               `json:"any,omitempty"`
	private  int
	Weird    int `json:"we ird!"`
	Zero     Base `json:"zero,omitzero"`
	Arr      [0]int `json:"arr,omitempty"`
}

func main() {
	seven := 7
	it := Item{Title: "t", Skip: "no", Dash: "yes", Num: 12, F: 2.5, B: true, S: "q\"s"}
	it.ID = 1
	it.Named = &Named{"nm"}
	it.Hidden = 3
	it.Visible = "v"
	it.Tagged1.X = 5
	it.Conflict1.Dup = 9
	b, err := json.Marshal(it)
	fmt.Println(string(b), err)
	it.Named = nil
	it.Ptr = &seven
	it.Tags = []string{"a"}
	it.Count = 2
	it.Zero.ID = 4
	it.Any = 0
	b, err = json.Marshal(it)
	fmt.Println(string(b), err)

	var back Item
	err = json.Unmarshal([]byte(`{"id":10,"Name":"n2","visible":"vv","Hidden":4,"title":"T","TITLE":"T2","x":6,"X":7,"num":"99","f":"1.25","b":"false","s":"\"quoted\"","-":"dash","ptr":8,"tags":["x","y"],"meta":{"k":"v"},"Dup":3}`), &back)
	fmt.Println(err)
	fmt.Println(back.ID, back.Named != nil && back.Named.Name == "n2", back.Visible, back.Hidden, back.Title, back.Tagged1.X, back.Tagged2.X)
	fmt.Println(back.Num, back.F, back.B, back.S, back.Dash, *back.Ptr, back.Tags, back.Meta, back.Conflict1.Dup, back.Conflict2.Dup)
}
