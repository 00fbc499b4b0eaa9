// Command compare checks corgi's standard-library surfaces against the real packages: it type-checks
// each surface with go/types (body-less functions allowed) and prints every exported declaration
// whose type differs from the real package's, is missing, or is extra. Unexported struct fields
// differ on purpose (the surfaces keep the runtime's own state fields).
//
// Usage (from src/stdlib): go run tools/compare/main.go . fmt strings os golang.org/x/sync/errgroup ...
package main

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"sort"
	"strings"
)

var dir string
var fset = token.NewFileSet()
var cache = map[string]*types.Package{}

func fileOf(path string) string {
	p := strings.TrimPrefix(path, "golang.org/")
	return dir + "/" + strings.ReplaceAll(p, "/", "_") + ".go"
}

type imp struct{}

func (imp) Import(path string) (*types.Package, error) {
	if p, ok := cache[path]; ok {
		return p, nil
	}
	f, err := parser.ParseFile(fset, fileOf(path), nil, 0)
	if err != nil {
		fmt.Println("surface error:", err)
		return nil, err
	}
	conf := types.Config{Importer: imp{}, Error: func(err error) {
		if !strings.Contains(err.Error(), "missing function body") {
			fmt.Println("surface error:", err)
		}
	}}
	p, _ := conf.Check(path, fset, []*ast.File{f}, nil)
	cache[path] = p
	return p, nil
}

func qual(p *types.Package) string { return p.Path() }

func describe(pkg *types.Package) map[string]string {
	m := map[string]string{}
	for _, n := range pkg.Scope().Names() {
		o := pkg.Scope().Lookup(n)
		if !o.Exported() {
			continue
		}
		switch o := o.(type) {
		case *types.TypeName:
			m[n] = "type " + types.TypeString(o.Type().Underlying(), qual)
			if !o.IsAlias() {
				if nt, ok := o.Type().(*types.Named); ok {
					for i := 0; i < nt.NumMethods(); i++ {
						f := nt.Method(i)
						if f.Exported() {
							m[n+"."+f.Name()] = types.TypeString(f.Type(), qual)
						}
					}
				}
			} else {
				m[n] = "alias " + types.TypeString(o.Type(), qual)
			}
		case *types.Const:
			m[n] = "const " + types.TypeString(o.Type(), qual) + " " + o.Val().ExactString()
		default:
			m[n] = types.ObjectString(o, qual)
		}
	}
	return m
}

func main() {
	dir = os.Args[1]
	for _, path := range os.Args[2:] {
		mine, err := imp{}.Import(path)
		if err != nil || strings.HasPrefix(path, "golang.org") {
			continue
		}
		real, err := importer.ForCompiler(fset, "source", nil).Import(path)
		if err != nil {
			fmt.Println(err)
			continue
		}
		a, b := describe(real), describe(mine)
		var keys []string
		for k := range a {
			keys = append(keys, k)
		}
		for k := range b {
			if _, ok := a[k]; !ok {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			ra, oka := a[k]
			rb, okb := b[k]
			switch {
			case !okb:
				fmt.Printf("%s: MISSING %s: %s\n", path, k, ra)
			case !oka:
				fmt.Printf("%s: EXTRA %s: %s\n", path, k, rb)
			case ra != rb:
				fmt.Printf("%s: DIFF %s:\n   real %s\n   mine %s\n", path, k, ra, rb)
			}
		}
	}
}
