//! Source files and positions.
//!
//! Every byte of every file loaded into a session has one global [`Pos`]: the file's base offset plus
//! the byte offset inside it (like go/token.Pos). A `Pos` is 4 bytes, so AST nodes stay small, and it
//! turns into `file:line:col` only when a message is printed. Columns are 1-based byte columns, as Go
//! reports them.

use std::fmt;

/// A global byte position across all files of a session.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos(pub u32);

impl fmt::Debug for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "@{}", self.0)
    }
}

/// A half-open byte range `[lo, hi)`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, Debug)]
pub struct Span {
    pub lo: Pos,
    pub hi: Pos,
}

impl Span {
    pub fn new(lo: Pos, hi: Pos) -> Span {
        Span { lo, hi }
    }
    pub fn at(p: Pos) -> Span {
        Span { lo: p, hi: p }
    }
    pub fn to(self, other: Span) -> Span {
        Span { lo: self.lo.min(other.lo), hi: self.hi.max(other.hi) }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct FileId(pub u32);

pub struct SourceFile {
    /// The name as given on the command line (Go prints it that way).
    pub name: String,
    pub text: String,
    pub base: u32,
    /// Byte offsets (within the file) where each line starts.
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }
}

/// All files of a session, addressable by global position.
#[derive(Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
    next_base: u32,
}

/// A resolved position, as Go prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location<'a> {
    pub file: &'a str,
    pub line: u32,
    pub col: u32,
}

impl fmt::Display for Location<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

impl SourceMap {
    /// Adds a file. Fails when the session would exceed 4 GiB of source.
    pub fn add(&mut self, name: String, text: String) -> Result<FileId, String> {
        let len = u32::try_from(text.len()).map_err(|_| format!("{name}: file too large"))?;
        let base = self.next_base;
        // +1 so that an end-of-file position is never the next file's first byte.
        self.next_base = base
            .checked_add(len)
            .and_then(|b| b.checked_add(1))
            .ok_or_else(|| format!("{name}: too much source in one session"))?;
        let mut line_starts = vec![0u32];
        line_starts.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i as u32 + 1));
        self.files.push(SourceFile { name, text, base, line_starts });
        Ok(FileId(self.files.len() as u32 - 1))
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().map(|(i, f)| (FileId(i as u32), f))
    }

    pub fn file_of(&self, pos: Pos) -> FileId {
        let i = match self.files.binary_search_by_key(&pos.0, |f| f.base) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        FileId(i as u32)
    }

    pub fn location(&self, pos: Pos) -> Location<'_> {
        let f = self.file(self.file_of(pos));
        let (line, col) = f.line_col(pos.0 - f.base);
        Location { file: &f.name, line, col }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_resolve_to_line_and_byte_column() {
        let mut sm = SourceMap::default();
        let a = sm.add("a.go".into(), "package a\nvar x\n".into()).unwrap();
        let b = sm.add("b.go".into(), "ab\ncd".into()).unwrap();
        let base_b = sm.file(b).base;
        assert_eq!(sm.location(Pos(14)).to_string(), "a.go:2:5");
        assert_eq!(sm.location(Pos(base_b + 4)).to_string(), "b.go:2:2");
        assert_eq!(sm.file_of(Pos(0)), a);
        // End of file a is still in a.
        assert_eq!(sm.file_of(Pos(sm.file(a).text.len() as u32)), a);
    }
}
