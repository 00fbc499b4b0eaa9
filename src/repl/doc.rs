//! `:doc NAME`: a declaration and its doc comment, shown as `go doc` shows them (the declaration,
//! then the comment's text indented). Standard packages are read off their surfaces
//! (`src/stdlib/*.go`), so a package need not be loaded first; `Type.Method` finds a method.
//! Functions show their signature only, struct and interface types their exported members.

/// The doc of `name` (`Member` or `Type.Method`) in Go source `src`.
pub fn find(src: &str, name: &str) -> Option<String> {
    let lines: Vec<&str> = src.lines().collect();
    let (ty, member) = match name.split_once('.') {
        Some((t, m)) => (Some(t), m),
        None => (None, name),
    };
    let mut group: Option<&str> = None;
    for (i, line) in lines.iter().enumerate() {
        if let Some(kw) = group {
            if line.starts_with(')') {
                group = None;
            } else if ty.is_none() && line.starts_with('\t') && !line.starts_with("\t\t") && first_word(line) == member
            {
                return Some(render(&lines, i, format!("{kw} {}", line.trim())));
            }
            continue;
        }
        if let Some(kw) = ["var", "const", "type"].into_iter().find(|kw| line.strip_prefix(kw) == Some(" (")) {
            group = Some(kw);
            continue;
        }
        let decl = match ty {
            None => ["func ", "type ", "var ", "const "].iter().find_map(|kw| line.strip_prefix(kw)),
            // A method: `func (r T) M(` or `func (r *T) M(`.
            Some(t) => line.strip_prefix("func (").and_then(|r| {
                let (recv, rest) = r.split_once(") ")?;
                let rt = recv.rsplit(' ').next()?.trim_start_matches('*');
                let rt = rt.split('[').next()?;
                (rt == t).then_some(rest)
            }),
        };
        let Some(rest) = decl else { continue };
        if first_word(rest) != member {
            continue;
        }
        let text = if line.starts_with("type ") { type_decl(&lines, i) } else { signature(line) };
        return Some(render(&lines, i, text));
    }
    None
}

/// The doc of a declaration whose first line is `decl_line` (0-based) of `src`, for session names.
pub fn at_line(src: &str, decl_line: usize) -> Option<String> {
    let lines: Vec<&str> = src.lines().collect();
    let line = *lines.get(decl_line)?;
    let t = line.trim_start();
    let text = if t.starts_with("type ") { type_decl(&lines, decl_line) } else { signature(t) };
    Some(render(&lines, decl_line, text))
}

fn first_word(s: &str) -> &str {
    let s = s.trim_start();
    let end = s.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(s.len());
    &s[..end]
}

/// `decl` followed by the comment lines straight above line `at`, as text indented by four.
fn render(lines: &[&str], at: usize, decl: String) -> String {
    let mut start = at;
    while start > 0 && lines.get(start - 1).is_some_and(|l| l.trim_start().starts_with("//")) {
        start -= 1;
    }
    let mut out = decl;
    for l in &lines[start..at] {
        let text = l.trim_start().trim_start_matches("//");
        let text = text.strip_prefix(' ').unwrap_or(text);
        out.push_str("\n    ");
        out.push_str(text);
    }
    out.trim_end().to_string()
}

/// A function's line without its body.
fn signature(line: &str) -> String {
    let mut depth = 0i32;
    for (i, c) in line.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            '{' if depth == 0 => {
                let before = line[..i].trim_end();
                if !(before.ends_with("interface") || before.ends_with("struct")) {
                    return before.to_string();
                }
            }
            _ => {}
        }
    }
    line.trim_end().to_string()
}

/// A type declaration from line `at`: through its closing brace, unexported members left out.
fn type_decl(lines: &[&str], at: usize) -> String {
    let first = lines[at].trim_start();
    if !first.trim_end().ends_with('{') {
        return first.trim_end().to_string();
    }
    let indent = lines[at].len() - first.len();
    let mut out = first.trim_end().to_string();
    let mut hidden = false;
    for l in &lines[at + 1..] {
        let t = l.trim_start();
        if t.starts_with('}') && l.len() - t.len() == indent {
            if hidden {
                out.push_str("\n\t// Has unexported fields.");
            }
            out.push_str("\n}");
            break;
        }
        let w = first_word(t);
        if t.starts_with("//") || w.chars().next().is_some_and(char::is_lowercase) {
            hidden |= !t.starts_with("//");
            continue;
        }
        out.push_str("\n\t");
        out.push_str(t.trim_end());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::find;

    const SRC: &str = "package p\n\n// F does f.\n// Twice.\nfunc F(a int) (n int, err error)\nfunc G(s []byte) []byte { return s }\n\n\
        // T is a thing.\ntype T struct {\n\tName string\n\tsecret int\n}\n\n// Len counts.\nfunc (t *T) Len() int { return 0 }\n\n\
        const (\n\t// A is first.\n\tA = 1\n\tB = 2\n)\n";

    #[test]
    fn declarations_with_their_comments() {
        assert_eq!(find(SRC, "F").as_deref(), Some("func F(a int) (n int, err error)\n    F does f.\n    Twice."));
        assert_eq!(find(SRC, "G").as_deref(), Some("func G(s []byte) []byte"));
        assert_eq!(
            find(SRC, "T").as_deref(),
            Some("type T struct {\n\tName string\n\t// Has unexported fields.\n}\n    T is a thing.")
        );
        assert_eq!(find(SRC, "T.Len").as_deref(), Some("func (t *T) Len() int\n    Len counts."));
        assert_eq!(find(SRC, "A").as_deref(), Some("const A = 1\n    A is first."));
        assert_eq!(find(SRC, "Nope"), None);
        assert_eq!(find(SRC, "T.Nope"), None);
    }
}
