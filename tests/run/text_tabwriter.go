package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type failing struct{ n int }

func (f *failing) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("disk full")
	}
	f.n--
	return len(p), nil
}

func run(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, text ...string) {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, minwidth, tabwidth, padding, padchar, flags)
	for _, t := range text {
		n, err := w.Write([]byte(t))
		if n != len(t) || err != nil {
			fmt.Println("write:", n, err)
		}
	}
	err := w.Flush()
	fmt.Printf("== %s (%v)\n%s", name, err, strings.ReplaceAll(sb.String(), "\t", "<TAB>"))
	fmt.Println("<END>")
}

func main() {
	table := "a\tb\tc\naaa\tbbbbb\tc\nx\t\ty\n\nlonger cell\tz\n"
	run("basic", 0, 8, 1, ' ', 0, table)
	run("minwidth", 5, 0, 1, '.', 0, table)
	run("tabs", 0, 8, 1, '\t', 0, table)
	run("tabs4", 0, 4, 0, '\t', 0, table)
	run("right", 0, 8, 2, ' ', tabwriter.AlignRight, table)
	run("right tab", 0, 8, 2, '\t', tabwriter.AlignRight, table)
	run("debug", 0, 8, 1, ' ', tabwriter.Debug, table)
	run("debug right", 0, 8, 1, '-', tabwriter.Debug|tabwriter.AlignRight, table)
	run("pieces", 0, 8, 1, ' ', 0, "na", "me\tva", "lue\n", "x\tyy", "y\n", "no newline\tat end")
	run("discard", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "a\t\tb\nc\t\td\n")
	run("discard vtab", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "a\v\vb\nc\v\vd\n")
	run("no discard", 0, 8, 1, '.', 0, "a\t\tb\nc\t\td\n")
	run("tabindent", 0, 4, 1, ' ', tabwriter.TabIndent, "\t\tx\ty\n\tlonger\tz\n")
	run("tabindent tabs", 0, 4, 1, '\t', tabwriter.TabIndent, "\t\tx\ty\n\tlonger\tz\n")
	run("formfeed", 0, 8, 1, ' ', tabwriter.Debug, "a\tb\nlong one\tc\fd\te\n")
	run("unicode", 0, 8, 1, ' ', 0, "héllo\t世界\tx\nab\tc\td\n")
	run("html", 0, 8, 1, ' ', tabwriter.FilterHTML, "<b>bold</b>\t&amp;\tx\nplain\ty\tz\n")
	run("no html", 0, 8, 1, ' ', 0, "<b>bold</b>\t&amp;\tx\nplain\ty\tz\n")
	run("escape", 0, 8, 1, ' ', 0, "\xffa\tb\xff\tc\nd\te\n")
	run("strip escape", 0, 8, 1, ' ', tabwriter.StripEscape, "\xffa\tb\xff\tc\nd\te\n")
	run("open escape", 0, 8, 1, ' ', 0, "a\tb\n\xffunterminated\t")
	run("single cells", 0, 8, 1, ' ', 0, "one\ntwo\nthree\tcol\nfour\n")
	run("trailing tab", 0, 8, 1, ' ', 0, "a\tb\t\nccc\td\t\n")
	run("empty", 0, 8, 1, ' ', 0)
	run("zero tabwidth", 0, 0, 1, '\t', 0, "a\tb\nccc\td\n")

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "Name\tAge\tCity")
	fmt.Fprintln(w, "Alice\t30\tNew York")
	fmt.Fprintf(w, "%s\t%d\t%s\n", "Bob", 4, "LA")
	w.Flush()
	w.Init(os.Stdout, 10, 8, 0, '_', tabwriter.AlignRight)
	fmt.Fprintln(w, "x\ty\t")
	fmt.Fprintln(w, "xxxxxxxxxxxxx\tyy\t")
	w.Flush()

	f := &failing{n: 1}
	w = tabwriter.NewWriter(f, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "a\tb")
	fmt.Fprintln(w, "c\td")
	fmt.Println("flush error:", w.Flush())
	n, err := w.Write([]byte("single\n"))
	fmt.Println("write error:", n, err)

	defer func() { fmt.Println("recovered:", recover()) }()
	tabwriter.NewWriter(os.Stdout, -1, 8, 1, ' ', 0)
}
