package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// A line is one non-blank line of the input that survived debris removal:
// the byte range [start, end) of its content in the source, trimmed of
// spaces, image markup and table pipes.
type line struct {
	start, end int
	para       bool // a blank line comes before it in the source
	afterImage bool // an image marker comes right before it
	piped      bool // it ended in a table pipe (scraped image tables)
	dup        bool // the same text follows within a few lines (and was dropped)
	drop       bool
	kind       chronicle.ZoneKind // "" until classified; body otherwise

	// For a caption that ends in a photo credit: where the credit starts
	// (> start).
	creditStart int
}

// A piece is a run of source bytes copied into the cleaned text.
type piece struct {
	start, end int
	kind       chronicle.ZoneKind
	para       bool
}

// cleaned is the outcome of cleaning: what to copy, in order, and what was
// learnt on the way.
type cleaned struct {
	pieces []piece
	meta   chronicle.Meta
}

// How many lines apart a duplicated caption may be, and the shortest line
// that counts as a duplicate (shorter repeats are legitimate: "No.").
const (
	dupWindow    = 2
	dupMinRunes  = 20
	dupMinWords  = 4
	captionRunes = 400 // a longer line is never a caption
	imageCaption = 300 // a longer line after an image is body text
	bylineRunes  = 150
	titleRunes   = 150
	edgeLines    = 3 // bylines are looked for this many lines from each end
)

// cleanText classifies the lines of src. When title is not empty (HTML
// input), the first line is the title only if it matches it; otherwise a
// short first line without a terminal period followed by more text is.
func (lx *lexicon) cleanText(src string, html bool, title string) cleaned {
	lines := splitLines(src, lx)
	if !html {
		// Scrapers repeat captions; extracted HTML repeats table headers
		// and share buttons that are article text to the benchmark.
		markDuplicates(src, lines)
	}
	var out cleaned
	lx.markCaptions(src, lines, &out.meta)
	kept := make([]int, 0, len(lines))
	for i := range lines {
		if !lines[i].drop {
			kept = append(kept, i)
		}
	}
	lx.markTitle(src, lines, kept, html, title, &out.meta)
	lx.markBylines(src, lines, kept, &out.meta)
	lx.markDateline(src, lines, kept, &out.meta)
	for _, i := range kept {
		l := &lines[i]
		if l.kind == "" {
			l.kind = chronicle.ZoneBody
		}
		if l.creditStart > l.start {
			ce := trimRightCaption(src, l.start, l.creditStart)
			out.pieces = append(out.pieces,
				piece{start: l.start, end: ce, kind: l.kind, para: l.para},
				piece{start: l.creditStart, end: l.end, kind: chronicle.ZoneCredit})
			continue
		}
		out.pieces = append(out.pieces, piece{start: l.start, end: l.end, kind: l.kind, para: l.para})
	}
	return out
}

// splitLines splits src into lines, trims them and drops debris: blank
// lines, image markup, table pipes, lines without a letter or digit and
// boilerplate.
func splitLines(src string, lx *lexicon) []line {
	var lines []line
	blank, afterImage := false, false
	for pos := 0; pos <= len(src); {
		end := len(src)
		if nl := strings.IndexByte(src[pos:], '\n'); nl >= 0 {
			end = pos + nl
		}
		next := end + 1
		s, e := trimSpace(src, pos, end)
		pos = next
		if s == e {
			// A blank line parts an image from the text after it.
			blank, afterImage = true, false
			continue
		}
		s = skipHeading(src, s, e)
		s, img := skipImages(src, s, e)
		s, e, piped := trimPipes(src, s, e)
		if !hasAlnum(src[s:e]) {
			if img {
				afterImage = true
			}
			continue
		}
		if lx.boilerplate(src[s:e]) {
			continue
		}
		lines = append(lines, line{start: s, end: e, para: blank, afterImage: afterImage || img, piped: piped})
		blank, afterImage = false, false
	}
	return lines
}

// trimSpace returns [s, e) without surrounding white space, zero-width
// spaces and byte-order marks.
func trimSpace(src string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(src[s:e])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(src[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

// skipHeading skips a Markdown heading marker ("## ") at the start of
// [s, e).
func skipHeading(src string, s, e int) int {
	i := s
	for i < e && i-s < 6 && src[i] == '#' {
		i++
	}
	if i == s || i == e || (src[i] != ' ' && src[i] != '\t') {
		return s
	}
	for i < e && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}

// skipImages skips Markdown image markup at the start of [s, e): ![alt](src)
// and [![alt](src)](href), each followed by optional spaces and pipes.
func skipImages(src string, s, e int) (int, bool) {
	img := false
	for {
		n := imageMarkup(src[s:e])
		if n == 0 {
			return s, img
		}
		img = true
		s += n
		for s < e && (src[s] == ' ' || src[s] == '\t' || src[s] == '|') {
			s++
		}
	}
}

// imageMarkup returns the length of the Markdown image at the start of t,
// or 0.
func imageMarkup(t string) int {
	if strings.HasPrefix(t, "[![") {
		n := imageMarkup(t[1:])
		if n == 0 || !strings.HasPrefix(t[1+n:], "](") {
			return 0
		}
		close := strings.IndexByte(t[1+n+2:], ')')
		if close < 0 {
			return 0
		}
		return 1 + n + 2 + close + 1
	}
	if !strings.HasPrefix(t, "![") {
		return 0
	}
	mid := strings.Index(t, "](")
	if mid < 0 || strings.ContainsAny(t[2:mid], "\n") {
		return 0
	}
	close := strings.IndexByte(t[mid+2:], ')')
	if close < 0 {
		return 0
	}
	return mid + 2 + close + 1
}

// trimPipes removes table pipes (and the spaces around them) from both ends
// of [s, e).
func trimPipes(src string, s, e int) (int, int, bool) {
	piped := false
	for s < e && (src[s] == '|' || src[s] == ' ' || src[s] == '\t') {
		piped = piped || src[s] == '|'
		s++
	}
	for e > s && (src[e-1] == '|' || src[e-1] == ' ' || src[e-1] == '\t') {
		piped = piped || src[e-1] == '|'
		e--
	}
	return s, e, piped
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return true
		}
	}
	return false
}

// markDuplicates drops a line that repeats one of the few lines before it
// (white space aside) and marks the first copy.
func markDuplicates(src string, lines []line) {
	for i := range lines {
		if lines[i].drop {
			continue
		}
		a := src[lines[i].start:lines[i].end]
		// a rune takes at most utf8.UTFMax bytes: only a short line can
		// have too few runes
		if len(a) < utf8.UTFMax*dupMinRunes && utf8.RuneCountInString(a) < dupMinRunes || !hasFields(a, dupMinWords) {
			continue
		}
		for j := i + 1; j < len(lines) && j <= i+dupWindow; j++ {
			if !lines[j].drop && sameFields(src[lines[j].start:lines[j].end], a) {
				lines[j].drop = true
				lines[i].dup = true
			}
		}
	}
}

// sameFields reports whether a and b have the same fields, as
// strings.Fields splits them: whether their space-collapsed forms are
// equal. It does not allocate and stops at the first difference.
func sameFields(a, b string) bool {
	for {
		a, b = strings.TrimLeftFunc(a, unicode.IsSpace), strings.TrimLeftFunc(b, unicode.IsSpace)
		if a == "" || b == "" {
			return a == b
		}
		i, j := fieldEnd(a), fieldEnd(b)
		if a[:i] != b[:j] {
			return false
		}
		a, b = a[i:], b[j:]
	}
}

// fieldEnd returns the end of the field s starts with: the index of its
// first white space, or len(s).
func fieldEnd(s string) int {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return i
	}
	return len(s)
}

// collapseSpace trims s and turns each run of white space in it into one
// space: strings.Join(strings.Fields(s), " "), without allocating when s
// is ASCII and already collapsed.
func collapseSpace(s string) string {
	if isCollapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isCollapsed reports whether s is ASCII, has no white space but single
// spaces between other bytes.
func isCollapsed(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// hasFields reports whether s has at least n fields:
// len(strings.Fields(s)) >= n, without allocating.
func hasFields(s string, n int) bool {
	k, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in, k = true, k+1
			if k >= n {
				return true
			}
		}
	}
	return k >= n
}

// markCaptions finds photo captions: lines that were duplicated, end in a
// photo credit or follow an image marker. It records each caption once in
// meta, with its credit.
func (lx *lexicon) markCaptions(src string, lines []line, meta *chronicle.Meta) {
	for i := range lines {
		l := &lines[i]
		if l.drop {
			continue
		}
		text := src[l.start:l.end]
		n := utf8.RuneCountInString(text)
		if n > captionRunes {
			continue
		}
		at, name := lx.findCredit(text)
		if at == 0 && name != "" {
			// A line that is only a credit credits the caption before it.
			l.kind = chronicle.ZoneCredit
			if k := len(meta.Captions) - 1; k >= 0 && meta.Captions[k].Credit == "" && i > 0 && lines[i-1].kind == chronicle.ZoneCaption {
				meta.Captions[k].Credit = name
			}
			continue
		}
		if !(l.dup || name != "" || l.afterImage && (n <= imageCaption || l.piped)) {
			continue
		}
		l.kind = chronicle.ZoneCaption
		c := chronicle.Caption{Text: text}
		if name != "" {
			l.creditStart = l.start + at
			c.Text = src[l.start:trimRightCaption(src, l.start, l.creditStart)]
			c.Credit = name
		}
		meta.Captions = append(meta.Captions, c)
	}
}

// trimRightCaption returns the end of a caption whose credit starts at
// creditStart: before the spaces and separators in between.
func trimRightCaption(src string, start, creditStart int) int {
	e := creditStart
	for e > start {
		r, n := utf8.DecodeLastRuneInString(src[start:e])
		if !isSpace(r) && !strings.ContainsRune("|-–—/(", r) {
			break
		}
		e -= n
	}
	return e
}

// Photo credits at the end of a caption line. In each, group 1 is the
// credit as it stands in the text and group 2 the credited name.
var (
	// "Photo: AP", "Photo credit: Jane Doe", "Photo by Jane Doe/AFP",
	// "Image: EPA", "Credit: Jane Doe", "Courtesy of NASA", at the start of
	// the line or after a sentence or a separator.
	rxCreditLabel = regexp.MustCompile(`(?i)(?:^|[.!?|–—-]\s*)(` + creditLabel + `\s*(\p{L}[^()\[\]:]{0,59}?)\s*\.?)$`)
	// A capitalised label after a plain space: "… in Hanoi Photo: VNA".
	rxCreditCap = regexp.MustCompile(`\s((?:Photo(?:graph)?|Image|Picture|Pic|Illustration)(?:\s+[Cc]redit)?\s*(?:[:：]|\s+by\s)\s*(\p{Lu}[^()\[\]:]{0,59}?)\s*\.?)$`)
	// The same in brackets, after a space: "(Photo: Reuters)".
	rxCreditParen = regexp.MustCompile(`(?i)(?:^|\s)([(\[]` + creditLabel + `\s*(\p{L}[^()\[\]:]{0,59}?)\s*[)\]]\.?)$`)
	// "AFP/Getty Images", "REUTERS/Jane Doe", "Jane Doe/AFP via Getty
	// Images": capitalised words joined by a slash or "via", one of them an
	// agency.
	rxCreditSlash = regexp.MustCompile(`(?:^|[\s.,;|–—-])(\(?((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s){0,3}[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s*/\s*|\s+via\s+)(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s?){1,4}(?:(?:\s*/\s*|\s+via\s+)(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s?){1,3})?)\)?\.?)$`)
	rxCreditSep   = regexp.MustCompile(`\s*/\s*|\s+via\s+`)
)

const creditLabel = `(?:(?:photo(?:graph)?|image|picture|pic|illustration)(?:\s+credit)?\s*(?:[:：]|\s+by\s)|credit\s*[:：]|courtesy(?:\s+of)?\s)`

// findCredit finds a photo credit at the end of a caption line. It returns
// the byte offset where the credit starts in text and the credited name,
// or name "" if there is none.
func (lx *lexicon) findCredit(text string) (at int, name string) {
	// Credits are short: look only at the end of the line, cut before a
	// space so that no pattern sees a false start of line.
	off := 0
	if len(text) > creditTail {
		i := strings.IndexByte(text[len(text)-creditTail:], ' ')
		if i < 0 {
			return -1, ""
		}
		off = len(text) - creditTail + i
	}
	tail := text[off:]
	lower := strings.ToLower(tail)
	if (strings.ContainsAny(tail, ":：") || strings.Contains(lower, " by ") || strings.Contains(lower, "courtesy")) && hasCreditWord(lower) {
		for _, rx := range []*regexp.Regexp{rxCreditLabel, rxCreditParen, rxCreditCap} {
			if m := rx.FindStringSubmatchIndex(tail); m != nil {
				return off + m[2], strings.TrimRight(tail[m[4]:m[5]], ". ")
			}
		}
	}
	if !strings.Contains(tail, "/") && !strings.Contains(tail, " via ") {
		return -1, ""
	}
	if m := rxCreditSlash.FindStringSubmatchIndex(tail); m != nil {
		credit := tail[m[4]:m[5]]
		for _, part := range rxCreditSep.Split(credit, -1) {
			if _, ok := lx.agency(part); ok || strings.TrimSpace(part) == "Getty Images" {
				return off + m[2], strings.TrimSpace(credit)
			}
		}
	}
	return -1, ""
}

// hasCreditWord reports whether lower (a lower-cased line) holds a word
// every credit label has: without one, none of the label patterns can
// match. The words leave out s and k, whose case-insensitive matches
// include letters lower-casing keeps (ſ, K): "courte" stands for
// "courtesy", "illu" for "illustration".
func hasCreditWord(lower string) bool {
	for _, w := range []string{"photo", "image", "pic", "illu", "credit", "courte"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// creditTail is how many bytes at the end of a line can hold a credit.
const creditTail = 160
