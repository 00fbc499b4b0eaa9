//! Parser: the shapes the grammar gives Go's ambiguous forms, and robustness on broken input.

use corgi::ast::{Ast, ChanDir, DeclKind, ExprKind, StmtKind};
use corgi::parser::parse_file;
use corgi::source::SourceMap;

fn parse(src: &str) -> (Ast, Option<corgi::ast::File>, Vec<String>) {
    let mut sm = SourceMap::default();
    let id = sm.add("t.go".into(), src.into()).unwrap();
    let mut ast = Ast::default();
    let (file, diags) = parse_file(&mut ast, &sm, id);
    let msgs = diags.iter().map(|d| format!("{}: {}", sm.location(d.pos), d.message)).collect();
    (ast, file, msgs)
}

/// The statements of `func main` in `src`.
fn main_body(ast: &Ast, file: &corgi::ast::File) -> Vec<corgi::ast::StmtId> {
    for &d in &file.decls {
        if let DeclKind::Func(f) = &ast[d].kind {
            return f.body.as_ref().unwrap().stmts.clone();
        }
    }
    panic!("no func");
}

#[test]
fn type_declarations_with_brackets_are_generic_or_array_as_in_go() {
    let (ast, file, errs) =
        parse("package p\n\ntype A [N]int\ntype B[T any] []T\ntype C[K comparable, V any] map[K]V\n");
    assert!(errs.is_empty(), "{errs:?}");
    let specs: Vec<_> = file
        .unwrap()
        .decls
        .iter()
        .map(|&d| match &ast[d].kind {
            DeclKind::Type(s) => s[0].clone(),
            _ => panic!(),
        })
        .collect();
    assert!(specs[0].type_params.is_empty());
    assert!(matches!(ast[specs[0].ty].kind, ExprKind::ArrayType { len: Some(_), .. }));
    assert_eq!(specs[1].type_params.len(), 1);
    assert_eq!(specs[2].type_params.len(), 2);
}

#[test]
fn composite_literals_in_control_headers_follow_the_spec() {
    // A bare type name's literal is not allowed at the top level of a header...
    let (_, _, errs) = parse("package p\n\nfunc f() {\n\tif x == T{} {\n\t}\n}\n");
    assert_eq!(errs.len(), 1, "{errs:?}");
    // ...but is when parenthesised, and literal types are always allowed.
    let (_, _, errs) = parse(
        "package p\n\nfunc f() {\n\tif x == (T{}) {\n\t}\n\tfor _, v := range []int{1, 2} {\n\t\t_ = v\n\t}\n\tfor _, b := range []byte(s) {\n\t\t_ = b\n\t}\n}\n",
    );
    assert!(errs.is_empty(), "{errs:?}");
}

#[test]
fn type_switches_and_select_cases() {
    let src = "package p\n\nfunc main() {\n\tswitch v := x.(type) {\n\tcase int, string:\n\t\t_ = v\n\t}\n\tswitch x.(type) {\n\t}\n\tselect {\n\tcase v, ok := <-ch:\n\t\t_, _ = v, ok\n\tcase ch <- 1:\n\tdefault:\n\t}\n}\n";
    let (ast, file, errs) = parse(src);
    assert!(errs.is_empty(), "{errs:?}");
    let body = main_body(&ast, file.as_ref().unwrap());
    assert!(matches!(&ast[body[0]].kind, StmtKind::TypeSwitch { bind: Some(_), body, .. } if body[0].exprs.len() == 2));
    assert!(matches!(&ast[body[1]].kind, StmtKind::TypeSwitch { bind: None, .. }));
    let StmtKind::Select { body: cases, .. } = &ast[body[2]].kind else { panic!() };
    assert_eq!(cases.len(), 3);
    assert!(matches!(ast[cases[1].comm.unwrap()].kind, StmtKind::Send { .. }));
}

#[test]
fn channel_directions_bind_to_the_leftmost_chan() {
    let (ast, file, errs) = parse("package p\n\nvar a chan<- chan int\nvar b <-chan int\nvar c chan (<-chan int)\n");
    assert!(errs.is_empty(), "{errs:?}");
    let dirs: Vec<ChanDir> = file
        .unwrap()
        .decls
        .iter()
        .map(|&d| match &ast[d].kind {
            DeclKind::Var(s) => match ast[s[0].ty.unwrap()].kind {
                ExprKind::ChanType(dir, _) => dir,
                _ => panic!(),
            },
            _ => panic!(),
        })
        .collect();
    assert_eq!(dirs, [ChanDir::Send, ChanDir::Recv, ChanDir::Both]);
}

#[test]
fn parameter_lists_group_names_as_go_does() {
    let (ast, file, errs) =
        parse("package p\n\nfunc f(a, b int, c ...string) (x, y float64) {}\nfunc g(int, string) {}\n");
    assert!(errs.is_empty(), "{errs:?}");
    let funcs: Vec<_> = file
        .unwrap()
        .decls
        .iter()
        .map(|&d| match &ast[d].kind {
            DeclKind::Func(f) => f.sig.clone(),
            _ => panic!(),
        })
        .collect();
    assert_eq!(funcs[0].params.iter().map(|p| p.names.len()).collect::<Vec<_>>(), [2, 1]);
    assert!(matches!(ast[funcs[0].params[1].ty].kind, ExprKind::Ellipsis(Some(_))));
    assert_eq!(funcs[0].results[0].names.len(), 2);
    assert!(funcs[1].params.iter().all(|p| p.names.is_empty()));
    let (_, _, errs) = parse("package p\n\nfunc h(a int, string) {}\n");
    assert_eq!(errs, ["t.go:3:15: syntax error: mixed named and unnamed parameters"]);
}

#[test]
fn iota_indices_and_implicit_repetition() {
    let (ast, file, _) = parse("package p\n\nconst (\n\tA = iota\n\tB\n\tC\n)\n");
    let d = file.unwrap().decls[0];
    let DeclKind::Const(specs) = &ast[d].kind else { panic!() };
    assert_eq!(specs.iter().map(|s| (s.iota, s.values.len())).collect::<Vec<_>>(), [(0, 1), (1, 0), (2, 0)]);
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let n = 100_000;
    let src = format!("package p\n\nvar x = {}1{}\nvar y = 1{}\n", "(".repeat(n), ")".repeat(n), "+1".repeat(n));
    let (_, file, errs) = parse(&src);
    assert!(file.is_some() && errs.is_empty(), "{errs:?}");
}

#[test]
fn every_truncation_of_a_program_gives_an_error_or_a_file() {
    let src = "package main\n\nimport \"fmt\"\n\ntype T[K comparable] struct{ m map[K]int }\n\nfunc (t *T[K]) Get(k K) (int, bool) {\n\tv, ok := t.m[k]\n\treturn v, ok\n}\n\nfunc main() {\n\tfor i := range 3 {\n\t\tswitch {\n\t\tcase i > 1:\n\t\t\tfmt.Println(`raw`, 'r', 1.5e3, 0x1p-2)\n\t\t}\n\t}\n}\n";
    for cut in 0..src.len() {
        if !src.is_char_boundary(cut) {
            continue;
        }
        let (_, file, errs) = parse(&src[..cut]);
        assert!(file.is_some() || !errs.is_empty(), "cut at {cut}: no file and no error");
    }
}

#[test]
fn forms_found_in_gos_own_sources() {
    // Each line once failed to parse; all come from GOROOT/src.
    let src = "package p\n\ntype node[K comparable, V any] struct{ k K; v V }\n\ntype tree[K comparable, V any] struct {\n\tnode[K, V]\n\t*cache[K]\n\tbuf [4]byte\n\tsub []node[K, V]\n\tpkg.Embedded[int]\n}\n\nfunc (node[K, V]) Len() int { return 0 }\n\nfunc f(p *int, names []string, a [2]int) {\n\tb := (*[2]byte)(nil)\n\tc := []*int(nil)\n\td := append([][]string(nil), names)\n\te := make(<-chan int, 1)\n\tswitch any(p).(type) {\n\tcase *[]byte, func(), map[string]int:\n\t}\n\t_, _, _, _, _ = a, b, c, d, e\n}\n";
    let (ast, file, errs) = parse(src);
    assert!(errs.is_empty(), "{errs:?}");
    let decls = file.unwrap().decls;
    let DeclKind::Type(specs) = &ast[decls[1]].kind else { panic!() };
    let ExprKind::StructType { fields, .. } = &ast[specs[0].ty].kind else { panic!() };
    let embedded: Vec<bool> = fields.iter().map(|f| f.names.is_empty()).collect();
    assert_eq!(embedded, [true, true, false, false, true]);
}

#[test]
fn ambiguous_type_parameter_lists() {
    // A single `[P *C]` is an array length to Go as well (spec: "parsed as an array type declaration"):
    // no syntax error, and the checker then reports `undefined: T` exactly as Go does.
    let (_, file, errs) = parse("package p\n\ntype S[T *int | string] struct{}\n");
    assert!(file.is_some() && errs.is_empty(), "{errs:?}");
    // With a second parameter Go looks ahead to the comma; corgi's LR(1) grammar cannot, and says so
    // with a syntax error rather than a wrong tree (see the grammar's header).
    let (_, file, errs) = parse("package p\n\ntype S[T *int | string, V any] struct{}\n");
    assert!(file.is_none() && errs.len() == 1, "{errs:?}");
}
