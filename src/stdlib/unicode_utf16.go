package utf16

// UTF-16 encoding and decoding, in Go.

const (
	replacementChar = '\uFFFD'
	maxRune         = '\U0010FFFF'
	surr1           = 0xd800
	surr2           = 0xdc00
	surr3           = 0xe000
	surrSelf        = 0x10000
)

// IsSurrogate reports whether r can appear in a surrogate pair.
func IsSurrogate(r rune) bool { return surr1 <= r && r < surr3 }

// DecodeRune returns the rune of the surrogate pair r1, r2, or U+FFFD if it is not one.
func DecodeRune(r1, r2 rune) rune {
	if surr1 <= r1 && r1 < surr2 && surr2 <= r2 && r2 < surr3 {
		return (r1-surr1)<<10 | (r2 - surr2) + surrSelf
	}
	return replacementChar
}

// EncodeRune returns the surrogate pair of r, or U+FFFD twice if r needs none or is invalid.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < surrSelf || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= surrSelf
	return surr1 + (r>>10)&0x3ff, surr2 + r&0x3ff
}

// RuneLen is the number of 16-bit words of r's encoding, or -1 if r is not a valid rune.
func RuneLen(r rune) int {
	switch {
	case 0 <= r && r < surr1, surr3 <= r && r < surrSelf:
		return 1
	case surrSelf <= r && r <= maxRune:
		return 2
	}
	return -1
}

func Encode(s []rune) []uint16 {
	n := 0
	for _, r := range s {
		if RuneLen(r) == 2 {
			n += 2
		} else {
			n++
		}
	}
	a := make([]uint16, 0, n)
	for _, r := range s {
		a = AppendRune(a, r)
	}
	return a
}

func AppendRune(a []uint16, r rune) []uint16 {
	switch {
	case 0 <= r && r < surr1, surr3 <= r && r < surrSelf:
		return append(a, uint16(r))
	case surrSelf <= r && r <= maxRune:
		r1, r2 := EncodeRune(r)
		return append(a, uint16(r1), uint16(r2))
	}
	return append(a, replacementChar)
}

func Decode(s []uint16) []rune {
	a := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		r := rune(s[i])
		switch {
		case r < surr1, surr3 <= r:
		case surr1 <= r && r < surr2 && i+1 < len(s) && surr2 <= s[i+1] && s[i+1] < surr3:
			r = DecodeRune(r, rune(s[i+1]))
			i++
		default:
			r = replacementChar
		}
		a = append(a, r)
	}
	return a
}
