// Command gen prints a first draft of a corgi standard-library surface from the real package's
// sources in $GOROOT: its exported declarations with bodies and comments dropped, package
// variables typed and without initializers, unexported struct fields kept when their types are
// simple, and the unexported constants and types the kept declarations refer to. The drafts were
// then edited by hand (internal/unsafe/syscall references, runtime state fields, trimming).
//
// Usage: go run tools/gen/main.go strings > strings.go
//
//	go run tools/gen/main.go os "Exit Args Getenv ..."   (keep only these top-level names)
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/format"
	"go/importer"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"os"
	"sort"
	"strings"
)

func exported(s string) bool { return ast.IsExported(s) }

var predeclared = map[string]bool{}

func init() {
	for _, n := range types.Universe.Names() {
		predeclared[n] = true
	}
}

func main() {
	path := os.Args[1]
	var only map[string]bool
	if len(os.Args) > 2 {
		only = map[string]bool{}
		for _, n := range strings.Fields(os.Args[2]) {
			only[n] = true
		}
	}
	keep := func(name string) bool { return only == nil || only[name] }
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH, ctx.CgoEnabled = "linux", "amd64", false
	bp, err := ctx.Import(path, "", 0)
	if err != nil {
		panic(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, f := range bp.GoFiles {
		af, err := parser.ParseFile(fset, bp.Dir+"/"+f, nil, parser.SkipObjectResolution)
		if err != nil {
			panic(err)
		}
		files = append(files, af)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil), Error: func(error) {}}
	pkg, _ := conf.Check(path, fset, files, nil)
	qual := func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	}
	// imports: name -> path
	impName := map[string]string{}
	for _, f := range files {
		for _, is := range f.Imports {
			p := strings.Trim(is.Path.Value, `"`)
			n := p[strings.LastIndex(p, "/")+1:]
			if is.Name != nil {
				n = is.Name.Name
			}
			impName[n] = p
		}
	}
	// index of package-level unexported decls (for closure)
	type item struct {
		pos  token.Pos
		decl ast.Decl
	}
	var out []item
	unexp := map[string]ast.Decl{} // name -> decl (GenDecl with the single spec)
	seenSpec := map[ast.Spec]bool{}
	var deferredMethods []*ast.FuncDecl
	simpleType := func(e ast.Expr) bool {
		ok := true
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				ok = false
			case *ast.Ident:
				if !predeclared[n.Name] && !exported(n.Name) {
					ok = false
				}
			case *ast.FuncType, *ast.InterfaceType, *ast.StructType:
				ok = false
			}
			return ok
		})
		return ok
	}
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				d.Body = nil
				d.Doc = nil
				if d.Recv == nil {
					if exported(d.Name.Name) && keep(d.Name.Name) {
						out = append(out, item{d.Pos(), d})
					}
					continue
				}
				if !exported(d.Name.Name) {
					continue
				}
				deferredMethods = append(deferredMethods, d)
			case *ast.GenDecl:
				d.Doc = nil
				switch d.Tok {
				case token.IMPORT:
				case token.CONST:
					any := false
					for _, s := range d.Specs {
						for _, n := range s.(*ast.ValueSpec).Names {
							if exported(n.Name) && keep(n.Name) {
								any = true
							}
						}
					}
					usesIota := false
					ast.Inspect(d, func(n ast.Node) bool {
						if id, ok := n.(*ast.Ident); ok && id.Name == "iota" {
							usesIota = true
						}
						return true
					})
					if any && usesIota {
						for _, s := range d.Specs {
							s.(*ast.ValueSpec).Doc = nil
							s.(*ast.ValueSpec).Comment = nil
						}
						out = append(out, item{d.Pos(), d})
						continue
					}
					for _, s := range d.Specs {
						vs := s.(*ast.ValueSpec)
						vs.Doc, vs.Comment = nil, nil
						ex := false
						for _, n := range vs.Names {
							if exported(n.Name) && keep(n.Name) {
								ex = true
							}
							unexp[n.Name] = &ast.GenDecl{Tok: token.CONST, Specs: []ast.Spec{vs}}
						}
						if ex {
							seenSpec[vs] = true
							out = append(out, item{vs.Pos(), &ast.GenDecl{Tok: token.CONST, Specs: []ast.Spec{vs}}})
						}
					}
				case token.VAR:
					for _, s := range d.Specs {
						vs := s.(*ast.ValueSpec)
						for _, n := range vs.Names {
							if !exported(n.Name) || !keep(n.Name) {
								continue
							}
							o := pkg.Scope().Lookup(n.Name)
							var tstr string
							if o != nil {
								tstr = types.TypeString(o.Type(), qual)
							} else {
								tstr = "ERROR"
							}
							texpr, err := parser.ParseExpr(tstr)
							if err != nil {
								texpr = ast.NewIdent(tstr)
							}
							out = append(out, item{n.Pos(), &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{ast.NewIdent(n.Name)}, Type: texpr}}}})
						}
					}
				case token.TYPE:
					for _, s := range d.Specs {
						ts := s.(*ast.TypeSpec)
						ts.Doc, ts.Comment = nil, nil
						if st, ok := ts.Type.(*ast.StructType); ok && exported(ts.Name.Name) {
							var fl []*ast.Field
							for _, fd := range st.Fields.List {
								fd.Doc, fd.Comment, fd.Tag = nil, nil, nil
								if len(fd.Names) == 0 {
									// embedded
									if id, ok := fd.Type.(*ast.Ident); ok && exported(id.Name) {
										fl = append(fl, fd)
									} else if se, ok := fd.Type.(*ast.StarExpr); ok {
										if id, ok := se.X.(*ast.Ident); ok && exported(id.Name) {
											fl = append(fl, fd)
										}
									}
									continue
								}
								var names []*ast.Ident
								for _, n := range fd.Names {
									if exported(n.Name) || simpleType(fd.Type) {
										names = append(names, n)
									}
								}
								if len(names) > 0 {
									fd.Names = names
									fl = append(fl, fd)
								}
							}
							st.Fields.List = fl
						}
						if it, ok := ts.Type.(*ast.InterfaceType); ok {
							for _, m := range it.Methods.List {
								m.Doc, m.Comment = nil, nil
							}
						}
						g := &ast.GenDecl{Tok: token.TYPE, Specs: []ast.Spec{ts}}
						if exported(ts.Name.Name) && keep(ts.Name.Name) {
							out = append(out, item{ts.Pos(), g})
						} else {
							unexp[ts.Name.Name] = g
						}
					}
				}
			}
		}
	}
	keptTypes := map[string]bool{}
	for _, it := range out {
		if g, ok := it.decl.(*ast.GenDecl); ok && g.Tok == token.TYPE {
			keptTypes[g.Specs[0].(*ast.TypeSpec).Name.Name] = true
		}
	}
	for _, d := range deferredMethods {
		t := d.Recv.List[0].Type
		if s, ok := t.(*ast.StarExpr); ok {
			t = s.X
		}
		switch x := t.(type) {
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		}
		id, ok := t.(*ast.Ident)
		if ok && keptTypes[id.Name] {
			out = append(out, item{d.Pos(), d})
		}
	}
	// closure over unexported references
	added := map[string]bool{}
	for changed := true; changed; {
		changed = false
		for _, it := range out {
			ast.Inspect(it.decl, func(n ast.Node) bool {
				if se, ok := n.(*ast.SelectorExpr); ok {
					_ = se
					ast.Inspect(se.X, func(n ast.Node) bool { return true })
					return false
				}
				if id, ok := n.(*ast.Ident); ok && !exported(id.Name) && !added[id.Name] {
					if d, ok := unexp[id.Name]; ok {
						added[id.Name] = true
						out = append(out, item{d.Pos(), d})
						changed = true
					}
				}
				return true
			})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	// dedupe
	seen := map[ast.Decl]bool{}
	var decls []ast.Decl
	for _, it := range out {
		if !seen[it.decl] {
			seen[it.decl] = true
			decls = append(decls, it.decl)
		}
	}
	// imports used
	used := map[string]bool{}
	for _, d := range decls {
		ast.Inspect(d, func(n ast.Node) bool {
			if se, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := se.X.(*ast.Ident); ok {
					used[id.Name] = true
				}
			}
			return true
		})
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "package %s\n\n", bp.Name)
	var imps []string
	for n := range used {
		p, ok := impName[n]
		if !ok {
			// maybe a package referenced by go/types type strings
			p = n
		}
		if strings.HasSuffix(p, "/"+n) || p == n {
			imps = append(imps, fmt.Sprintf("%q", p))
		} else {
			imps = append(imps, fmt.Sprintf("%s %q", n, p))
		}
	}
	sort.Strings(imps)
	if len(imps) > 0 {
		fmt.Fprintf(&buf, "import (\n%s\n)\n\n", strings.Join(imps, "\n"))
	}
	for _, d := range decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
			buf.WriteString("\n")
		}
		printer.Fprint(&buf, token.NewFileSet(), d)
		buf.WriteString("\n")
	}
	src, err := format.Source(buf.Bytes())
	if err != nil {
		os.Stdout.Write(buf.Bytes())
		fmt.Fprintln(os.Stderr, "format:", err)
		return
	}
	os.Stdout.Write(src)
}
