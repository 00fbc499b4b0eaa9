package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %.1f}`, float64(c))), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var v struct{ Celsius float64 }
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*c = Celsius(v.Celsius)
	return nil
}

type Level int

func (l Level) MarshalText() ([]byte, error) {
	switch l {
	case 0:
		return []byte("low"), nil
	case 1:
		return []byte("high"), nil
	}
	return nil, errors.New("bad level")
}

func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 0
	case "high":
		*l = 1
	default:
		return fmt.Errorf("unknown level %q", b)
	}
	return nil
}

type PtrOnly struct{ v int }

func (p *PtrOnly) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprint(p.v * 100)), nil }

type Upper string

func (u *Upper) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*u = Upper(strings.ToUpper(s))
	return nil
}

type Reading struct {
	Temp   Celsius          `json:"temp"`
	Lvl    Level            `json:"lvl"`
	ByLvl  map[Level]string `json:"by_lvl"`
	When   time.Time        `json:"when"`
	P      PtrOnly          `json:"p"`
	PP     *PtrOnly         `json:"pp"`
	Who    Upper            `json:"who"`
	Levels []Level          `json:"levels"`
}

func main() {
	r := Reading{Temp: 21.55, Lvl: 1, ByLvl: map[Level]string{0: "l", 1: "h"},
		When: time.Date(2023, 1, 2, 3, 4, 5, 0, time.FixedZone("X", 3600)), P: PtrOnly{2}, Levels: []Level{0, 1}}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&r)
	fmt.Println(string(b), err)

	var back Reading
	err = json.Unmarshal([]byte(`{"temp":{"celsius":-3.5},"lvl":"low","by_lvl":{"high":"H"},"when":"2020-05-06T07:08:09Z","who":"bob","levels":["high","low"]}`), &back)
	fmt.Println(err, back.Temp, back.Lvl, back.ByLvl, back.When, back.Who, back.Levels)

	fmt.Println(json.Unmarshal([]byte(`{"lvl":"medium"}`), &back))
	fmt.Println(json.Unmarshal([]byte(`{"lvl":5}`), &back))
	fmt.Println(json.Unmarshal([]byte(`{"when":"yesterday"}`), &back))
	fmt.Println(json.Unmarshal([]byte(`{"temp":{"celsius":"hot"}}`), &back))

	_, err = json.Marshal(Level(7))
	fmt.Println(err)
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me))
	_, err = json.Marshal(map[Level]int{5: 1})
	fmt.Println(err)

	raw := json.RawMessage(`[1,2]`)
	b, _ = json.Marshal(struct {
		R  json.RawMessage
		RP *json.RawMessage
		N  json.RawMessage
	}{raw, &raw, nil})
	fmt.Println(string(b))

	var env struct {
		Kind string
		Data json.RawMessage
	}
	json.Unmarshal([]byte(`{"Kind":"pt","Data": {"x": 1,  "y": 2}}`), &env)
	fmt.Println(env.Kind, string(env.Data))

	var ute *json.UnmarshalTypeError
	err = json.Unmarshal([]byte(`{"Kind":5}`), &env)
	fmt.Println(errors.As(err, &ute), ute.Value, ute.Type, ute.Field)
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"Kind":}`), &env)
	fmt.Println(errors.As(err, &se), se.Offset)
}
