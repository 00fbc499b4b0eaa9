//! Standard-library package surfaces.
//!
//! Each package corgi provides is described by one ordinary Go file embedded in the binary and checked by
//! corgi's own front end like user code. A function or method declared without a body is a *native*: the VM
//! implements it in Rust under its qualified name (`fmt.Println`, `strings.Builder.WriteString`). Types carry
//! the unexported fields the runtime keeps its state in; constants have their real values; package variables
//! (`os.Args`, `io.EOF`, …) are declared without initializers and are provided by the VM.
//!
//! The surfaces were generated from the go1.27 sources (exported declarations, bodies and comments dropped)
//! and then trimmed by hand: internal packages and `unsafe` are never imported, `syscall` has only Errno (for
//! os's errors), and very large packages (`os`, `unicode`'s tables, `runtime`) keep only their commonly used
//! API. Some packages are written in Go here (context, sync, io, bufio, os's files, path, path/filepath…),
//! with natives only for what Go cannot say (system calls, the scheduler). The encodings (hex, base64,
//! binary), hashes (fnv, crc32), containers (list, ring), unicode/utf16 and text/tabwriter are Go too;
//! crypto/md5, sha1 and sha256 buffer and pad in Go around a native compression function. math/big keeps
//! its values in Go structs as Go does (sign and words), with Go sign rules around native arithmetic.
//! regexp's API, template expansion and Split are Go around native compiling and searching (the
//! regex crate, behind a parser with Go's syntax rules); regexp/syntax has its Error type only.
//! time keeps its locations (TZif reading, Local, FixedZone), Date, Parse's choice of zone and the
//! encodings in Go; the calendar, zone lookup, Format and the reading of Parse's fields are native.
//! os/signal keeps its handlers and delivers in Go (a watcher goroutine); the dispositions and the
//! wait for a caught signal are native (`vm::signal`). crypto/rand is Go around getrandom(2).
//! encoding/json is Go over reflect, with the texts of Go's jsonv2-based implementation (the default since
//! go1.25's experiment became standard): its scanner, encoder, decoder, Encoder, Decoder and Token.

/// A package corgi provides: its import path and the Go source of its surface.
struct Surface {
    path: &'static str,
    source: &'static str,
}

/// Every provided package, dependencies before their importers.
const SURFACES: &[Surface] = &[
    Surface { path: "errors", source: include_str!("errors.go") },
    Surface { path: "iter", source: include_str!("iter.go") },
    Surface { path: "cmp", source: include_str!("cmp.go") },
    Surface { path: "math", source: include_str!("math.go") },
    Surface { path: "math/bits", source: include_str!("math_bits.go") },
    Surface { path: "math/cmplx", source: include_str!("math_cmplx.go") },
    Surface { path: "unicode", source: include_str!("unicode.go") },
    Surface { path: "unicode/utf8", source: include_str!("unicode_utf8.go") },
    Surface { path: "io", source: include_str!("io.go") },
    Surface { path: "time", source: include_str!("time.go") },
    Surface { path: "io/fs", source: include_str!("io_fs.go") },
    Surface { path: "syscall", source: include_str!("syscall.go") },
    Surface { path: "os", source: include_str!("os.go") },
    Surface { path: "strconv", source: include_str!("strconv.go") },
    Surface { path: "fmt", source: include_str!("fmt.go") },
    Surface { path: "strings", source: include_str!("strings.go") },
    Surface { path: "bytes", source: include_str!("bytes.go") },
    Surface { path: "reflect", source: include_str!("reflect.go") },
    Surface { path: "bufio", source: include_str!("bufio.go") },
    Surface { path: "regexp/syntax", source: include_str!("regexp_syntax.go") },
    Surface { path: "regexp", source: include_str!("regexp.go") },
    Surface { path: "sort", source: include_str!("sort.go") },
    Surface { path: "path", source: include_str!("path.go") },
    Surface { path: "path/filepath", source: include_str!("path_filepath.go") },
    Surface { path: "slices", source: include_str!("slices.go") },
    Surface { path: "maps", source: include_str!("maps.go") },
    Surface { path: "container/heap", source: include_str!("container_heap.go") },
    Surface { path: "container/list", source: include_str!("container_list.go") },
    Surface { path: "container/ring", source: include_str!("container_ring.go") },
    Surface { path: "unicode/utf16", source: include_str!("unicode_utf16.go") },
    Surface { path: "hash", source: include_str!("hash.go") },
    Surface { path: "hash/fnv", source: include_str!("hash_fnv.go") },
    Surface { path: "hash/crc32", source: include_str!("hash_crc32.go") },
    Surface { path: "crypto/md5", source: include_str!("crypto_md5.go") },
    Surface { path: "crypto/sha1", source: include_str!("crypto_sha1.go") },
    Surface { path: "crypto/sha256", source: include_str!("crypto_sha256.go") },
    Surface { path: "encoding/hex", source: include_str!("encoding_hex.go") },
    Surface { path: "encoding/base64", source: include_str!("encoding_base64.go") },
    Surface { path: "encoding/binary", source: include_str!("encoding_binary.go") },
    Surface { path: "encoding", source: include_str!("encoding.go") },
    Surface { path: "encoding/json", source: include_str!("encoding_json.go") },
    Surface { path: "text/tabwriter", source: include_str!("text_tabwriter.go") },
    Surface { path: "sync/atomic", source: include_str!("sync_atomic.go") },
    Surface { path: "sync", source: include_str!("sync.go") },
    Surface { path: "math/rand", source: include_str!("math_rand.go") },
    Surface { path: "math/rand/v2", source: include_str!("math_rand_v2.go") },
    Surface { path: "math/big", source: include_str!("math_big.go") },
    Surface { path: "crypto/rand", source: include_str!("crypto_rand.go") },
    Surface { path: "context", source: include_str!("context.go") },
    Surface { path: "os/signal", source: include_str!("os_signal.go") },
    Surface { path: "runtime", source: include_str!("runtime.go") },
    Surface { path: "log", source: include_str!("log.go") },
    Surface { path: "flag", source: include_str!("flag.go") },
    Surface { path: "testing", source: include_str!("testing.go") },
    Surface { path: "golang.org/x/sync/errgroup", source: include_str!("x_sync_errgroup.go") },
    Surface { path: "golang.org/x/sync/semaphore", source: include_str!("x_sync_semaphore.go") },
];

/// A part of a surface the loader reads only for a program that names one of its declarations through
/// the package (`fmt.Sscan`), imports the package under another name, or with a dot: fmt's scanning
/// would otherwise load os, time and io/fs into every program that prints. A lazy part declares no
/// methods on the eager part's types and no `init`, and the eager part never names it, so leaving it
/// out changes nothing a program can observe.
pub struct LazyPart {
    pub path: &'static str,
    /// The file's base name inside the package folder, as Go's own file (`scan` for fmt/scan.go).
    file: &'static str,
    pub source: &'static str,
}

const LAZY_PARTS: &[LazyPart] = &[LazyPart { path: "fmt", file: "scan", source: include_str!("fmt_scan.go") }];

/// The lazy part of package `path`'s surface, if it has one.
pub fn lazy_part(path: &str) -> Option<&'static LazyPart> {
    LAZY_PARTS.iter().find(|p| p.path == path)
}

impl LazyPart {
    /// The file name its positions are reported under (`$GOROOT/src/fmt/scan.go`).
    pub fn file_name(&self) -> String {
        format!("$GOROOT/src/{}/{}.go", self.path, self.file)
    }

    /// The names it declares at package level, read off the lines that start a declaration (its
    /// source keeps to gofmt's layout; a unit test holds this to the parsed declarations).
    pub fn names(&self) -> Vec<&'static str> {
        let ident = |s: &'static str| {
            let end = s.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(s.len());
            &s[..end]
        };
        // `a, b = …` or `a, b T`: the names before the first space or `=`.
        let list = |s: &'static str| {
            let head = s.split(['=', ' ']).next().unwrap_or("");
            head.split(',').map(|n| ident(n.trim_start())).filter(|n| !n.is_empty()).collect::<Vec<_>>()
        };
        let mut names = Vec::new();
        let mut in_group = false;
        for line in self.source.lines() {
            if in_group {
                if line.starts_with(')') {
                    in_group = false;
                } else if let Some(rest) = line.strip_prefix('\t')
                    && !rest.starts_with(['\t', '/'])
                {
                    names.extend(list(rest));
                }
                continue;
            }
            let Some((kw, rest)) = line.split_once(' ') else { continue };
            match kw {
                "func" if !rest.starts_with('(') => names.push(ident(rest)),
                "type" | "var" | "const" if rest.starts_with('(') => in_group = true,
                "type" => names.push(ident(rest)),
                "var" | "const" => names.extend(list(rest)),
                _ => {}
            }
        }
        names
    }
}

const PATHS: &[&str] = &{
    let mut paths = [""; SURFACES.len()];
    let mut i = 0;
    while i < SURFACES.len() {
        paths[i] = SURFACES[i].path;
        i += 1;
    }
    paths
};

/// The Go source of the surface of package `path`, if corgi provides it.
pub fn source(path: &str) -> Option<&'static str> {
    SURFACES.iter().find(|s| s.path == path).map(|s| s.source)
}

/// All of package `path`'s surface: its source, then its lazy part's (none for an unknown path).
pub fn sources(path: &str) -> impl Iterator<Item = &'static str> {
    source(path).into_iter().chain(lazy_part(path).map(|p| p.source))
}

/// The import paths of all packages corgi provides, dependencies before their importers.
pub fn packages() -> &'static [&'static str] {
    PATHS
}

/// The file name a surface's positions are reported under, like the real package's file
/// (`$GOROOT/src/fmt/fmt.go`; module packages as `$GOMODCACHE/golang.org/x/sync/errgroup/errgroup.go`).
pub fn file_name(path: &str) -> String {
    let last = path.rsplit('/').next().unwrap_or(path);
    let file = if path == "math/rand/v2" { "rand" } else { last };
    let root = if path.contains('.') { "$GOMODCACHE" } else { "$GOROOT/src" };
    format!("{root}/{path}/{file}.go")
}

/// The package name a surface declares: the last element of its path, skipping a `/vN` major-version suffix.
pub fn package_name(path: &str) -> &str {
    let mut parts = path.rsplit('/');
    let last = parts.next().unwrap_or(path);
    let is_version = last.len() > 1 && last.starts_with('v') && last[1..].bytes().all(|b| b.is_ascii_digit());
    match parts.next() {
        Some(prev) if is_version => prev,
        _ => last,
    }
}
