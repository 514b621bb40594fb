package timex

import (
	"unicode"
	"unicode/utf8"

	"chronicle/nlp/internal/lower"
)

// A tok is a run of letters, a run of digits, or one other non-space
// character. Splitting letters from digits makes "1990s", "5th" and
// "mid-1990s" uniform sequences the grammar can match.
type tok struct {
	w    string // lower-cased text
	s, e int32  // byte offsets in the text
	sent int32  // sentence number, for tense
	kind byte   // 'a' letters, 'd' digits, 'p' anything else
	f    byte   // fSp, fNl, fCap, fUpper
}

// The flags of a tok. A tok is 32 bytes: a long document holds one per
// word and punctuation mark while the stage runs.
const (
	fSp    byte = 1 << iota // preceded by white space or at the start
	fNl                     // preceded by a line break
	fCap                    // starts with an upper-case letter
	fUpper                  // all upper case letters, more than one
)

func (t tok) sp() bool    { return t.f&fSp != 0 }
func (t tok) nl() bool    { return t.f&fNl != 0 }
func (t tok) cap() bool   { return t.f&fCap != 0 }
func (t tok) upper() bool { return t.f&fUpper != 0 }

// flagIf returns f if b, else 0.
func flagIf(b bool, f byte) byte {
	if b {
		return f
	}
	return 0
}

// tokenize splits text into toks and numbers their sentences. The
// lower-cased words share one buffer: a token costs no allocation of its
// own. Offsets are int32: text must be shorter than 2 GiB.
func tokenize(text string) []tok {
	return appendTokens(make([]tok, 0, len(text)/4+1), text)
}

// appendTokens is tokenize appending to dst[:0], whose array it reuses.
func appendTokens(dst []tok, text string) []tok {
	toks := dst[:0]
	var lows lower.Buffer
	sp := true
	nl := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
				if c == '\n' {
					nl = true
				}
				sp = true
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if c >= utf8.RuneSelf && unicode.IsSpace(r) {
			sp = true
			i += n
			continue
		}
		start := i
		var kind byte
		ascii := true
		switch {
		case c < utf8.RuneSelf && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') || c >= utf8.RuneSelf && unicode.IsLetter(r):
			kind = 'a'
			for i < len(text) {
				c2 := text[i]
				if c2 < utf8.RuneSelf {
					if 'a' <= c2 && c2 <= 'z' || 'A' <= c2 && c2 <= 'Z' {
						i++
						continue
					}
					break
				}
				r2, n2 := utf8.DecodeRuneInString(text[i:])
				if !unicode.IsLetter(r2) {
					break
				}
				ascii = false
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
		t := tok{s: int32(start), e: int32(i), kind: kind, f: flagIf(sp, fSp) | flagIf(nl, fNl)}
		if kind == 'a' {
			t.w = lows.Lower(raw)
			up := true
			if ascii {
				for k := 0; k < len(raw); k++ {
					if b := raw[k]; b < 'A' || b > 'Z' {
						up = false
						break
					}
				}
			} else {
				for _, q := range raw {
					if unicode.ToUpper(q) != q {
						up = false
						break
					}
				}
			}
			t.f |= flagIf(len(raw) > 1 && up, fUpper) | flagIf(unicode.IsUpper(r), fCap)
		} else {
			t.w = raw
			if r == '’' || r == '‘' {
				t.w = "'"
			}
		}
		toks = append(toks, t)
		sp, nl = false, false
	}
	var sent int32
	for i := range toks {
		if i > 0 && (toks[i].nl() || endsSentence(toks, i-1)) {
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
	if i+1 >= len(toks) || !toks[i+1].sp() || (!toks[i+1].cap() && toks[i+1].kind != 'p') {
		return false
	}
	if i > 0 && toks[i-1].kind == 'a' && !toks[i].sp() {
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

// maxText is the longest text tokenize can hold in int32 offsets.
const maxText = 1<<31 - 1
