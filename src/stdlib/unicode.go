package unicode

type d [MaxCase]rune

var TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}
var AzeriCase = TurkishCase

func IsDigit(r rune) bool

var GraphicRanges []*RangeTable
var PrintRanges []*RangeTable

func IsGraphic(r rune) bool
func IsPrint(r rune) bool
func IsOneOf(ranges []*RangeTable, r rune) bool
func In(r rune, ranges ...*RangeTable) bool
func IsControl(r rune) bool
func IsLetter(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool

const MaxRune = '\U0010FFFF'
const ReplacementChar = '\uFFFD'
const MaxASCII = '\u007F'
const MaxLatin1 = '\u00FF'

type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type SpecialCase []CaseRange

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)
const UpperLower = MaxRune + 1

func Is(rangeTab *RangeTable, r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func To(_case int, r rune) rune
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func (special SpecialCase) ToUpper(r rune) rune { return special.to(UpperCase, r) }
func (special SpecialCase) ToTitle(r rune) rune { return special.to(TitleCase, r) }
func (special SpecialCase) ToLower(r rune) rune { return special.to(LowerCase, r) }

// to maps r by the special ranges first (binary search over sorted ranges), else by the
// standard mapping.
func (special SpecialCase) to(_case int, r rune) rune {
	lo, hi := 0, len(special)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := special[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// UpperLower: alternating upper and lower case from Lo.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1))
			}
			return r + delta
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return To(_case, r)
}
func SimpleFold(r rune) rune

const Version = "17.0.0"

var Categories map[string]*RangeTable
var Cc *RangeTable
var Cf *RangeTable
var Co *RangeTable
var Cs *RangeTable
var Digit *RangeTable
var Nd *RangeTable
var Letter *RangeTable
var L *RangeTable
var Lm *RangeTable
var Lo *RangeTable
var Lower *RangeTable
var Ll *RangeTable
var Mark *RangeTable
var M *RangeTable
var Mc *RangeTable
var Me *RangeTable
var Mn *RangeTable
var Nl *RangeTable
var No *RangeTable
var Number *RangeTable
var N *RangeTable
var Other *RangeTable
var C *RangeTable
var Pc *RangeTable
var Pd *RangeTable
var Pe *RangeTable
var Pf *RangeTable
var Pi *RangeTable
var Po *RangeTable
var Ps *RangeTable
var Punct *RangeTable
var P *RangeTable
var Sc *RangeTable
var Sk *RangeTable
var Sm *RangeTable
var So *RangeTable
var Space *RangeTable
var Z *RangeTable
var Symbol *RangeTable
var S *RangeTable
var Title *RangeTable
var Lt *RangeTable
var Upper *RangeTable
var Lu *RangeTable
var Zl *RangeTable
var Zp *RangeTable
var Zs *RangeTable
var Scripts map[string]*RangeTable
var Arabic *RangeTable
var Common *RangeTable
var Cyrillic *RangeTable
var Greek *RangeTable
var Han *RangeTable
var Hangul *RangeTable
var Hebrew *RangeTable
var Hiragana *RangeTable
var Katakana *RangeTable
var Latin *RangeTable
var Properties map[string]*RangeTable
var ASCII_Hex_Digit *RangeTable
var Dash *RangeTable
var Hex_Digit *RangeTable
var Ideographic *RangeTable
var Quotation_Mark *RangeTable
var White_Space *RangeTable
var CaseRanges []CaseRange
var FoldCategory map[string]*RangeTable
var FoldScript map[string]*RangeTable
