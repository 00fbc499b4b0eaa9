package money

import "testing"

func TestString(t *testing.T) {
	cases := []struct {
		c    Cents
		want string
	}{
		{0, "$0.00"},
		{5, "$0.05"},
		{FromDollars(12, 30), "$12.30"},
		{-250, "-$2.50"},
	}
	for _, tc := range cases {
		t.Run(tc.want, func(t *testing.T) {
			if got := tc.c.String(); got != tc.want {
				t.Errorf("Cents(%d).String() = %q, want %q", int64(tc.c), got, tc.want)
			}
		})
	}
}

func TestPercent(t *testing.T) {
	if got := Cents(999).Percent(10); got != 100 {
		t.Errorf("10%% of 999 = %d, want 100", got)
	}
	if got := Cents(-999).Percent(10); got != -100 {
		t.Errorf("10%% of -999 = %d, want -100", got)
	}
}
