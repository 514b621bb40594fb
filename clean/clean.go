package clean

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html"
	"io/fs"
	"log/slog"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// Errors callers can branch on. They reach the caller wrapped in an *Error
// that names the input.
var (
	ErrNoContent = errors.New("clean: no content")
	ErrNotUTF8   = errors.New("clean: not valid UTF-8")
	ErrTooLarge  = errors.New("clean: input too large")
	ErrFormat    = errors.New("clean: unknown format")
)

// An Error reports a failure to prepare one input.
type Error struct {
	Op     string // "prepare", "raw"
	Source string // Article.Source
	Offset int    // byte offset of the problem in the input, -1 if none
	Err    error
}

func (e *Error) Error() string {
	msg := strings.TrimPrefix(e.Err.Error(), "clean: ")
	if e.Offset >= 0 {
		msg += fmt.Sprintf(" at byte %d", e.Offset)
	}
	return fmt.Sprintf("clean: %s %s: %s", e.Op, e.Source, msg)
}

func (e *Error) Unwrap() error { return e.Err }

// DefaultMaxBytes is the largest input Prepare accepts when Options.MaxBytes
// is zero.
const DefaultMaxBytes = 10 << 20

// Options configure a Cleaner. The zero value works.
type Options struct {
	Logger   *slog.Logger // nil discards logs
	MaxBytes int          // largest input accepted; 0 means DefaultMaxBytes
	Data     fs.FS        // agency and boilerplate lists; nil means the embedded data/
}

// A Cleaner prepares Articles. It holds only read-only data and is safe for
// concurrent use.
type Cleaner struct {
	log  *slog.Logger
	max  int
	lx   *lexicon
	lang *languages
	err  error // from loading the lists; returned by Prepare
}

// New returns a Cleaner. If the lists in opts.Data cannot be read, every
// call to Prepare returns the error.
func New(opts Options) *Cleaner {
	c := &Cleaner{log: opts.Logger, max: opts.MaxBytes}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	if c.max <= 0 {
		c.max = DefaultMaxBytes
	}
	fsys := opts.Data
	if fsys == nil {
		fsys = dataFS
	}
	c.lx, c.err = loadLexicon(fsys)
	if c.err == nil {
		c.lang, c.err = newLanguages()
	}
	return c
}

// Prepare cleans a into a Document with Text, Zones, Meta, Segments (for
// text input) and ID. Text input should be UTF-8: bytes that are not are
// read as Windows-1252 (with an "invalid-utf8" warning), and input that
// looks binary fails with ErrNotUTF8. HTML input may use any charset it
// declares. Metadata already in a.Meta wins over what Prepare
// finds, field by field, when it is not empty.
func (c *Cleaner) Prepare(ctx context.Context, a *chronicle.Article) (*chronicle.Document, error) {
	if c.err != nil {
		return nil, c.err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fail := func(err error, off int) error {
		return &Error{Op: "prepare", Source: a.Source, Offset: off, Err: err}
	}
	if len(a.Body) > c.max {
		return nil, fail(fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(a.Body), c.max), -1)
	}
	var (
		doc *chronicle.Document
		err error
	)
	switch a.Format {
	case chronicle.FormatText, "":
		doc, err = c.prepareText(a)
	case chronicle.FormatHTML:
		doc, err = c.prepareHTML(ctx, a)
	default:
		err = fmt.Errorf("%w %q", ErrFormat, a.Format)
	}
	if err != nil {
		var off *offsetError
		if errors.As(err, &off) {
			return nil, fail(off.err, off.off)
		}
		if ctx.Err() != nil {
			return nil, err
		}
		return nil, fail(err, -1)
	}
	if a.Meta.Language == "" { // a language the source declares wins
		doc.Meta.Language = c.lang.detect(doc.Text)
	}
	doc.Meta = mergeMeta(a, doc.Meta)
	doc.ID = docID(doc.Text)
	c.log.DebugContext(ctx, "prepared", "source", a.Source, "format", a.Format, "bytes", len(doc.Text), "zones", len(doc.Zones))
	return doc, nil
}

// offsetError carries a byte offset to Prepare's structured error.
type offsetError struct {
	err error
	off int
}

func (e *offsetError) Error() string { return e.err.Error() }
func (e *offsetError) Unwrap() error { return e.err }

func (c *Cleaner) prepareText(a *chronicle.Article) (*chronicle.Document, error) {
	body := a.Body
	var orig []int // for decoded input: Body offset of each text byte, -1 if decoded
	bad := invalidUTF8(body)
	if bad >= 0 {
		if binary(body) {
			return nil, &offsetError{ErrNotUTF8, bad}
		}
		body, orig = decodeWindows1252(body)
	}
	body, orig, refs, firstRef := decodeCharRefs(body, orig)
	src := string(body)
	base := 0
	if strings.HasPrefix(src, "\ufeff") {
		base = len("\ufeff")
	}
	cl := c.lx.cleanText(src[base:], false, "")
	doc := assemble(src[base:], cl, func(start, end int) []chronicle.Segment {
		return segments(start, end, base, orig)
	})
	if doc == nil {
		return nil, ErrNoContent
	}
	if bad >= 0 {
		doc.Warn("invalid-utf8", "input is not valid UTF-8 (first at byte %d); invalid bytes were read as Windows-1252", bad)
	}
	if refs > 0 {
		doc.Warn("char-refs", "input has %d HTML character references (first at byte %d), read as the characters they stand for", refs, firstRef)
	}
	return doc, nil
}

// segments maps src[start:end] (src starting at byte base of the input)
// back to the input: one segment, or for decoded input one per run of
// bytes copied unchanged. Segment offsets are relative to start.
func segments(start, end, base int, orig []int) []chronicle.Segment {
	if orig == nil {
		return []chronicle.Segment{{Start: 0, End: end - start, Source: base + start}}
	}
	var out []chronicle.Segment
	for i := start; i < end; {
		if orig[base+i] < 0 {
			i++
			continue
		}
		j := i + 1
		for j < end && orig[base+j] == orig[base+i]+j-i {
			j++
		}
		out = append(out, chronicle.Segment{Start: i - start, End: j - start, Source: orig[base+i]})
		i = j
	}
	return out
}

// binary reports whether b looks like binary data rather than text in a
// legacy charset: it has NUL bytes or many control characters.
func binary(b []byte) bool {
	ctrl := 0
	for _, c := range b {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*20 > len(b)
}

// decodeWindows1252 keeps the valid UTF-8 of b and reads every other byte
// as Windows-1252. It returns the text and, for each of its bytes, the
// offset in b it was copied from, or -1 for the bytes of a decoded rune.
func decodeWindows1252(b []byte) ([]byte, []int) {
	out := make([]byte, 0, len(b)+len(b)/8)
	orig := make([]int, 0, cap(out)+1)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			for k := range n {
				out = append(out, b[i+k])
				orig = append(orig, i+k)
			}
			i += n
			continue
		}
		r = rune(b[i])
		if b[i] >= 0x80 && b[i] < 0xa0 {
			r = windows1252[b[i]-0x80]
		}
		before := len(out)
		out = utf8.AppendRune(out, r)
		for range len(out) - before {
			orig = append(orig, -1)
		}
		i++
	}
	return out, orig
}

// decodeCharRefs replaces the HTML character references a scraper left in
// plain text ("Pel&#233;", "caf&eacute;", "&amp;") by the characters they
// stand for. Only whole references count: "&", a name HTML defines or "#"
// and the decimal or hex number of a printable character, then ";". orig
// maps the bytes of b to the input (nil: b is the input); the map returned
// does the same for the result, -1 for the bytes of a decoded reference. It
// also returns how many references it decoded and the input offset of the
// first.
func decodeCharRefs(b []byte, orig []int) ([]byte, []int, int, int) {
	input := func(i int) int {
		if orig == nil {
			return i
		}
		return orig[i]
	}
	var (
		out      []byte
		outOrig  []int
		n, first int
		copied   int // b[:copied] is in out
	)
	for i := bytes.IndexByte(b, '&'); i >= 0; {
		if r, size := charRef(b[i:]); size > 0 {
			if out == nil {
				out, outOrig, first = make([]byte, 0, len(b)), make([]int, 0, len(b)), input(i)
			}
			for k := copied; k < i; k++ {
				out = append(out, b[k])
				outOrig = append(outOrig, input(k))
			}
			out = append(out, r...)
			for range len(r) {
				outOrig = append(outOrig, -1)
			}
			n++
			i += size
			copied = i
		} else {
			i++
		}
		next := bytes.IndexByte(b[i:], '&')
		if next < 0 {
			break
		}
		i += next
	}
	if n == 0 {
		return b, orig, 0, -1
	}
	for k := copied; k < len(b); k++ {
		out = append(out, b[k])
		outOrig = append(outOrig, input(k))
	}
	return out, outOrig, n, first
}

// maxCharRef is the length of the longest character reference decoded,
// "&CounterClockwiseContourIntegral;" and then some.
const maxCharRef = 40

// charRef reads the character reference at the start of p (which starts
// with "&"): the text it stands for and its length, or 0 if it is none.
func charRef(p []byte) (string, int) {
	semi := bytes.IndexByte(p[1:min(len(p), maxCharRef)], ';')
	if semi < 1 {
		return "", 0
	}
	ref := string(p[:semi+2])
	for _, c := range ref[1 : len(ref)-1] {
		if !(c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return "", 0
		}
	}
	// html.UnescapeString also decodes a prefix of some names without their
	// ";" ("&ampx;" → "&x;"): a whole reference leaves no ";" behind. It
	// reads an invalid number as U+FFFD.
	s := html.UnescapeString(ref)
	if s == ref || strings.HasSuffix(s, ";") || strings.ContainsFunc(s, func(r rune) bool {
		return r == utf8.RuneError || unicode.IsControl(r)
	}) {
		return "", 0
	}
	return s, len(ref)
}

// windows1252 maps bytes 0x80-0x9F of Windows-1252; the rest is Latin-1.
var windows1252 = [32]rune{
	'€', '\ufffd', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\ufffd', 'Ž', '\ufffd',
	'\ufffd', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\ufffd', 'ž', 'Ÿ',
}

func (c *Cleaner) prepareHTML(ctx context.Context, a *chronicle.Article) (*chronicle.Document, error) {
	text, meta, err := HTML(ctx, a.Body, a.URL)
	if err != nil {
		return nil, err
	}
	cl := c.lx.cleanText(text, true, meta.Title)
	doc := assemble(text, cl, nil)
	if doc == nil {
		return nil, ErrNoContent
	}
	// A first line that matched the page title is the cleaner title (no
	// site name); bylines and wires found in the text add to the page's;
	// captions come from the text and the page's figures.
	if doc.Meta.Title != "" {
		meta.Title = doc.Meta.Title
	}
	for _, w := range doc.Meta.Wire {
		meta.Wire = appendUnique(meta.Wire, w)
	}
	authors, wire := c.lx.pageAuthors(meta.Authors)
	meta.Authors = authors
	for _, w := range wire {
		meta.Wire = appendUnique(meta.Wire, w)
	}
	if len(meta.Authors) == 0 {
		meta.Authors = doc.Meta.Authors
	}
	captions := doc.Meta.Captions
	for _, fc := range meta.Captions {
		if at, name := c.lx.findCredit(fc.Text); at > 0 && name != "" {
			fc = chronicle.Caption{Text: fc.Text[:trimRightCaption(fc.Text, 0, at)], Credit: name}
		}
		if !slices.ContainsFunc(captions, func(x chronicle.Caption) bool { return x.Text == fc.Text }) {
			captions = append(captions, fc)
		}
	}
	meta.Captions = captions
	meta.Language = doc.Meta.Language
	doc.Meta = meta
	return doc, nil
}

// assemble copies the pieces of src into a Document: lines joined by "\n",
// a blank line kept as "\n\n", with zones and, if seg is not nil, the map
// back to the input: seg(start, end) returns the segments of src[start:end]
// relative to its position in the text. It returns nil if no text is left.
func assemble(src string, cl cleaned, seg func(start, end int) []chronicle.Segment) *chronicle.Document {
	if len(cl.pieces) == 0 {
		return nil
	}
	// The text is built in a buffer of its exact size (a grown one would
	// keep its slack for the document's life), and the metadata is copied
	// out of src, which a substring would otherwise keep alive whole.
	size := 0
	for i, p := range cl.pieces {
		size += p.end - p.start
		if i > 0 {
			size++
			if p.para {
				size++
			}
		}
	}
	var b strings.Builder
	b.Grow(size)
	doc := &chronicle.Document{Meta: cloneMeta(cl.meta)}
	for i, p := range cl.pieces {
		if i > 0 {
			b.WriteByte('\n')
			if p.para {
				b.WriteByte('\n')
			}
		}
		start := b.Len()
		b.WriteString(src[p.start:p.end])
		if seg != nil {
			for _, s := range seg(p.start, p.end) {
				s.Start += start
				s.End += start
				doc.Segments = append(doc.Segments, s)
			}
		}
		z := chronicle.Zone{Start: start, End: b.Len(), Kind: p.kind}
		if n := len(doc.Zones); n > 0 && (z.Kind == chronicle.ZoneBody || z.Kind == chronicle.ZoneByline) && doc.Zones[n-1].Kind == z.Kind {
			doc.Zones[n-1].End = z.End
			continue
		}
		doc.Zones = append(doc.Zones, z)
	}
	doc.Text = b.String()
	return doc
}

// cloneMeta returns m with its strings copied.
func cloneMeta(m chronicle.Meta) chronicle.Meta {
	m.Title = strings.Clone(m.Title)
	m.URL = strings.Clone(m.URL)
	m.Language = strings.Clone(m.Language)
	m.Published.Value = strings.Clone(m.Published.Value)
	m.Authors = cloneStrings(m.Authors)
	m.Wire = cloneStrings(m.Wire)
	if m.Captions != nil {
		cs := make([]chronicle.Caption, len(m.Captions))
		for i, c := range m.Captions {
			cs[i] = chronicle.Caption{Text: strings.Clone(c.Text), Credit: strings.Clone(c.Credit)}
		}
		m.Captions = cs
	}
	return m
}

func cloneStrings(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}

// mergeMeta lets what the source said about a win over what was found.
func mergeMeta(a *chronicle.Article, m chronicle.Meta) chronicle.Meta {
	h := a.Meta
	if h.Title != "" {
		m.Title = h.Title
	}
	if len(h.Authors) > 0 {
		m.Authors = h.Authors
	}
	for _, w := range h.Wire {
		m.Wire = appendUnique(m.Wire, w)
	}
	if len(h.Captions) > 0 {
		m.Captions = h.Captions
	}
	if h.URL != "" {
		m.URL = h.URL
	} else if m.URL == "" {
		m.URL = a.URL
	}
	if h.Language != "" {
		m.Language = h.Language
	}
	if h.Published.Value != "" {
		m.Published = h.Published
		if m.Published.Source == "" {
			m.Published.Source = chronicle.DateUser
		}
	}
	if m.Published.Source == "" {
		m.Published.Source = chronicle.DateNone
	}
	if m.Authors == nil {
		m.Authors = []string{}
	}
	if m.Wire == nil {
		m.Wire = []string{}
	}
	if m.Captions == nil {
		m.Captions = []chronicle.Caption{}
	}
	return m
}

// docID is the hex SHA-256 of text, first 16 bytes.
func docID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:16])
}

// Raw returns a Document whose Text is a.Body byte for byte, BOM and CRLF
// included, as one body zone mapped by one segment. It fails with
// ErrNotUTF8 (naming the offset) on input that is not UTF-8.
func Raw(a *chronicle.Article) (*chronicle.Document, error) {
	if off := invalidUTF8(a.Body); off >= 0 {
		return nil, &Error{Op: "raw", Source: a.Source, Offset: off, Err: ErrNotUTF8}
	}
	text := string(a.Body)
	doc := &chronicle.Document{Text: text, Meta: a.Meta, ID: docID(text)}
	if text != "" {
		doc.Zones = []chronicle.Zone{{Start: 0, End: len(text), Kind: chronicle.ZoneBody}}
		doc.Segments = []chronicle.Segment{{Start: 0, End: len(text), Source: 0}}
	}
	if doc.Meta.URL == "" {
		doc.Meta.URL = a.URL
	}
	if doc.Meta.Published.Source == "" {
		if doc.Meta.Published.Value != "" {
			doc.Meta.Published.Source = chronicle.DateUser
		} else {
			doc.Meta.Published.Source = chronicle.DateNone
		}
	}
	return doc, nil
}

// invalidUTF8 returns the offset of the first byte that is not part of a
// valid UTF-8 sequence, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
