package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// markTitle makes the first line the title: for HTML when it matches the
// page's title, for text when it looks like a headline (short, no terminal
// period) and more text follows.
func (lx *lexicon) markTitle(src string, lines []line, kept []int, html bool, title string, meta *chronicle.Meta) {
	if len(kept) < 2 {
		return
	}
	l := &lines[kept[0]]
	if l.kind != "" {
		return
	}
	text := src[l.start:l.end]
	if html {
		if title != "" && sameTitle(text, title) {
			l.kind = chronicle.ZoneTitle
			meta.Title = text
		}
		return
	}
	if !looksLikeHeadline(text) {
		return
	}
	if _, _, ok := lx.parseByline(text); ok {
		return
	}
	l.kind = chronicle.ZoneTitle
	meta.Title = text
}

// sameTitle reports whether a line of extracted text is the page title,
// ignoring case, spacing and a site name appended to the title.
func sameTitle(line, title string) bool {
	a, b := strings.ToLower(collapseSpace(line)), strings.ToLower(collapseSpace(title))
	if a == "" {
		return false
	}
	return a == b || strings.HasPrefix(b, a) && len(a) >= len(b)/2
}

func looksLikeHeadline(text string) bool {
	n := utf8.RuneCountInString(text)
	if n < 3 || n > titleRunes || len(strings.Fields(text)) > 25 {
		return false
	}
	if strings.HasSuffix(text, "...") || strings.HasSuffix(text, "…") {
		// An ellipsis is not a terminal period.
	} else if last, _ := utf8.DecodeLastRuneInString(text); strings.ContainsRune(".,;:", last) {
		return false
	}
	// Not the rest of a sentence: no lower-case start, except for names
	// such as iTunes and eBay.
	r := []rune(text)
	return !unicode.IsLower(r[0]) || unicode.IsUpper(r[1])
}

// markBylines finds bylines and wire credits among the first and last few
// lines (not captions) and records their authors and agencies.
func (lx *lexicon) markBylines(src string, lines []line, kept []int, meta *chronicle.Meta) {
	record := func(l *line) bool {
		if l.kind != "" {
			return false
		}
		authors, wire, ok := lx.parseByline(src[l.start:l.end])
		if !ok {
			return false
		}
		l.kind = chronicle.ZoneByline
		for _, a := range authors {
			meta.Authors = appendUnique(meta.Authors, a)
		}
		for _, w := range wire {
			meta.Wire = appendUnique(meta.Wire, w)
		}
		return true
	}
	// From the end: skip captions and credits, stop at the first body line.
	seen := 0
	for k := len(kept) - 1; k >= 1 && seen < edgeLines; k-- {
		l := &lines[kept[k]]
		if l.kind == chronicle.ZoneCaption || l.kind == chronicle.ZoneCredit {
			continue
		}
		seen++
		if !record(l) {
			break
		}
	}
	// From the start, after the title: only lines that are a byline.
	for k := 0; k < len(kept)-1 && k < edgeLines; k++ {
		l := &lines[kept[k]]
		if l.kind == chronicle.ZoneTitle || l.kind == chronicle.ZoneCaption || l.kind == chronicle.ZoneCredit {
			continue
		}
		if !record(l) {
			break
		}
	}
}

var (
	// "(Reporting by Jane Doe in Beijing; Editing by John Smith)".
	rxReporting = regexp.MustCompile(`(?i)^(?:(?:additional\s+)?(?:reporting|writing|written|reported|compiled|text)|editing|edited)\s+by\s+(.+)$`)
	rxEditing   = regexp.MustCompile(`(?i)^(?:editing|edited)\s`)
	// "Name (According to AFP)", "(AP)".
	rxParenWire = regexp.MustCompile(`(?i)^(.*?)\s*\((?:according to|source:?|via|from|with|theo)?\s*([^()]+?)\s*\)$`)
	// "By Jane Doe, Reuters", "Jane Doe | AFP", "— AP".
	rxSepWire = regexp.MustCompile(`^(.*?)\s*(?:,|\||[-–—]|/)\s*([^,|–—/]+)$`)
	// "According to AFP", "Source: Reuters".
	rxAccording = regexp.MustCompile(`(?i)^(?:according to|source:?)\s+(.+?)\.?$`)
	rxBy        = regexp.MustCompile(`^(?:[Bb]y|BY)\s+(.+)$`)
	rxNameIn    = regexp.MustCompile(`\s+in\s+\p{Lu}.*$`)
)

// mayBy reports whether rxBy can match t: t must begin with "By", "by"
// or "BY".
func mayBy(t string) bool {
	return strings.HasPrefix(t, "By") || strings.HasPrefix(t, "by") || strings.HasPrefix(t, "BY")
}

// mayAccord reports whether rxAccording can match t: t must begin with a
// or s in either case, or with a letter outside ASCII (under (?i), ſ
// matches s).
func mayAccord(t string) bool {
	if t == "" {
		return false
	}
	c := t[0]
	return c >= utf8.RuneSelf || c|0x20 == 'a' || c|0x20 == 's'
}

// mayReport reports whether rxReporting can match t: t must begin with a
// letter its alternatives begin with (a, c, e, r, t, w: letters without
// case variants outside ASCII, so (?i) adds none).
func mayReport(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] | 0x20 {
	case 'a', 'c', 'e', 'r', 't', 'w':
		return true
	}
	return false
}

// parseByline reads a byline or wire credit: "Pham Giang (According to
// AFP)", "By Jane Doe, Reuters", "By John Smith and Ann Lee", "— AP",
// "(Reporting by Jane Doe; Editing by John Smith)". It fails on anything
// that is not made only of person names and agency names.
func (lx *lexicon) parseByline(text string) (authors, wire []string, ok bool) {
	if utf8.RuneCountInString(text) > bylineRunes {
		return nil, nil, false
	}
	t := strings.TrimSpace(text)
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Count(t, "(") == 1 {
		inner := strings.TrimSpace(t[1 : len(t)-1])
		if rxReporting.MatchString(inner) {
			return lx.parseReporting(inner)
		}
	}
	if mayReport(t) && rxReporting.MatchString(t) {
		return lx.parseReporting(t)
	}
	t = strings.TrimLeft(t, "-–—― ")
	hasBy := false
	if mayBy(t) {
		if m := rxBy.FindStringSubmatch(t); m != nil {
			t, hasBy = m[1], true
		}
	}
	if mayAccord(t) {
		if m := rxAccording.FindStringSubmatch(t); m != nil {
			w, ok := lx.agencyList(m[1])
			return nil, w, ok
		}
	}
	// The cheap tests in front of the regular expressions below say when
	// they cannot match (most lines).
	if strings.HasSuffix(t, ")") {
		if m := rxParenWire.FindStringSubmatch(t); m != nil {
			if w, ok := lx.agencyList(m[2]); ok {
				t, wire = m[1], w
			}
		}
	}
	if wire == nil {
		if w, ok := lx.agencyList(t); ok {
			return nil, w, true
		}
		if strings.ContainsAny(t, ",|-–—/") {
			if m := rxSepWire.FindStringSubmatch(t); m != nil {
				if w, ok := lx.agencyList(m[2]); ok {
					t, wire = m[1], w
				}
			}
		}
	}
	t = strings.TrimRight(strings.TrimSpace(t), ",|-–—")
	if t == "" {
		return nil, wire, len(wire) > 0
	}
	if !hasBy && len(wire) == 0 {
		return nil, nil, false
	}
	names, ok := personNames(t)
	if !ok {
		return nil, nil, false
	}
	return names, wire, true
}

// parseReporting reads Reuters-style credits; the reporters and writers
// are the authors, editors are not.
func (lx *lexicon) parseReporting(t string) (authors, wire []string, ok bool) {
	for _, part := range strings.Split(t, ";") {
		part = strings.TrimSpace(part)
		m := rxReporting.FindStringSubmatch(part)
		if m == nil {
			return nil, nil, false
		}
		if rxEditing.MatchString(part) {
			continue
		}
		for _, n := range splitNames(m[1]) {
			n = rxNameIn.ReplaceAllString(n, "")
			if !isPersonName(n) {
				continue
			}
			authors = appendUnique(authors, n)
		}
	}
	return authors, nil, true
}

// personNames splits "Jane Doe and John Smith" into names, leaving out job
// titles ("Political Correspondent"); it fails if a part is not a name.
func personNames(t string) ([]string, bool) {
	var names []string
	for _, n := range splitNames(t) {
		n = rxNameIn.ReplaceAllString(n, "")
		if isRole(n) {
			continue
		}
		if !isPersonName(n) {
			return nil, false
		}
		names = append(names, n)
	}
	return names, len(names) > 0
}

var roleWords = map[string]bool{
	"correspondent": true, "editor": true, "reporter": true, "writer": true, "staff": true,
	"contributor": true, "columnist": true, "chief": true, "bureau": true, "desk": true,
	"agency": true, "agencies": true, "news": true, "team": true,
}

func isRole(n string) bool {
	for _, w := range strings.FieldsFunc(n, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
		if roleWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return true
		}
	}
	return false
}

var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "del": true, "della": true, "dos": true, "du": true,
	"van": true, "von": true, "der": true, "den": true, "ter": true, "la": true, "le": true,
	"bin": true, "binti": true, "ibn": true, "al": true, "el": true, "y": true,
}

// isPersonName accepts two to five capitalised words (initials and
// particles such as "van" allowed) without digits.
func isPersonName(n string) bool {
	words := strings.Fields(n)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for i, w := range words {
		if nameParticles[w] && i > 0 && i < len(words)-1 {
			continue
		}
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) {
			return false
		}
		for _, r := range w {
			if !(unicode.IsLetter(r) || unicode.IsMark(r) || strings.ContainsRune(".'’-", r)) {
				return false
			}
		}
	}
	return true
}

// A dateline opens the first paragraph: "KUALA LUMPUR (Reuters) -",
// "WASHINGTON, July 10 (AP) —". Group 1 is the agency list.
var rxDateline = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,2})?(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*\(([^()]{1,60})\)\s*[-–—:]`)

// markDateline records the agency of a dateline opening the first body
// line. The dateline stays in the text.
func (lx *lexicon) markDateline(src string, lines []line, kept []int, meta *chronicle.Meta) {
	for _, i := range kept {
		l := &lines[i]
		if l.kind != "" {
			continue
		}
		if m := rxDateline.FindStringSubmatch(src[l.start:l.end]); m != nil {
			if w, ok := lx.agencyList(m[1]); ok {
				for _, a := range w {
					meta.Wire = appendUnique(meta.Wire, a)
				}
			}
		}
		return
	}
}

// pageAuthors tidies the authors a page's metadata names ("By MEG KINNARD
// and ERRIN HAINES, Associated Press"): it drops "By" and job titles, and
// moves agencies to the wire list.
func (lx *lexicon) pageAuthors(names []string) (authors, wire []string) {
	for _, n := range names {
		n = strings.TrimSpace(n)
		if m := rxBy.FindStringSubmatch(n); m != nil {
			n = m[1]
		}
		if _, after, ok := strings.Cut(n, " by "); ok {
			n = after // "Analysis by Chris Cillizza"
		}
		for _, p := range splitNames(n, "|") {
			if a, ok := lx.agency(p); ok {
				wire = appendUnique(wire, a.Name)
				continue
			}
			if w := strings.Fields(p); len(w) > 2 {
				// "JILL LAWLESS Associated Press"
				for k := min(3, len(w)-2); k >= 1; k-- {
					if a, ok := lx.agency(strings.Join(w[len(w)-k:], " ")); ok {
						wire = appendUnique(wire, a.Name)
						p = strings.Join(w[:len(w)-k], " ")
						break
					}
				}
			}
			first, _ := utf8.DecodeRuneInString(p)
			if isRole(p) || !unicode.IsUpper(first) && !unicode.IsLetter(first) || unicode.IsLower(first) {
				continue
			}
			authors = appendUnique(authors, p)
		}
	}
	return authors, wire
}
