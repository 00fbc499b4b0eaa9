package tabwriter

// Elastic tabstops, in Go. Text is buffered as cells (tab-terminated) of lines until a flush; a
// column block is a run of consecutive lines that have a cell in that column, and all its cells
// get the width of the widest one plus padding.

import (
	"io"
	"unicode/utf8"
)

type cell struct {
	size  int  // bytes of text
	width int  // display width in runes
	htab  bool // terminated by a tab (not a vertical tab)
}

type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte
	flags    uint

	buf     []byte
	pos     int // end of the text already counted in cell.width
	cell    cell
	endChar byte // the end of the escape or tag being read, or 0
	lines   [][]cell
	widths  []int
	err     error
}

const (
	FilterHTML uint = 1 << iota
	StripEscape
	AlignRight
	DiscardEmptyColumns
	TabIndent
	Debug
)

const Escape = '\xff'

func (b *Writer) addLine() {
	b.lines = append(b.lines, []cell{})
}

func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[:0]
	b.widths = b.widths[:0]
	b.addLine()
}

func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := range b.padbytes {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		// Tab padding can only align left.
		flags &^= AlignRight
	}
	b.flags = flags
	b.err = nil
	b.reset()
	return b
}

func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

func (b *Writer) write0(p []byte) {
	if b.err != nil {
		return
	}
	n, err := b.output.Write(p)
	if n != len(p) && err == nil {
		err = io.ErrShortWrite
	}
	b.err = err
}

func (b *Writer) writeN(c byte, n int) {
	if n <= 0 {
		return
	}
	p := make([]byte, n)
	for i := range p {
		p[i] = c
	}
	b.write0(p)
}

func (b *Writer) writePadding(textw, cellw int, useTabs bool) {
	if b.padbytes[0] == '\t' || useTabs {
		if b.tabwidth == 0 {
			return // tabs have no width here: no padding is possible
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw
		if n < 0 {
			panic("internal error")
		}
		b.writeN('\t', (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.writeN(b.padbytes[0], cellw-textw)
}

func (b *Writer) writeLines(pos, line0, line1 int) int {
	for i := line0; i < line1; i++ {
		line := b.lines[i]
		useTabs := b.flags&TabIndent != 0
		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				b.write0([]byte("|"))
			}
			if c.size == 0 {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], useTabs)
				}
				continue
			}
			useTabs = false
			if b.flags&AlignRight == 0 {
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
			} else {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
			}
		}
		if i+1 == len(b.lines) {
			// The last line has no newline yet: write the text of its open cell.
			b.write0(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.write0([]byte("\n"))
		}
	}
	return pos
}

// format writes lines line0 to line1 (exclusive) from buffer position pos, all columns left of
// len(b.widths) already sized; it returns the position after them.
func (b *Writer) format(pos, line0, line1 int) int {
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		if column >= len(b.lines[this])-1 {
			continue
		}
		// A block of this column starts here: print the lines before it.
		pos = b.writeLines(pos, line0, this)
		line0 = this

		width := b.minwidth
		discardable := true
		for ; this < line1; this++ {
			line := b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[:len(b.widths)-1]
		line0 = this
	}
	return b.writeLines(pos, line0, line1)
}

func (b *Writer) appendText(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

func (b *Writer) updateWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

// terminateCell ends the current cell and returns the number of cells in its line.
func (b *Writer) terminateCell(htab bool) int {
	b.cell.htab = htab
	k := len(b.lines) - 1
	b.lines[k] = append(b.lines[k], b.cell)
	b.cell = cell{}
	return len(b.lines[k])
}

func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.updateWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2 // the escape characters take no space
		}
	case '>': // a tag has no width
	case ';':
		b.cell.width++ // an entity is one character
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

func (b *Writer) flushNoDefers() {
	if b.cell.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.terminateCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Flush writes out everything buffered; call it after the last Write.
func (b *Writer) Flush() error {
	b.err = nil
	b.flushNoDefers()
	return b.err
}

func (b *Writer) Write(buf []byte) (n int, err error) {
	b.err = nil
	for i, ch := range buf {
		if b.endChar == 0 {
			switch ch {
			case '\t', '\v', '\n', '\f':
				b.appendText(buf[n:i])
				b.updateWidth()
				n = i + 1
				ncells := b.terminateCell(ch == '\t')
				if ch == '\n' || ch == '\f' {
					b.addLine()
					if ch == '\f' || ncells == 1 {
						// A line of one cell does not affect the columns after it: flush.
						b.flushNoDefers()
						if ch == '\f' && b.flags&Debug != 0 {
							b.write0([]byte("---\n"))
						}
						if b.err != nil {
							return n, b.err
						}
					}
				}
			case Escape:
				b.appendText(buf[n:i])
				b.updateWidth()
				n = i
				if b.flags&StripEscape != 0 {
					n++
				}
				b.startEscape(Escape)
			case '<', '&':
				if b.flags&FilterHTML != 0 {
					b.appendText(buf[n:i])
					b.updateWidth()
					n = i
					b.startEscape(ch)
				}
			}
		} else if ch == b.endChar {
			j := i + 1
			if ch == Escape && b.flags&StripEscape != 0 {
				j = i
			}
			b.appendText(buf[n:j])
			n = i + 1
			b.endEscape()
		}
	}
	b.appendText(buf[n:])
	n = len(buf)
	return n, nil
}
