package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A tok is a run of letters, a run of digits, or one other non-space
// character. Splitting letters from digits makes "1990s", "5th" and
// "mid-1990s" uniform sequences the grammar can match.
type tok struct {
	s, e  int    // byte offsets in the text
	w     string // lower-cased text
	kind  byte   // 'a' letters, 'd' digits, 'p' anything else
	sp    bool   // preceded by white space or at the start
	nl    bool   // preceded by a line break
	cap   bool   // starts with an upper-case letter
	upper bool   // all upper case letters, more than one
	sent  int    // sentence number, for tense
}

// tokenize splits text into toks and numbers their sentences.
func tokenize(text string) []tok {
	var toks []tok
	sp := true
	nl := false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' {
				nl = true
			}
			sp = true
			i += n
			continue
		}
		start := i
		var kind byte
		switch {
		case unicode.IsLetter(r):
			kind = 'a'
			for i < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[i:])
				if !unicode.IsLetter(r2) {
					break
				}
				i += n2
			}
		case r >= '0' && r <= '9':
			kind = 'd'
			for i < len(text) && text[i] >= '0' && text[i] <= '9' {
				i++
			}
		default:
			kind = 'p'
			i += n
		}
		raw := text[start:i]
		t := tok{s: start, e: i, kind: kind, sp: sp, nl: nl}
		if kind == 'a' {
			t.w = strings.ToLower(raw)
			t.cap = unicode.IsUpper(r)
			t.upper = len(raw) > 1 && raw == strings.ToUpper(raw)
		} else {
			t.w = raw
			if r == '’' || r == '‘' {
				t.w = "'"
			}
		}
		toks = append(toks, t)
		sp, nl = false, false
	}
	sent := 0
	for i := range toks {
		if i > 0 && (toks[i].nl || endsSentence(toks, i-1)) {
			sent++
		}
		toks[i].sent = sent
	}
	return toks
}

// endsSentence reports whether toks[i] ends a sentence: ! ? ; always, a
// period when the next token starts a new word in upper case and the
// period does not close an abbreviation (a.m., U.S., Oct.).
func endsSentence(toks []tok, i int) bool {
	switch toks[i].w {
	case "!", "?", ";":
		return true
	case ".":
	default:
		return false
	}
	if i+1 >= len(toks) || !toks[i+1].sp || (!toks[i+1].cap && toks[i+1].kind != 'p') {
		return false
	}
	if i > 0 && toks[i-1].kind == 'a' && !toks[i].sp {
		p := toks[i-1].w
		if len(p) == 1 || isAbbrev(p) {
			return false
		}
	}
	return true
}

// isAbbrev reports whether a period after w does not end a sentence.
func isAbbrev(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "jan", "feb", "mar",
		"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "corp",
		"co", "ltd", "prof", "lt", "col", "capt", "sgt", "rev", "ft", "mt", "ave", "blvd", "dept",
		"est", "approx", "fig", "jan.", "messrs", "u", "s":
		return true
	}
	return false
}
