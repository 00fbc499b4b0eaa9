//! Turning command-line paths into the files of one package, with Go's messages for bad paths and
//! for bytes that are not UTF-8.

use std::fmt;
use std::path::Path;

#[derive(Debug)]
pub struct LoadError(pub String);

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Files named on the command line, or the `.go` files (not `_test.go`) of one directory, sorted.
pub fn load_paths(paths: &[String]) -> Result<Vec<(String, String)>, LoadError> {
    if paths.is_empty() {
        return Err(LoadError("corgi: no Go files given".into()));
    }
    let mut names = Vec::new();
    if let [dir] = paths
        && Path::new(dir).is_dir()
    {
        let entries = std::fs::read_dir(dir).map_err(|e| LoadError(format!("open {dir}: {}", io_reason(&e))))?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".go") && !name.ends_with("_test.go") && entry.path().is_file() {
                names.push(Path::new(dir).join(&name).to_string_lossy().into_owned());
            }
        }
        names.sort();
        if names.is_empty() {
            return Err(LoadError(format!("no Go files in {dir}")));
        }
    }
    if names.is_empty() {
        for p in paths {
            if !p.ends_with(".go") {
                return Err(LoadError(format!("corgi: {p}: not a .go file (named files must be .go files)")));
            }
            names.push(p.clone());
        }
    }
    let from_dir = paths.len() == 1 && Path::new(&paths[0]).is_dir();
    let mut files = Vec::new();
    for name in names {
        let bytes = std::fs::read(&name).map_err(|e| LoadError(format!("open {name}: {}", io_reason(&e))))?;
        let text = utf8_or_error(&name, bytes)?;
        // Like `go build DIR`, a directory's files are filtered by build constraints; named files are not.
        if from_dir && !super::build_tags::included(&name, &text) {
            continue;
        }
        files.push((name, text));
    }
    if from_dir && files.is_empty() {
        return Err(LoadError(format!("build constraints exclude all Go files in {}", paths[0])));
    }
    Ok(files)
}

pub(super) fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => e.to_string(),
    }
}

/// Go reports `file:L:C: invalid UTF-8 encoding` for each bad sequence; so do we, up to ten.
pub(super) fn utf8_or_error(name: &str, bytes: Vec<u8>) -> Result<String, LoadError> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let bytes = e.into_bytes();
            let mut lines = Vec::new();
            let (mut line, mut col) = (1, 1);
            let mut rest: &[u8] = &bytes;
            while !rest.is_empty() && lines.len() < 10 {
                match std::str::from_utf8(rest) {
                    Ok(_) => break,
                    Err(err) => {
                        let (good, bad) = rest.split_at(err.valid_up_to());
                        for &b in good {
                            if b == b'\n' {
                                line += 1;
                                col = 1;
                            } else {
                                col += 1;
                            }
                        }
                        lines.push(format!("{name}:{line}:{col}: invalid UTF-8 encoding"));
                        let skip = err.error_len().unwrap_or(bad.len()).max(1);
                        col += skip;
                        rest = &bad[skip.min(bad.len())..];
                    }
                }
            }
            Err(LoadError(lines.join("\n")))
        }
    }
}
