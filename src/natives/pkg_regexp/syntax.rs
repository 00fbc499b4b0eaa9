//! Go's regexp/syntax parser, rewritten to emit the regex crate's syntax.
//!
//! The parser follows Go's rules (and error codes, with the part of the pattern Go quotes) for
//! Perl-flavoured RE2 syntax; what it emits is a pattern for `regex::bytes::Regex` that means
//! the same thing: every literal as a `\x{..}` escape, Perl classes (`\d \w \s`) and word
//! boundaries ASCII-only as in Go, Unicode class names resolved by Go's rules, capture groups
//! unnamed (Go allows duplicate names, the crate does not; the names are kept here), flags
//! restated before each atom they apply to, and the non-greedy flag folded into each operator.

use crate::format::utf8::decode_rune;
use std::fmt::Write;

/// A parse error: Go's error code and the text it quotes (regexp/syntax.Error).
pub struct SyntaxError {
    pub code: &'static str,
    pub expr: Vec<u8>,
}

impl SyntaxError {
    fn new(code: &'static str, expr: &[u8]) -> SyntaxError {
        SyntaxError { code, expr: expr.to_vec() }
    }
}

const INVALID_CHAR_RANGE: &str = "invalid character class range";
const INVALID_ESCAPE: &str = "invalid escape sequence";
const INVALID_NAMED_CAPTURE: &str = "invalid named capture";
const INVALID_PERL_OP: &str = "invalid or unsupported Perl syntax";
const INVALID_REPEAT_OP: &str = "invalid nested repetition operator";
const INVALID_REPEAT_SIZE: &str = "invalid repeat count";
const INVALID_UTF8: &str = "invalid UTF-8";
const MISSING_BRACKET: &str = "missing closing ]";
const MISSING_PAREN: &str = "missing closing )";
const MISSING_REPEAT_ARGUMENT: &str = "missing argument to repetition operator";
const TRAILING_BACKSLASH: &str = "trailing backslash at end of expression";
const UNEXPECTED_PAREN: &str = "unexpected )";
pub const NESTING_DEPTH: &str = "expression nests too deeply";
pub const LARGE: &str = "expression too large";

/// The result of translating a Go pattern.
pub struct Translated {
    /// The pattern in the regex crate's syntax.
    pub pattern: String,
    /// Capture names, index 0 (the whole match) and unnamed groups "".
    pub names: Vec<String>,
    /// Go's LiteralPrefix.
    pub prefix: String,
    pub complete: bool,
}

// Flags (Go's parser state that matters here).
const FOLD: u8 = 1;
const MULTI: u8 = 2; // not OneLine
const DOTNL: u8 = 4;
const NONGREEDY: u8 = 8;
const CRATE_FLAGS: u8 = FOLD | MULTI | DOTNL;

/// What the innermost open group (or the top level) has seen last, for repetition operators.
#[derive(Clone, Copy)]
enum Last {
    /// Nothing since the group opened or the last `|`: a repetition has no argument.
    None,
    /// An atom that starts at `start` in the output; `prod` is the largest product of counted
    /// repetitions on a path into it (Go's repeatIsValid).
    Item { start: usize, prod: u64, is_repeat: bool },
}

struct Level {
    last: Last,
    /// The largest repetition product of anything completed in this group.
    prod: u64,
    /// Flags and the crate's flags (if known) when the group opened.
    flags: u8,
    crate_flags: Option<u8>,
    /// Where the group's text starts in the output.
    start: usize,
    /// The height of the group's contents counting groups only (Go's limit is on its parse
    /// tree's height, which is at least this).
    height: usize,
}

struct Parser<'a> {
    whole: &'a [u8],
    out: String,
    names: Vec<String>,
    flags: u8,
    crate_flags: Option<u8>,
    levels: Vec<Level>,
}

fn next_rune(t: &[u8]) -> Result<(u32, &[u8]), SyntaxError> {
    let (c, w) = decode_rune(t);
    if c == 0xFFFD && w == 1 {
        return Err(SyntaxError::new(INVALID_UTF8, t));
    }
    Ok((c, t.get(w..).unwrap_or(&[])))
}

fn check_utf8(mut s: &[u8]) -> Result<(), SyntaxError> {
    while !s.is_empty() {
        let (_, rest) = next_rune(s)?;
        s = rest;
    }
    Ok(())
}

fn is_alnum(c: u32) -> bool {
    c < 0x80 && (c as u8).is_ascii_alphanumeric()
}

fn unhex(c: u32) -> Option<u32> {
    char::from_u32(c).and_then(|c| c.to_digit(16))
}

/// A rune for the crate, inside or outside a class.
fn lit(out: &mut String, c: u32) {
    if is_alnum(c) {
        out.push(c as u8 as char);
    } else {
        let _ = write!(out, "\\x{{{c:X}}}");
    }
}

const NOTHING: &str = "[^\\x{0}-\\x{10FFFF}]";

/// Go's Perl classes, ASCII only: (name, class items, negated).
fn perl_class(c: u8) -> Option<(&'static str, bool)> {
    Some(match c {
        b'd' => ("0-9", false),
        b'D' => ("0-9", true),
        b's' => ("\\x{9}\\x{A}\\x{C}\\x{D}\\x{20}", false),
        b'S' => ("\\x{9}\\x{A}\\x{C}\\x{D}\\x{20}", true),
        b'w' => ("0-9A-Za-z_", false),
        b'W' => ("0-9A-Za-z_", true),
        _ => return None,
    })
}

const POSIX: &[&str] = &[
    "alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "word",
    "xdigit",
];

/// Go's canonicalName: leading letter upper, rest lower, `_ - space` dropped.
fn canonical(name: &[u8]) -> Vec<u8> {
    let mut b = Vec::new();
    let mut first = true;
    for &c in name {
        if c == b'_' || c == b'-' || c == b' ' {
            continue;
        }
        if first {
            b.push(c.to_ascii_uppercase());
            first = false;
        } else {
            b.push(c.to_ascii_lowercase());
        }
    }
    b
}

const CATEGORIES: &[&str] = &[
    "C", "Cc", "Cf", "Cn", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl", "No",
    "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs",
];

const CATEGORY_ALIASES: &[(&str, &str)] = &[
    ("Cased_Letter", "LC"),
    ("Close_Punctuation", "Pe"),
    ("Combining_Mark", "M"),
    ("Connector_Punctuation", "Pc"),
    ("Control", "Cc"),
    ("Currency_Symbol", "Sc"),
    ("Dash_Punctuation", "Pd"),
    ("Decimal_Number", "Nd"),
    ("Enclosing_Mark", "Me"),
    ("Final_Punctuation", "Pf"),
    ("Format", "Cf"),
    ("Initial_Punctuation", "Pi"),
    ("Letter", "L"),
    ("Letter_Number", "Nl"),
    ("Line_Separator", "Zl"),
    ("Lowercase_Letter", "Ll"),
    ("Mark", "M"),
    ("Math_Symbol", "Sm"),
    ("Modifier_Letter", "Lm"),
    ("Modifier_Symbol", "Sk"),
    ("Nonspacing_Mark", "Mn"),
    ("Number", "N"),
    ("Open_Punctuation", "Ps"),
    ("Other", "C"),
    ("Other_Letter", "Lo"),
    ("Other_Number", "No"),
    ("Other_Punctuation", "Po"),
    ("Other_Symbol", "So"),
    ("Paragraph_Separator", "Zp"),
    ("Private_Use", "Co"),
    ("Punctuation", "P"),
    ("Separator", "Z"),
    ("Space_Separator", "Zs"),
    ("Spacing_Mark", "Mc"),
    ("Surrogate", "Cs"),
    ("Symbol", "S"),
    ("Titlecase_Letter", "Lt"),
    ("Unassigned", "Cn"),
    ("Uppercase_Letter", "Lu"),
    ("cntrl", "Cc"),
    ("digit", "Nd"),
    ("punct", "P"),
];

const SCRIPTS: &[&str] = &[
    "Adlam",
    "Ahom",
    "Anatolian_Hieroglyphs",
    "Arabic",
    "Armenian",
    "Avestan",
    "Balinese",
    "Bamum",
    "Bassa_Vah",
    "Batak",
    "Bengali",
    "Beria_Erfe",
    "Bhaiksuki",
    "Bopomofo",
    "Brahmi",
    "Braille",
    "Buginese",
    "Buhid",
    "Canadian_Aboriginal",
    "Carian",
    "Caucasian_Albanian",
    "Chakma",
    "Cham",
    "Cherokee",
    "Chorasmian",
    "Common",
    "Coptic",
    "Cuneiform",
    "Cypriot",
    "Cypro_Minoan",
    "Cyrillic",
    "Deseret",
    "Devanagari",
    "Dives_Akuru",
    "Dogra",
    "Duployan",
    "Egyptian_Hieroglyphs",
    "Elbasan",
    "Elymaic",
    "Ethiopic",
    "Garay",
    "Georgian",
    "Glagolitic",
    "Gothic",
    "Grantha",
    "Greek",
    "Gujarati",
    "Gunjala_Gondi",
    "Gurmukhi",
    "Gurung_Khema",
    "Han",
    "Hangul",
    "Hanifi_Rohingya",
    "Hanunoo",
    "Hatran",
    "Hebrew",
    "Hiragana",
    "Imperial_Aramaic",
    "Inherited",
    "Inscriptional_Pahlavi",
    "Inscriptional_Parthian",
    "Javanese",
    "Kaithi",
    "Kannada",
    "Katakana",
    "Kawi",
    "Kayah_Li",
    "Kharoshthi",
    "Khitan_Small_Script",
    "Khmer",
    "Khojki",
    "Khudawadi",
    "Kirat_Rai",
    "Lao",
    "Latin",
    "Lepcha",
    "Limbu",
    "Linear_A",
    "Linear_B",
    "Lisu",
    "Lycian",
    "Lydian",
    "Mahajani",
    "Makasar",
    "Malayalam",
    "Mandaic",
    "Manichaean",
    "Marchen",
    "Masaram_Gondi",
    "Medefaidrin",
    "Meetei_Mayek",
    "Mende_Kikakui",
    "Meroitic_Cursive",
    "Meroitic_Hieroglyphs",
    "Miao",
    "Modi",
    "Mongolian",
    "Mro",
    "Multani",
    "Myanmar",
    "Nabataean",
    "Nag_Mundari",
    "Nandinagari",
    "New_Tai_Lue",
    "Newa",
    "Nko",
    "Nushu",
    "Nyiakeng_Puachue_Hmong",
    "Ogham",
    "Ol_Chiki",
    "Ol_Onal",
    "Old_Hungarian",
    "Old_Italic",
    "Old_North_Arabian",
    "Old_Permic",
    "Old_Persian",
    "Old_Sogdian",
    "Old_South_Arabian",
    "Old_Turkic",
    "Old_Uyghur",
    "Oriya",
    "Osage",
    "Osmanya",
    "Pahawh_Hmong",
    "Palmyrene",
    "Pau_Cin_Hau",
    "Phags_Pa",
    "Phoenician",
    "Psalter_Pahlavi",
    "Rejang",
    "Runic",
    "Samaritan",
    "Saurashtra",
    "Sharada",
    "Shavian",
    "Siddham",
    "Sidetic",
    "SignWriting",
    "Sinhala",
    "Sogdian",
    "Sora_Sompeng",
    "Soyombo",
    "Sundanese",
    "Sunuwar",
    "Syloti_Nagri",
    "Syriac",
    "Tagalog",
    "Tagbanwa",
    "Tai_Le",
    "Tai_Tham",
    "Tai_Viet",
    "Tai_Yo",
    "Takri",
    "Tamil",
    "Tangsa",
    "Tangut",
    "Telugu",
    "Thaana",
    "Thai",
    "Tibetan",
    "Tifinagh",
    "Tirhuta",
    "Todhri",
    "Tolong_Siki",
    "Toto",
    "Tulu_Tigalari",
    "Ugaritic",
    "Vai",
    "Vithkuqi",
    "Wancho",
    "Warang_Citi",
    "Yezidi",
    "Yi",
    "Zanabazar_Square",
];

/// Go's unicodeTable lookup: the crate's spelling of the class and whether it is inverted.
fn unicode_table(name: &[u8]) -> Option<(String, bool)> {
    let name = canonical(name);
    let name = String::from_utf8_lossy(&name).into_owned();
    match name.as_str() {
        "Any" => return Some(("Any".into(), false)),
        "Assigned" => return Some(("gc=Cn".into(), true)),
        "Ascii" => return Some(("ASCII".into(), false)),
        "Lc" => return Some(("gc=LC".into(), false)),
        _ => {}
    }
    if CATEGORIES.contains(&name.as_str()) {
        return Some((format!("gc={name}"), false));
    }
    if let Some(s) = SCRIPTS.iter().find(|s| **s == name) {
        return Some((format!("sc={s}"), false));
    }
    if let Some((_, actual)) = CATEGORY_ALIASES.iter().find(|(a, _)| canonical(a.as_bytes()) == name.as_bytes()) {
        return Some((format!("gc={actual}"), false));
    }
    if let Some(s) = SCRIPTS.iter().find(|s| canonical(s.as_bytes()) == name.as_bytes()) {
        return Some((format!("sc={s}"), false));
    }
    None
}

impl<'a> Parser<'a> {
    fn level(&mut self) -> &mut Level {
        // There is always the top level.
        let n = self.levels.len();
        &mut self.levels[n - 1]
    }

    /// Restates the flags for the crate before an atom, if they may differ.
    fn sync_flags(&mut self) {
        let want = self.flags & CRATE_FLAGS;
        if self.crate_flags == Some(want) {
            return;
        }
        let mut on = String::new();
        let mut off = String::new();
        for (bit, ch) in [(FOLD, 'i'), (MULTI, 'm'), (DOTNL, 's')] {
            if want & bit != 0 { on.push(ch) } else { off.push(ch) }
        }
        if off.is_empty() {
            let _ = write!(self.out, "(?{on})");
        } else {
            let _ = write!(self.out, "(?{on}-{off})");
        }
        self.crate_flags = Some(want);
    }

    /// Emits an atom (text for the crate) as the last item of the current group.
    fn atom(&mut self, text: &str) {
        self.sync_flags();
        let start = self.out.len();
        self.out.push_str(text);
        let lv = self.level();
        if let Last::Item { prod, .. } = lv.last {
            lv.prod = lv.prod.max(prod);
        }
        lv.last = Last::Item { start, prod: 1, is_repeat: false };
        lv.height = lv.height.max(1);
    }

    fn literal(&mut self, c: u32) {
        if (0xD800..=0xDFFF).contains(&c) {
            // Go accepts a surrogate in a pattern; it matches nothing.
            self.atom(NOTHING);
            return;
        }
        let mut s = String::new();
        lit(&mut s, c);
        self.atom(&s);
    }

    /// A repetition operator: `op` is the crate's spelling (without `?`); `before` is the
    /// pattern from the operator on, `after` what follows it.
    fn repeat(
        &mut self,
        op: &str,
        count: Option<(i64, i64)>,
        before: &'a [u8],
        mut after: &'a [u8],
        last_repeat: Option<&'a [u8]>,
    ) -> Result<&'a [u8], SyntaxError> {
        let mut nongreedy = self.flags & NONGREEDY != 0;
        if after.first() == Some(&b'?') {
            after = &after[1..];
            nongreedy = !nongreedy;
        }
        if let Some(lr) = last_repeat {
            return Err(SyntaxError::new(INVALID_REPEAT_OP, &lr[..lr.len() - after.len()]));
        }
        let op_text = &before[..before.len() - after.len()];
        let lv = self.level();
        let Last::Item { start, prod, is_repeat } = lv.last else {
            return Err(SyntaxError::new(MISSING_REPEAT_ARGUMENT, op_text));
        };
        let mut prod = prod;
        if let Some((min, max)) = count {
            let m = if max < 0 { min } else { max };
            prod = if m == 0 { 1 } else { prod.saturating_mul(m as u64) };
            if (min >= 2 || max >= 2) && prod > 1000 {
                return Err(SyntaxError::new(INVALID_REPEAT_SIZE, op_text));
            }
        }
        if is_repeat {
            // Go allows a repetition of a repetition when flags came between (`a*(?i)*`).
            self.out.insert_str(start, "(?:");
            self.out.push(')');
        }
        self.out.push_str(op);
        if nongreedy {
            self.out.push('?');
        }
        let lv = self.level();
        lv.last = Last::Item { start, prod, is_repeat: true };
        Ok(after)
    }

    fn open(&mut self, name: Option<String>) {
        let cap = name.is_some();
        let start = self.out.len();
        if let Some(n) = name {
            self.names.push(n);
        }
        // The group's text starts with its parenthesis.
        self.out.push_str(if cap { "(" } else { "(?:" });
        let lv =
            Level { last: Last::None, prod: 1, flags: self.flags, crate_flags: self.crate_flags, start, height: 0 };
        self.levels.push(lv);
    }

    fn vertical_bar(&mut self) {
        let lv = self.level();
        if let Last::Item { prod, .. } = lv.last {
            lv.prod = lv.prod.max(prod);
        }
        lv.last = Last::None;
        self.out.push('|');
        // The crate's flag scoping across `|` need not be Go's: restate them.
        self.crate_flags = None;
    }

    fn close(&mut self) -> Result<(), SyntaxError> {
        if self.levels.len() < 2 {
            return Err(SyntaxError::new(UNEXPECTED_PAREN, self.whole));
        }
        let Some(mut lv) = self.levels.pop() else {
            return Err(SyntaxError::new(UNEXPECTED_PAREN, self.whole));
        };
        if let Last::Item { prod, .. } = lv.last {
            lv.prod = lv.prod.max(prod);
        }
        self.out.push(')');
        self.flags = lv.flags;
        self.crate_flags = lv.crate_flags;
        let height = lv.height.max(1) + 1;
        if height > 1000 {
            return Err(SyntaxError::new(NESTING_DEPTH, self.whole));
        }
        let outer = self.level();
        if let Last::Item { prod, .. } = outer.last {
            outer.prod = outer.prod.max(prod);
        }
        outer.last = Last::Item { start: lv.start, prod: lv.prod, is_repeat: false };
        outer.height = outer.height.max(height);
        Ok(())
    }

    /// `(?...`: flags, a non-capturing group or a named capture.
    fn perl_flags(&mut self, s: &'a [u8]) -> Result<&'a [u8], SyntaxError> {
        let t = s;
        let starts_p = t.len() > 4 && t[2] == b'P' && t[3] == b'<';
        let starts_name = t.len() > 3 && t[2] == b'<';
        if starts_p || starts_name {
            let expr_start = if starts_name { 3 } else { 4 };
            let Some(end) = t.iter().position(|&b| b == b'>') else {
                check_utf8(t)?;
                return Err(SyntaxError::new(INVALID_NAMED_CAPTURE, s));
            };
            let capture = &t[..end + 1];
            let name = t.get(expr_start..end).unwrap_or(&[]);
            check_utf8(name)?;
            if name.is_empty() || !name.iter().all(|&b| b == b'_' || b.is_ascii_alphanumeric()) {
                return Err(SyntaxError::new(INVALID_NAMED_CAPTURE, capture));
            }
            self.open(Some(String::from_utf8_lossy(name).into_owned()));
            return Ok(&t[end + 1..]);
        }
        let mut t = &t[2..];
        let mut flags = self.flags;
        let mut negate = false;
        let mut saw = false;
        while !t.is_empty() {
            let (c, rest) = next_rune(t)?;
            t = rest;
            let bit = match c {
                0x69 => FOLD,
                0x6D => MULTI,
                0x73 => DOTNL,
                0x55 => NONGREEDY,
                0x2D => {
                    if negate {
                        break;
                    }
                    negate = true;
                    saw = false;
                    continue;
                }
                0x3A | 0x29 => {
                    if negate && !saw {
                        break;
                    }
                    if c == 0x3A {
                        self.open(None);
                    }
                    self.flags = flags;
                    return Ok(t);
                }
                _ => break,
            };
            if negate {
                flags &= !bit
            } else {
                flags |= bit
            }
            saw = true;
        }
        Err(SyntaxError::new(INVALID_PERL_OP, &s[..s.len() - t.len()]))
    }

    /// `\p{Name}` or `\pN` (and `\P`) at the start of `s`: the crate's class text.
    fn unicode_class(&mut self, s: &'a [u8]) -> Result<Option<(String, &'a [u8])>, SyntaxError> {
        if s.len() < 2 || s[0] != b'\\' || (s[1] != b'p' && s[1] != b'P') {
            return Ok(None);
        }
        let mut negated = s[1] == b'P';
        let t = &s[2..];
        let (c, w) = decode_rune(t);
        if c == 0xFFFD && w == 1 {
            return Err(SyntaxError::new(INVALID_UTF8, t));
        }
        let (seq, mut name, rest): (&[u8], &[u8], &[u8]) = if c != u32::from(b'{') {
            let seq = &s[..2 + w];
            (seq, &seq[2..], &s[2 + w..])
        } else {
            let Some(end) = s.iter().position(|&b| b == b'}') else {
                check_utf8(s)?;
                return Err(SyntaxError::new(INVALID_CHAR_RANGE, s));
            };
            let name = s.get(3..end).unwrap_or(&[]);
            check_utf8(name)?;
            (&s[..end + 1], name, &s[end + 1..])
        };
        if name.first() == Some(&b'^') {
            negated = !negated;
            name = &name[1..];
        }
        let Some((crate_name, inverted)) = unicode_table(name) else {
            return Err(SyntaxError::new(INVALID_CHAR_RANGE, seq));
        };
        let p = if negated != inverted { 'P' } else { 'p' };
        Ok(Some((format!("\\{p}{{{crate_name}}}"), rest)))
    }

    /// An escape (`\` at the start of `s`) standing for one rune.
    fn escape(&self, s: &'a [u8]) -> Result<(u32, &'a [u8]), SyntaxError> {
        let t = &s[1..];
        if t.is_empty() {
            return Err(SyntaxError::new(TRAILING_BACKSLASH, b""));
        }
        let (c, mut t) = next_rune(t)?;
        let bad = |t: &[u8]| SyntaxError::new(INVALID_ESCAPE, &s[..s.len() - t.len()]);
        let octal = |b: Option<&u8>| b.is_some_and(|b| (b'0'..=b'7').contains(b));
        match c {
            0x30..=0x37 => {
                if c != 0x30 && !octal(t.first()) {
                    return Err(bad(t));
                }
                let mut r = c - 0x30;
                for _ in 1..3 {
                    if !octal(t.first()) {
                        break;
                    }
                    r = r * 8 + u32::from(t[0] - b'0');
                    t = &t[1..];
                }
                Ok((r, t))
            }
            0x78 => {
                if t.is_empty() {
                    return Err(bad(t));
                }
                let (c, rest) = next_rune(t)?;
                t = rest;
                if c == u32::from(b'{') {
                    let mut nhex = 0;
                    let mut r: u32 = 0;
                    loop {
                        if t.is_empty() {
                            return Err(bad(t));
                        }
                        let (c, rest) = next_rune(t)?;
                        t = rest;
                        if c == u32::from(b'}') {
                            break;
                        }
                        let Some(v) = unhex(c) else { return Err(bad(t)) };
                        r = r * 16 + v;
                        if r > 0x10FFFF {
                            return Err(bad(t));
                        }
                        nhex += 1;
                    }
                    if nhex == 0 {
                        return Err(bad(t));
                    }
                    return Ok((r, t));
                }
                let x = unhex(c);
                let (c2, rest) = if t.is_empty() { (0xFFFD, t) } else { next_rune(t)? };
                t = rest;
                match (x, unhex(c2)) {
                    (Some(x), Some(y)) => Ok((x * 16 + y, t)),
                    _ => Err(bad(t)),
                }
            }
            0x61 => Ok((7, t)),
            0x66 => Ok((12, t)),
            0x6E => Ok((10, t)),
            0x72 => Ok((13, t)),
            0x74 => Ok((9, t)),
            0x76 => Ok((11, t)),
            _ if c < 0x80 && !is_alnum(c) => Ok((c, t)),
            _ => Err(bad(t)),
        }
    }

    fn class_char(&self, s: &'a [u8], whole: &[u8]) -> Result<(u32, &'a [u8]), SyntaxError> {
        if s.is_empty() {
            return Err(SyntaxError::new(MISSING_BRACKET, whole));
        }
        if s[0] == b'\\' {
            return self.escape(s);
        }
        next_rune(s)
    }

    /// A bracketed class at the start of `s`.
    fn class(&mut self, s: &'a [u8]) -> Result<&'a [u8], SyntaxError> {
        let mut t = &s[1..];
        let mut negated = false;
        if t.first() == Some(&b'^') {
            negated = true;
            t = &t[1..];
        }
        let mut items = String::new();
        let mut first = true;
        while t.is_empty() || t[0] != b']' || first {
            first = false;
            if t.len() > 2
                && t[0] == b'['
                && t[1] == b':'
                && let Some(i) = t[2..].windows(2).position(|w| w == b":]")
            {
                let name = &t[..i + 4];
                let inner = &name[2..name.len() - 2];
                let bare = inner.strip_prefix(b"^").unwrap_or(inner);
                if !POSIX.iter().any(|p| p.as_bytes() == bare) {
                    return Err(SyntaxError::new(INVALID_CHAR_RANGE, name));
                }
                items.push_str(&String::from_utf8_lossy(name));
                t = &t[i + 4..];
                continue;
            }
            if let Some((text, rest)) = self.unicode_class(t)? {
                items.push_str(&text);
                t = rest;
                continue;
            }
            if t.len() >= 2
                && t[0] == b'\\'
                && let Some((set, neg)) = perl_class(t[1])
            {
                if neg {
                    let _ = write!(items, "[^{set}]");
                } else {
                    items.push_str(set);
                }
                t = &t[2..];
                continue;
            }
            let rng = t;
            let (lo, rest) = self.class_char(t, s)?;
            t = rest;
            let mut hi = lo;
            if t.len() >= 2 && t[0] == b'-' && t[1] != b']' {
                let (h, rest) = self.class_char(&t[1..], s)?;
                t = rest;
                hi = h;
                if hi < lo {
                    return Err(SyntaxError::new(INVALID_CHAR_RANGE, &rng[..rng.len() - t.len()]));
                }
            }
            // The crate refuses surrogates; Go's classes hold them but nothing decodes to them.
            let (lo, hi) = (if (0xD800..=0xDFFF).contains(&lo) { 0xE000 } else { lo }, {
                if (0xD800..=0xDFFF).contains(&hi) { 0xD7FF } else { hi }
            });
            if lo > hi {
                continue;
            }
            lit(&mut items, lo);
            if hi != lo {
                items.push('-');
                lit(&mut items, hi);
            }
        }
        t = &t[1..];
        let text = match (items.is_empty(), negated) {
            (true, false) => NOTHING.to_string(),
            (true, true) => "[\\x{0}-\\x{10FFFF}]".to_string(),
            (false, false) => format!("[{items}]"),
            (false, true) => format!("[^{items}]"),
        };
        self.atom(&text);
        Ok(t)
    }

    fn parse(&mut self) -> Result<(), SyntaxError> {
        let mut t: &'a [u8] = self.whole;
        let mut last_repeat: Option<&'a [u8]> = None;
        while !t.is_empty() {
            let mut repeat: Option<&'a [u8]> = None;
            match t[0] {
                b'(' => {
                    if t.len() >= 2 && t[1] == b'?' {
                        t = self.perl_flags(t)?;
                    } else {
                        self.open(Some(String::new()));
                        t = &t[1..];
                    }
                }
                b'|' => {
                    self.vertical_bar();
                    t = &t[1..];
                }
                b')' => {
                    self.close()?;
                    t = &t[1..];
                }
                b'^' => {
                    self.atom("^");
                    t = &t[1..];
                }
                b'$' => {
                    self.atom("$");
                    t = &t[1..];
                }
                b'.' => {
                    self.atom(".");
                    t = &t[1..];
                }
                b'[' => t = self.class(t)?,
                b'*' | b'+' | b'?' => {
                    let op = match t[0] {
                        b'*' => "*",
                        b'+' => "+",
                        _ => "?",
                    };
                    let before = t;
                    t = self.repeat(op, None, before, &t[1..], last_repeat)?;
                    repeat = Some(before);
                }
                b'{' => {
                    let before = t;
                    match parse_repeat(t) {
                        None => {
                            self.literal(u32::from(b'{'));
                            t = &t[1..];
                        }
                        Some((min, max, after)) => {
                            if !(0..=1000).contains(&min) || max > 1000 || (max >= 0 && min > max) {
                                return Err(SyntaxError::new(
                                    INVALID_REPEAT_SIZE,
                                    &before[..before.len() - after.len()],
                                ));
                            }
                            let op = if max == min {
                                format!("{{{min}}}")
                            } else if max < 0 {
                                format!("{{{min},}}")
                            } else {
                                format!("{{{min},{max}}}")
                            };
                            t = self.repeat(&op, Some((min, max)), before, after, last_repeat)?;
                            repeat = Some(before);
                        }
                    }
                }
                b'\\' => t = self.backslash(t)?,
                _ => {
                    let (c, rest) = next_rune(t)?;
                    self.literal(c);
                    t = rest;
                }
            }
            last_repeat = repeat;
        }
        if self.levels.len() != 1 {
            return Err(SyntaxError::new(MISSING_PAREN, self.whole));
        }
        Ok(())
    }

    fn backslash(&mut self, t: &'a [u8]) -> Result<&'a [u8], SyntaxError> {
        if t.len() >= 2 {
            match t[1] {
                b'A' => {
                    self.atom("\\A");
                    return Ok(&t[2..]);
                }
                b'b' => {
                    self.atom("(?-u:\\b)");
                    return Ok(&t[2..]);
                }
                b'B' => {
                    self.atom("(?-u:\\B)");
                    return Ok(&t[2..]);
                }
                b'C' => return Err(SyntaxError::new(INVALID_ESCAPE, &t[..2])),
                b'Q' => {
                    let rest = &t[2..];
                    let (mut lit, after) = match rest.windows(2).position(|w| w == b"\\E") {
                        Some(i) => (&rest[..i], &rest[i + 2..]),
                        None => (rest, &rest[rest.len()..]),
                    };
                    while !lit.is_empty() {
                        let (c, r) = next_rune(lit)?;
                        self.literal(c);
                        lit = r;
                    }
                    return Ok(after);
                }
                b'z' => {
                    self.atom("\\z");
                    return Ok(&t[2..]);
                }
                _ => {}
            }
        }
        if let Some((text, rest)) = self.unicode_class(t)? {
            self.atom(&text);
            return Ok(rest);
        }
        if t.len() >= 2
            && let Some((set, neg)) = perl_class(t[1])
        {
            self.atom(&format!("[{}{set}]", if neg { "^" } else { "" }));
            return Ok(&t[2..]);
        }
        let (c, rest) = self.escape(t)?;
        self.literal(c);
        Ok(rest)
    }
}

/// Go's parseRepeat: `{min}`, `{min,}` (max -1) or `{min,max}`; None if `s` is not of that form;
/// min -1 if a number is too big.
fn parse_repeat(s: &[u8]) -> Option<(i64, i64, &[u8])> {
    let s = s.strip_prefix(b"{")?;
    let (mut min, s) = parse_int(s)?;
    let (max, s) = match s.first()? {
        b',' => {
            let s = &s[1..];
            match s.first()? {
                b'}' => (-1, s),
                _ => {
                    let (max, s) = parse_int(s)?;
                    if max < 0 {
                        min = -1;
                    }
                    (max, s)
                }
            }
        }
        _ => (min, s),
    };
    let rest = s.strip_prefix(b"}")?;
    Some((min, max, rest))
}

fn parse_int(s: &[u8]) -> Option<(i64, &[u8])> {
    if !s.first()?.is_ascii_digit() {
        return None;
    }
    if s.len() >= 2 && s[0] == b'0' && s[1].is_ascii_digit() {
        return None;
    }
    let n = s.iter().take_while(|b| b.is_ascii_digit()).count();
    let mut v: i64 = 0;
    for &d in &s[..n] {
        if v >= 100_000_000 {
            v = -1;
            break;
        }
        v = v * 10 + i64::from(d - b'0');
    }
    Some((v, &s[n..]))
}

/// Translates Go pattern `expr` (Perl syntax, as regexp.Compile parses it).
pub fn translate(expr: &[u8]) -> Result<Translated, SyntaxError> {
    let mut p = Parser {
        whole: expr,
        out: String::new(),
        names: vec![String::new()],
        flags: 0,
        crate_flags: Some(0),
        levels: vec![Level { last: Last::None, prod: 1, flags: 0, crate_flags: Some(0), start: 0, height: 1 }],
    };
    p.parse()?;
    let (prefix, complete) = literal_prefix(expr);
    Ok(Translated { pattern: p.out, names: p.names, prefix, complete })
}

/// Go's LiteralPrefix for the common shapes: a leading run of plain literals (after `^`, the
/// prefix Go's one-pass matcher reports). A pattern that starts otherwise has none.
fn literal_prefix(expr: &[u8]) -> (String, bool) {
    if has_top_level_bar(expr) {
        return (String::new(), false);
    }
    let (anchored, mut t) = match expr.strip_prefix(b"^") {
        Some(rest) => (true, rest),
        None => (false, expr),
    };
    let mut prefix = String::new();
    while let Some(&b) = t.first() {
        let (c, rest) = if b == b'\\' {
            match t.get(1) {
                Some(&e) if e < 0x80 && !e.is_ascii_alphanumeric() => (u32::from(e), &t[2..]),
                _ => break,
            }
        } else if let Some(x) = single_class(t) {
            x
        } else if b"()|[]{}*+?.^$".contains(&b) {
            break;
        } else {
            match next_rune(t) {
                Ok(x) => x,
                Err(_) => break,
            }
        };
        match rest.first() {
            Some(b'*' | b'?' | b'{') => break,
            Some(b'+') => {
                if let Some(ch) = char::from_u32(c) {
                    prefix.push(ch);
                }
                return (prefix, false);
            }
            _ => {}
        }
        let Some(ch) = char::from_u32(c).filter(|&ch| ch != '\u{FFFD}') else { break };
        prefix.push(ch);
        t = rest;
    }
    if anchored {
        // Go's one-pass prefix: complete only as `^lit$`.
        return (prefix, t == b"$");
    }
    let complete = t.is_empty();
    (prefix, complete)
}

/// Whether the (valid) pattern has a `|` outside groups and classes.
fn has_top_level_bar(expr: &[u8]) -> bool {
    let (mut depth, mut in_class, mut i) = (0usize, false, 0);
    while i < expr.len() {
        match expr[i] {
            b'\\' => i += 1,
            b'[' if !in_class => {
                in_class = true;
                // A `]` first in the class is a literal.
                if expr.get(i + 1) == Some(&b'^') {
                    i += 1;
                }
                if expr.get(i + 1) == Some(&b']') {
                    i += 1;
                }
            }
            b']' if in_class => in_class = false,
            b'(' if !in_class => depth += 1,
            b')' if !in_class => depth = depth.saturating_sub(1),
            b'|' if !in_class && depth == 0 => return true,
            _ => {}
        }
        i += 1;
    }
    false
}

/// A class of one rune, `[x]` (Go makes it a literal).
fn single_class(t: &[u8]) -> Option<(u32, &[u8])> {
    let rest = t.strip_prefix(b"[")?;
    let (c, rest) = next_rune(rest).ok()?;
    if [b'^', b']', b'\\', b'['].iter().any(|&b| u32::from(b) == c) {
        return None;
    }
    Some((c, rest.strip_prefix(b"]")?))
}
