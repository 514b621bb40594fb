// Package sentence splits the tokens of a news text into sentences.
//
// Input is Document.Text with its Tokens (from package tokenize) and Zones;
// output is Document.Sentences. A sentence is the span from its first
// token's start to its last token's end, so it is trimmed of white space;
// its Zone is the kind of the zone it lies in. Sentences are in order, do
// not overlap, never cross a zone boundary, and every token lies in exactly
// one sentence. Tokens outside every zone are split as body text. A
// document without zones is one body zone.
//
// A sentence ends after ".", "?", "!", "..." or "…" together with the
// closing quotes and brackets that follow it (constructive." ends after the
// quote), unless the next token continues it: a lower-case word ("Why?" he
// asked.), or a comma, colon, semicolon or closing bracket. A period that
// belongs to an abbreviation (one token, from the tokenizer) is looked up in
// data/abbreviations.tsv: "never" abbreviations (Mr., No.) never end a
// sentence, "often" ones (etc.) end one before a capitalised word, and the
// rest (U.S., Inc., a.m., initials, unlisted acronyms) end one only before a
// capitalised word from data/starters.tsv ("in the U.S. The talks" but
// "U.S. President Trump").
//
// Line breaks: a blank line always ends a sentence. Whether a single
// newline does depends on the layout of the zone. News scraped like the
// seed has one paragraph per line, and then every newline ends a sentence
// (so headings, captions and bylines without final punctuation stand
// alone). A zone is taken as hard-wrapped when it has at least three
// non-blank lines, none longer than 120 characters, and at least half of
// them do not end in terminal punctuation; there a newline is a space,
// except after a short line (under 60% of the longest: the end of a
// paragraph or a heading) or before an indented or bulleted line.
//
// No sentence has more than MaxTokens tokens: a longer run is cut after
// a comma, semicolon or colon near the limit, else at it.
package sentence

import (
	"bufio"
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// Errors returned by Annotate.
var (
	ErrNoTokens  = errors.New("sentence: document has text but no tokens (run the tokenizer first)")
	ErrBadTokens = errors.New("sentence: tokens out of order or outside the text")
)

//go:embed data/abbreviations.tsv data/starters.tsv
var data embed.FS

// class says whether an abbreviation's period can end a sentence.
type class uint8

const (
	starter class = iota // ends one before a sentence opener (the default)
	never                // never ends one
	often                // ends one before a capitalised word
)

// A Splitter splits tokens into sentences with its lexicons. It is
// read-only after New and safe for concurrent use.
type Splitter struct {
	abbrevs  map[string]class // lower-case form with its period
	starters map[string]bool  // lower-case word
}

// New reads the lexicons abbreviations.tsv and starters.tsv from fsys.
func New(fsys fs.FS) (*Splitter, error) {
	s := &Splitter{abbrevs: map[string]class{}, starters: map[string]bool{}}
	err := readTSV(fsys, "abbreviations.tsv", func(fields []string) error {
		if len(fields) != 2 {
			return fmt.Errorf("want 2 fields, have %d", len(fields))
		}
		var c class
		switch fields[1] {
		case "never":
			c = never
		case "often":
			c = often
		case "starter":
			c = starter
		default:
			return fmt.Errorf("unknown class %q", fields[1])
		}
		if !strings.HasSuffix(fields[0], ".") {
			return fmt.Errorf("abbreviation %q does not end in a period", fields[0])
		}
		s.abbrevs[strings.ToLower(fields[0])] = c
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, "starters.tsv", func(fields []string) error {
		s.starters[strings.ToLower(fields[0])] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

// readTSV calls row with the tab-separated fields of every line of name
// in fsys that is neither blank nor a # comment.
func readTSV(fsys fs.FS, name string, row func([]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("sentence: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := row(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("sentence: %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("sentence: %s: %w", name, err)
	}
	return nil
}

// embedded returns the Splitter of the embedded lexicons, loaded once.
var embedded = sync.OnceValues(func() (*Splitter, error) {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		return nil, err
	}
	return New(sub)
})

// Default returns the Splitter of the lexicons embedded in the package.
func Default() (*Splitter, error) { return embedded() }

// Annotator sets doc.Sentences from doc.Tokens and doc.Zones. A nil
// Splitter means the embedded lexicons.
type Annotator struct {
	Splitter *Splitter
}

// Annotate replaces doc.Sentences with the sentences of doc.
func (a Annotator) Annotate(ctx context.Context, doc *chronicle.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s := a.Splitter
	if s == nil {
		var err error
		if s, err = Default(); err != nil {
			return err
		}
	}
	if len(doc.Tokens) == 0 && strings.TrimSpace(doc.Text) != "" {
		return ErrNoTokens
	}
	if !valid(doc.Text, doc.Tokens) {
		return ErrBadTokens
	}
	doc.Sentences = s.zones(make([]chronicle.Sentence, 0, len(doc.Tokens)/8+1), doc.Text, doc.Tokens, doc.Zones)
	return nil
}

// Split returns the sentences of text, one body zone, given its tokens,
// with the embedded lexicons. It returns nil if toks are out of order or
// outside text.
func Split(text string, toks []chronicle.Token) []chronicle.Sentence {
	s, err := Default()
	if err != nil {
		s = &Splitter{} // cannot happen: the embedded lexicons are tested
	}
	return s.Split(text, toks)
}

// Split returns the sentences of text, one body zone, given its tokens.
// It returns nil if toks are out of order or outside text.
func (s *Splitter) Split(text string, toks []chronicle.Token) []chronicle.Sentence {
	if !valid(text, toks) {
		return nil
	}
	return s.region(make([]chronicle.Sentence, 0, len(toks)/8+1), text, toks, 0, len(text), chronicle.ZoneBody)
}

// valid reports whether toks are non-empty, in order and inside text.
func valid(text string, toks []chronicle.Token) bool {
	prev := 0
	for _, t := range toks {
		if t.Start < prev || t.End <= t.Start || t.End > len(text) {
			return false
		}
		prev = t.End
	}
	return true
}

// zones appends the sentences of every zone to dst. Tokens between zones
// are split as body text; a token is in the zone where it starts.
func (s *Splitter) zones(dst []chronicle.Sentence, text string, toks []chronicle.Token, zones []chronicle.Zone) []chronicle.Sentence {
	if len(zones) == 0 {
		return s.region(dst, text, toks, 0, len(text), chronicle.ZoneBody)
	}
	k, prev := 0, 0
	for _, z := range zones {
		lo, hi := max(z.Start, prev), min(max(z.End, z.Start), len(text))
		if lo > hi {
			continue
		}
		g := k
		for k < len(toks) && toks[k].Start < lo {
			k++
		}
		dst = s.region(dst, text, toks[g:k], prev, lo, chronicle.ZoneBody)
		g = k
		for k < len(toks) && toks[k].Start < hi {
			k++
		}
		dst = s.region(dst, text, toks[g:k], lo, hi, z.Kind)
		prev = hi
	}
	return s.region(dst, text, toks[k:], prev, len(text), chronicle.ZoneBody)
}

// region appends the sentences of toks, which lie in text[lo:hi], a zone
// of the given kind.
func (s *Splitter) region(dst []chronicle.Sentence, text string, toks []chronicle.Token, lo, hi int, kind chronicle.ZoneKind) []chronicle.Sentence {
	if len(toks) == 0 {
		return dst
	}
	hi = max(hi, toks[len(toks)-1].End)
	lay := measure(text[lo:hi])
	first := 0
	for i := 0; i < len(toks); i++ {
		cut := false
		if j, ok := s.end(text, toks, i); ok {
			cut, i = true, j
		} else if i+1 < len(toks) {
			cut = lay.breaks(text, lo, toks[i], toks[i+1])
		}
		if !cut && i+1-first >= MaxTokens {
			cut, i = true, softCut(text, toks, first, i)
		}
		if cut || i == len(toks)-1 {
			dst = append(dst, chronicle.Sentence{Start: toks[first].Start, End: toks[i].End, Zone: kind})
			first = i + 1
		}
	}
	return dst
}

// MaxTokens bounds the tokens of a sentence. Real sentences stay far below
// it (the longest of the 78,000 in the BBC corpus and PolNeAR has 242
// tokens, a list of sports results); run-on
// text without punctuation (lists, tables, hostile input) is cut into
// pieces of at most MaxTokens, so that the later stages, some of which
// look across a whole sentence, stay linear in the document's length.
const MaxTokens = 400

// softCut returns the token after which to cut a run of toks[first:i+1]
// that reached MaxTokens: the last comma, semicolon or colon in its final
// quarter, else i.
func softCut(text string, toks []chronicle.Token, first, i int) int {
	for k := i; k > i-MaxTokens/4 && k > first; k-- {
		switch text[toks[k].Start:toks[k].End] {
		case ",", ";", ":":
			return k
		}
	}
	return i
}

// end reports whether a sentence ends at token i with the closing quotes
// and brackets after it, and returns the index of its last token.
func (s *Splitter) end(text string, toks []chronicle.Token, i int) (int, bool) {
	tok := text[toks[i].Start:toks[i].End]
	kind := terminal(tok)
	if kind == 0 {
		return i, false
	}
	j := i
	for j+1 < len(toks) && closer(text, toks, j+1) {
		j++
	}
	if j+1 == len(toks) {
		return j, true
	}
	next := text[toks[j+1].Start:toks[j+1].End]
	r, _ := utf8.DecodeRuneInString(next)
	upper := unicode.IsUpper(r) || opening(r) && j+2 < len(toks) && startsUpper(text, toks[j+2])
	switch kind {
	case '.':
		return j, !continues(next)
	case '?':
		// "![]()" is scraping debris, not an exclamation
		return j, !continues(next) && toks[j+1].Start > toks[j].End
	case 'e': // ellipsis
		return j, upper
	}
	// an abbreviation
	switch s.class(tok) {
	case never:
		return j, false
	case often:
		return j, upper
	}
	if opening(r) && j+2 < len(toks) {
		next = text[toks[j+2].Start:toks[j+2].End]
	}
	return j, s.opener(next)
}

// terminal classifies tok: '.' a period, '?' a question or exclamation
// mark, 'e' an ellipsis, 'a' a word ending in a period (an abbreviation),
// 0 anything else.
func terminal(tok string) byte {
	switch tok {
	case ".":
		return '.'
	case "...", "…", "..":
		return 'e'
	}
	if strings.Trim(tok, "?!") == "" {
		return '?'
	}
	if len(tok) > 1 && tok[len(tok)-1] == '.' && strings.Trim(tok, ".") != "" {
		return 'a'
	}
	return 0
}

// closer reports whether token k closes a quotation or bracket that the
// previous token ends: ” ’ » ) ] } always, " and ' when attached to the
// previous token and not to the next word.
func closer(text string, toks []chronicle.Token, k int) bool {
	switch tok := text[toks[k].Start:toks[k].End]; tok {
	case "”", "’", "»", "›", ")", "]", "}", "''":
		return tok == "”" || tok == "’" || tok == "»" || tok == "›" || toks[k].Start == toks[k-1].End
	case `"`, "'":
		if toks[k].Start != toks[k-1].End {
			return false
		}
		return k+1 == len(toks) || toks[k+1].Start > toks[k].End || !startsLetter(text, toks[k+1])
	}
	return false
}

// opening reports whether r opens a quotation or bracket.
func opening(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '(', '[', '`':
		return true
	}
	return false
}

// continues reports whether a token that follows a period or question mark
// continues its sentence: a lower-case word (not iPhone) or punctuation
// that cannot start a sentence.
func continues(next string) bool {
	r, size := utf8.DecodeRuneInString(next)
	switch r {
	case ',', ';', ':', ')', ']', '}', '%', '?', '!', '.':
		return true
	}
	if !unicode.IsLower(r) {
		return false
	}
	for _, r := range next[size:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// class returns the class of the abbreviation tok.
func (s *Splitter) class(tok string) class {
	var buf [16]byte
	c, ok := s.abbrevs[string(lower(buf[:0], tok))]
	if ok {
		return c
	}
	if tok[0] >= '0' && tok[0] <= '9' {
		return never // a list item, "1."
	}
	return starter
}

// opener reports whether word is capitalised and in the starters lexicon.
func (s *Splitter) opener(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	var buf [16]byte
	return unicode.IsUpper(r) && s.starters[string(lower(buf[:0], word))]
}

// lower appends tok in lower case to dst. Used as dst[:0] of a stack
// buffer inside a map index, it does not allocate for short ASCII words.
func lower(dst []byte, tok string) []byte {
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= utf8.RuneSelf {
			return append(dst[:0], strings.ToLower(tok)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func startsUpper(text string, t chronicle.Token) bool {
	r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
	return unicode.IsUpper(r)
}

func startsLetter(text string, t chronicle.Token) bool {
	r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// layout is how the lines of a zone are laid out.
type layout struct {
	wrapped bool // hard-wrapped: a single newline is a space
	maxLine int  // length in runes of the longest line
}

// measure returns the layout of text, a zone.
func measure(text string) layout {
	var lines, open, longest int
	for text != "" {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		line = strings.TrimRight(line, " \t\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		lines++
		longest = max(longest, utf8.RuneCountInString(line))
		if !endsSentence(line) {
			open++
		}
	}
	return layout{wrapped: lines >= 3 && longest <= 120 && 2*open >= lines, maxLine: longest}
}

// endsSentence reports whether line ends in terminal punctuation, possibly
// followed by closing quotes and brackets.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, "\"')]}”’»")
	r, _ := utf8.DecodeLastRuneInString(line)
	switch r {
	case '.', '?', '!', '…', ':':
		return true
	}
	return false
}

// breaks reports whether the white space between tokens a and b ends a
// sentence by the layout of the zone that starts at lo.
func (l layout) breaks(text string, lo int, a, b chronicle.Token) bool {
	gap := text[a.End:b.Start]
	nl := strings.IndexByte(gap, '\n')
	if nl < 0 {
		return false
	}
	if strings.IndexByte(gap[nl+1:], '\n') >= 0 || !l.wrapped {
		return true // a blank line, or one paragraph a line
	}
	last := strings.LastIndexByte(gap, '\n')
	if last+1 < len(gap) {
		return true // the next line is indented
	}
	switch text[b.Start:b.End] {
	case "•", "-", "*", "–", "—", "·":
		return true // a bulleted line
	}
	start := strings.LastIndexByte(text[lo:a.End], '\n') + 1 + lo
	return 10*utf8.RuneCountInString(text[start:a.End]) < 6*l.maxLine
}
