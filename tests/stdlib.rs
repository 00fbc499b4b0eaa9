//! Standard-library surfaces: every provided package has a well-formed Go surface.

use corgi::ast::{Ast, DeclKind, File};
use corgi::source::SourceMap;
use corgi::stdlib::{file_name, lazy_part, package_name, packages, source};

/// The import paths a surface imports, read from its text (the surfaces use `import ( ... )` blocks
/// or single `import "x"` lines).
fn imports(src: &str) -> Vec<String> {
    let mut v = Vec::new();
    let mut in_block = false;
    for line in src.lines() {
        let line = line.trim();
        if in_block {
            if line == ")" {
                in_block = false;
            } else if let Some(p) = line.split('"').nth(1) {
                v.push(p.to_string());
            }
        } else if line == "import (" {
            in_block = true;
        } else if let Some(p) = line.strip_prefix("import ").and_then(|rest| rest.split('"').nth(1)) {
            v.push(p.to_string());
        }
    }
    v
}

fn parse(path: &str) -> (Ast, SourceMap, File) {
    let text = source(path).unwrap_or_else(|| panic!("{path}: no surface"));
    let mut sm = SourceMap::default();
    let id = sm.add(file_name(path), text.to_string()).unwrap();
    let mut ast = Ast::default();
    let (file, diags) = corgi::parser::parse_file(&mut ast, &sm, id);
    let errs: Vec<String> = diags.iter().map(|d| format!("{}: {}", sm.location(d.pos), d.message)).collect();
    assert!(errs.is_empty(), "{path}: syntax errors:\n{}", errs.join("\n"));
    let file = file.unwrap_or_else(|| panic!("{path}: did not parse"));
    (ast, sm, file)
}

#[test]
fn the_required_packages_are_provided() {
    for p in [
        "fmt",
        "strings",
        "strconv",
        "errors",
        "sort",
        "slices",
        "maps",
        "cmp",
        "iter",
        "math",
        "math/bits",
        "math/rand",
        "unicode",
        "unicode/utf8",
        "bufio",
        "io",
        "os",
        "bytes",
        "time",
        "sync",
        "sync/atomic",
        "runtime",
        "context",
        "golang.org/x/sync/errgroup",
        "golang.org/x/sync/semaphore",
    ] {
        assert!(packages().contains(&p), "{p} is not provided");
    }
    for p in ["unsafe", "C", "net/http", ""] {
        assert!(!packages().contains(&p), "{p} must not be provided");
        assert!(source(p).is_none());
    }
}

#[test]
fn every_package_has_a_source_and_paths_are_unique() {
    for (i, p) in packages().iter().enumerate() {
        assert!(source(p).is_some(), "{p}: no source");
        assert!(!packages()[..i].contains(p), "{p} listed twice");
    }
}

#[test]
fn package_clause_matches_the_path() {
    for p in packages() {
        let text = source(p).unwrap_or_default();
        let clause = text.lines().find(|l| l.starts_with("package ")).unwrap_or_default();
        assert_eq!(clause, format!("package {}", package_name(p)), "{p}");
    }
    assert_eq!(package_name("math/rand"), "rand");
    assert_eq!(package_name("math/rand/v2"), "rand");
    assert_eq!(package_name("golang.org/x/sync/errgroup"), "errgroup");
}

#[test]
fn imports_are_provided_and_listed_first() {
    for (i, p) in packages().iter().enumerate() {
        for dep in imports(source(p).unwrap_or_default()) {
            assert!(packages().contains(&dep.as_str()), "{p} imports {dep}, which is not provided");
            assert!(packages()[..i].contains(&dep.as_str()), "{p} is listed before its import {dep}");
        }
    }
}

#[test]
fn every_surface_parses_and_declares_its_imports() {
    for p in packages() {
        let (ast, _, file) = parse(p);
        assert_eq!(ast.name(file.package.name), package_name(p), "{p}");
        let mut parsed: Vec<String> = Vec::new();
        for &d in &file.decls {
            if let DeclKind::Import(specs) = &ast[d].kind {
                parsed.extend(specs.iter().map(|s| s.path.clone()));
            }
        }
        assert_eq!(parsed, imports(source(p).unwrap_or_default()), "{p}");
    }
}

#[test]
fn file_names_look_like_the_real_files() {
    assert_eq!(file_name("fmt"), "$GOROOT/src/fmt/fmt.go");
    assert_eq!(file_name("math/rand"), "$GOROOT/src/math/rand/rand.go");
    assert_eq!(file_name("math/rand/v2"), "$GOROOT/src/math/rand/v2/rand.go");
    assert_eq!(file_name("golang.org/x/sync/errgroup"), "$GOMODCACHE/golang.org/x/sync/errgroup/errgroup.go");
}

#[test]
fn surfaces_stay_within_the_supported_language() {
    for p in packages() {
        let text = source(p).unwrap_or_default();
        // syscall is provided, but only its Errno (for os's errors), Signal, Kill and Getpid.
        for bad in ["\"unsafe\"", "\"C\"", "\"internal/", "//go:"] {
            assert!(!text.contains(bad), "{p} mentions {bad}");
        }
        // reflect names the kind "unsafe.Pointer" in a string; no surface uses the package.
        let uses_unsafe = text.match_indices("unsafe.").any(|(i, _)| !text[..i].ends_with('"'));
        assert!(!uses_unsafe, "{p} mentions unsafe.");
        // Functions with bodies are allowed only in the packages written in Go.
        if ![
            "context",
            "reflect",
            "encoding/json",
            "math/rand",
            "math/rand/v2",
            "maps",
            "iter",
            "errors",
            "unicode",
            "strings",
            "bytes",
            "container/heap",
            "golang.org/x/sync/errgroup",
            "sort",
            "sync",
            "sync/atomic",
            "slices",
            "cmp",
            "testing",
            "io",
            "io/fs",
            "syscall",
            "os/signal",
            "crypto/rand",
            "os",
            "bufio",
            "path",
            "path/filepath",
            "math/cmplx",
            "strconv",
            "fmt",
            "log",
            "flag",
            "container/list",
            "container/ring",
            "unicode/utf16",
            "hash",
            "hash/fnv",
            "hash/crc32",
            "crypto/md5",
            "crypto/sha1",
            "crypto/sha256",
            "encoding/hex",
            "encoding/base64",
            "encoding/binary",
            "text/tabwriter",
            "math/big",
            "regexp",
            "regexp/syntax",
            "time",
        ]
        .contains(p)
        {
            for line in text.lines().filter(|l| l.starts_with("func ")) {
                assert!(!line.trim_end().ends_with('{'), "{p}: function with a body: {line}");
            }
        }
    }
}

#[test]
fn key_declarations_are_present() {
    let has = |p: &str, decl: &str| {
        let text = source(p).unwrap_or_default();
        // The declaration alone (a native) or with a body on the same line.
        let with_body = format!("{decl} {{");
        assert!(text.lines().any(|l| l.trim() == decl || l.trim().starts_with(&with_body)), "{p} lacks `{decl}`");
    };
    has("fmt", "func Println(a ...any) (n int, err error)");
    has("fmt", "func Errorf(format string, a ...any) (err error)");
    has("strings", "func (b *Builder) WriteString(s string) (int, error)");
    has("math", "const Pi = 3.14159265358979323846264338327950288419716939937510582097494459");
    has("math", "const MaxInt64 = 1<<63 - 1");
    has("time", "const Second = 1000 * Millisecond");
    has("time", "type Duration int64");
    has("io", "var EOF error");
    has("context", "var DeadlineExceeded error = deadlineExceededError{}");
    has("os", "var Args []string");
    has("os", "var Stdout *File");
    has("os", "func (f *File) WriteString(s string) (n int, err error)");
    has("sync", "func (m *Mutex) Lock()");
    has("sync/atomic", "type Pointer[T any] struct{ v *T }");
    has("slices", "func Sort[S ~[]E, E cmp.Ordered](x S) { SortFunc(x, cmp.Compare[E]) }");
    has("maps", "func Keys[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[K]");
    has("runtime", "func NumGoroutine() int");
    has("unicode", "var Letter *RangeTable");
    has("context", "func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {");
    has("golang.org/x/sync/errgroup", "func (g *Group) Go(f func() error) {");
    has("golang.org/x/sync/semaphore", "func NewWeighted(n int64) *Weighted");
    has("encoding/hex", "func EncodeToString(src []byte) string {");
    has("encoding/base64", "func (enc *Encoding) DecodeString(s string) ([]byte, error) {");
    has("encoding/binary", "func PutUvarint(buf []byte, x uint64) int {");
    has("hash/crc32", "func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }");
    has("crypto/sha256", "func block(h []uint32, p []byte)");
    has("text/tabwriter", "func (b *Writer) Flush() error {");
    has("container/list", "func (l *List) PushBack(v any) *Element {");
    has("math/big", "func (z *Int) Quo(x, y *Int) *Int { divisor(y); return z.op(3, x, y) }");
}

/// A program that uses every non-generic exported declaration of every surface, so that the (lazy)
/// checker resolves them all.
fn program_using_every_surface() -> String {
    let mut imports = String::new();
    let mut uses = String::new();
    for (i, p) in packages().iter().enumerate() {
        let q = format!("p{i}");
        let before = uses.len();
        let (ast, _, file) = parse(p);
        for &d in &file.decls {
            match &ast[d].kind {
                DeclKind::Const(specs) | DeclKind::Var(specs) => {
                    for n in specs.iter().flat_map(|s| &s.names) {
                        let n = ast.name(n.name);
                        if is_exported(n) {
                            uses.push_str(&format!("\t_ = {q}.{n}\n"));
                        }
                    }
                }
                DeclKind::Type(specs) => {
                    for t in specs.iter().filter(|t| t.type_params.is_empty()) {
                        let n = ast.name(t.name.name);
                        if is_exported(n) {
                            uses.push_str(&format!("\tvar _ *{q}.{n}\n"));
                        }
                    }
                }
                DeclKind::Func(f) if f.recv.is_none() && f.sig.type_params.is_empty() => {
                    let n = ast.name(f.name.name);
                    if is_exported(n) {
                        uses.push_str(&format!("\t_ = {q}.{n}\n"));
                    }
                }
                _ => {}
            }
        }
        // Methods, from the gofmt-formatted text: `func (r *T) Name(` or `func (T) Name(`.
        for line in source(p).unwrap_or_default().lines() {
            let Some(rest) = line.strip_prefix("func (") else { continue };
            let Some((recv, rest)) = rest.split_once(") ") else { continue };
            let ty = recv.rsplit(' ').next().unwrap_or(recv);
            let Some(name) = rest.split('(').next() else { continue };
            // Generic receivers and (go1.27) generic methods need instantiation: skipped; so are
            // the unexported types of packages written in Go.
            if ty.contains('[') || name.contains('[') || !is_exported(name) || !is_exported(ty.trim_start_matches('*'))
            {
                continue;
            }
            let ty = match ty.strip_prefix('*') {
                Some(t) => format!("(*{q}.{t})"),
                None => format!("{q}.{ty}"),
            };
            uses.push_str(&format!("\t_ = {ty}.{name}\n"));
        }
        // A package with only generic declarations (iter, slices, maps) is imported for its checking alone.
        let alias = if uses.len() > before { q } else { "_".to_string() };
        imports.push_str(&format!("\t{alias} {p:?}\n"));
    }
    format!("package main\n\nimport (\n{imports})\n\nfunc main() {{\n{uses}}}\n")
}

fn is_exported(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
}

/// Every surface type-checks with corgi's own checker.
#[test]
fn every_surface_type_checks() {
    let mut sm = SourceMap::default();
    let id = sm.add("main.go".into(), program_using_every_surface()).unwrap();
    let mut ast = Ast::default();
    let (file, diags) = corgi::parser::parse_file(&mut ast, &sm, id);
    assert!(diags.is_empty(), "{diags:?}");
    let files: Vec<File> = file.into_iter().collect();
    let (_, diags) = corgi::check::check_program(&mut ast, &mut sm, &files);
    let errs: Vec<String> = diags.iter().map(|d| format!("{}: {}", sm.location(d.pos), d.message)).collect();
    assert!(errs.is_empty(), "{} errors:\n{}", errs.len(), errs.join("\n"));
}

/// A typical program using the generic surfaces (checked against `go vet` / `go run`).
const GENERIC_PROGRAM: &str = r#"package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type item struct {
	name string
	n    int
}

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	xs := []int{3, 1, 2}
	slices.Sort(xs)
	i, found := slices.BinarySearch(xs, 2)
	m := map[string]int{"a": 1, "b": 2}
	keys := slices.Sorted(maps.Keys(m))
	items := []item{{"x", 2}, {"y", 1}}
	slices.SortFunc(items, func(a, b item) int { return cmp.Compare(a.n, b.n) })
	idx := slices.IndexFunc(items, func(it item) bool { return it.name == "y" })
	total := 0
	for v := range count(4) {
		total += v
	}
	evens := slices.Collect(count(3))
	get := sync.OnceValue(func() int { return 42 })
	var p atomic.Pointer[item]
	p.Store(&items[0])
	sort.Slice(items, func(a, b int) bool { return items[a].name < items[b].name })
	fmt.Println(xs, i, found, keys, idx, total, evens, get(), p.Load().name, strings.Join(keys, ","),
		slices.Max(xs), min(cmp.Or(0, 5), 9), slices.Contains(keys, "a"), maps.Clone(m))
}
"#;

#[test]
fn generic_surfaces_check_in_a_typical_program() {
    let mut sm = SourceMap::default();
    let id = sm.add("main.go".into(), GENERIC_PROGRAM.into()).unwrap();
    let mut ast = Ast::default();
    let (file, diags) = corgi::parser::parse_file(&mut ast, &sm, id);
    assert!(diags.is_empty(), "{diags:?}");
    let files: Vec<File> = file.into_iter().collect();
    let (_, diags) = corgi::check::check_program(&mut ast, &mut sm, &files);
    let errs: Vec<String> = diags.iter().map(|d| format!("{}: {}", sm.location(d.pos), d.message)).collect();
    assert!(errs.is_empty(), "{} errors:\n{}", errs.len(), errs.join("\n"));
}

/// Every top-level name a file declares (methods as `Type.Method`), and the package paths it imports.
fn declared(ast: &Ast, file: &File) -> (Vec<String>, Vec<String>) {
    let (mut names, mut imports) = (Vec::new(), Vec::new());
    for &d in &file.decls {
        match &ast[d].kind {
            DeclKind::Import(specs) => imports.extend(specs.iter().map(|s| s.path.clone())),
            DeclKind::Const(specs) | DeclKind::Var(specs) => {
                names.extend(specs.iter().flat_map(|s| &s.names).map(|n| ast.name(n.name).to_string()))
            }
            DeclKind::Type(specs) => names.extend(specs.iter().map(|s| ast.name(s.name.name).to_string())),
            DeclKind::Func(f) => {
                let name = ast.name(f.name.name).to_string();
                match &f.recv {
                    None => names.push(name),
                    Some(recv) => {
                        let mut ty = recv.ty;
                        while let corgi::ast::ExprKind::Star(inner) | corgi::ast::ExprKind::Index(inner, _) =
                            &ast[ty].kind
                        {
                            ty = *inner;
                        }
                        let corgi::ast::ExprKind::Ident(t) = ast[ty].kind else { panic!("receiver of {name}") };
                        names.push(format!("{}.{name}", ast.name(t)));
                    }
                }
            }
        }
    }
    (names, imports)
}

#[test]
fn lazy_parts_name_their_declarations_and_stand_apart_from_the_eager_part() {
    let mut lazy = 0;
    for p in packages() {
        let Some(part) = lazy_part(p) else { continue };
        lazy += 1;
        let mut sm = SourceMap::default();
        let id = sm.add(part.file_name(), part.source.to_string()).unwrap();
        let mut ast = Ast::default();
        let (file, diags) = corgi::parser::parse_file(&mut ast, &sm, id);
        assert!(diags.is_empty(), "{p}: the lazy part has syntax errors");
        let file = file.unwrap();
        assert_eq!(ast.name(file.package.name), package_name(p));
        let (names, imports) = declared(&ast, &file);
        let top: Vec<&str> = names.iter().filter(|n| !n.contains('.')).map(|n| n.as_str()).collect();
        let mut listed = part.names();
        let mut want = top.clone();
        listed.sort();
        want.sort();
        assert_eq!(listed, want, "{p}: LazyPart::names against the parsed declarations");
        assert!(!top.contains(&"init"), "{p}: a lazy part has no init");
        for m in names.iter().filter_map(|n| n.split_once('.')) {
            assert!(top.contains(&m.0), "{p}: the lazy part declares a method on {}, not its own type", m.0);
        }
        let (eager_ast, _, eager) = parse(p);
        let (eager_names, _) = declared(&eager_ast, &eager);
        for n in &top {
            assert!(!eager_names.iter().any(|e| e == n), "{p}: {n} declared in both parts");
        }
        let at = packages().iter().position(|q| q == p).unwrap();
        for dep in imports {
            assert!(packages()[..at].contains(&dep.as_str()), "{p}'s lazy part imports {dep}, listed after it");
        }
    }
    assert!(lazy > 0, "fmt's scanning is a lazy part");
}
