// Package tokenize splits English news text into tokens with byte offsets.
//
// Input is a UTF-8 string (Document.Text); output is a []chronicle.Token in
// text order. The conventions are those of the Penn Treebank as used by
// CoNLL-2003, on which Chronicle's tagging and NER models are trained:
//
//   - clitics are split: "Trump's" → Trump 's, "don't" → do n't,
//     "can't" → ca n't, "they're" → they 're; ’ (U+2019) works like ';
//   - quotes, brackets and other punctuation are tokens of their own;
//   - abbreviations keep their period: U.S., e.g., a.m., Ph.D. (letters
//     joined by periods), initials (J.), and a closed list of abbreviations
//     (Mr., Gen., Jan., Inc., Calif., etc., No. before a number);
//   - numbers keep their separators: 145, 3.5, 1,000, 2,500.75, 10:30,
//     11/7, 2025/07/11, 2025-07-11; "145%" is 145 % (CoNLL writes the sign
//     as its own token); "$2.5bn" is $ 2.5bn (the magnitude suffix stays
//     with the number, as CoNLL's "3M" and "125M" do); "US$" and "HK$" are
//     one symbol token, as in CoNLL;
//   - hyphenated words are one token (US-China, well-known, 30-year-old,
//     U.S.-China), but "--", "–" and "—" are tokens; letters around a slash
//     are split (and / or, as CoNLL does) while digits around one are not;
//   - URLs (http://, https://, www.) and e-mail addresses are one token;
//     so are "...", "…", runs of "-" and runs of "?!".
//
// Invariants: tokens are in order, non-empty and non-overlapping, and every
// character that is not white space (unicode.IsSpace, U+200B, U+FEFF) lies
// in exactly one token. For valid UTF-8 input every token starts and ends
// on a rune boundary; an invalid byte becomes a one-byte TokenOther token.
// Tokens allocates nothing but the growth of dst.
package tokenize

import (
	"context"
	"unicode"
	"unicode/utf8"

	"chronicle"
)

// Tokens appends the tokens of text to dst and returns it.
func Tokens(dst []chronicle.Token, text string) []chronicle.Token {
	for i := 0; i < len(text); {
		if text[i] == ' ' || text[i] == '\n' {
			i++ // as isSpace below, for the most frequent spaces
			continue
		}
		r, size := decode(text, i)
		if isSpace(r) {
			i += size
			continue
		}
		var end int
		var kind chronicle.TokenKind
		switch {
		case isAlnum(r):
			end, kind = word(text, i)
		case isApos(r):
			end, kind = apostrophe(text, i, size)
		default:
			end, kind = punct(text, i, r, size)
		}
		dst = append(dst, chronicle.Token{Start: i, End: end, Kind: kind})
		i = end
	}
	return dst
}

// Annotator sets doc.Tokens. When the document has zones, each zone is
// tokenised on its own, so that no token crosses a zone boundary; text
// between zones is tokenised too.
type Annotator struct{}

// Annotate replaces doc.Tokens with the tokens of doc.Text.
func (Annotator) Annotate(ctx context.Context, doc *chronicle.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	toks := make([]chronicle.Token, 0, len(doc.Text)/5+1)
	prev := 0
	for _, z := range doc.Zones {
		if z.Start < prev || z.End < z.Start || z.End > len(doc.Text) {
			continue // Check reports bad zones; here they are ignored
		}
		toks = span(toks, doc.Text, prev, z.Start)
		toks = span(toks, doc.Text, z.Start, z.End)
		prev = z.End
	}
	doc.Tokens = span(toks, doc.Text, prev, len(doc.Text))
	return nil
}

// span appends the tokens of text[start:end] with offsets into text.
func span(dst []chronicle.Token, text string, start, end int) []chronicle.Token {
	if start >= end {
		return dst
	}
	n := len(dst)
	dst = Tokens(dst, text[start:end])
	if start > 0 {
		for i := n; i < len(dst); i++ {
			dst[i].Start += start
			dst[i].End += start
		}
	}
	return dst
}

// word scans a token that starts with a letter or digit at start and
// returns its end and kind.
func word(text string, start int) (int, chronicle.TokenKind) {
	end, kind, more := part(text, start)
	for more { // U.S.-China
		end, _, more = part(text, end+1)
		kind = chronicle.TokenWord
	}
	return end, kind
}

// part scans a word from start as word does, except that after an acronym
// with periods followed by a hyphen and a letter or digit it returns the
// offset of the hyphen and more.
func part(text string, start int) (end int, kind chronicle.TokenKind, more bool) {
	if end := nt(text, start); end > 0 {
		return end, chronicle.TokenWord, false
	}
	if end := url(text, start); end > 0 {
		return end, chronicle.TokenWord, false
	}
	var (
		j         = start
		prev      rune
		segLen    int  // letters and digits since the last period or hyphen
		segDigit  bool // the current segment has a digit
		maxSeg    int  // longest period-separated segment
		dots      int  // internal periods between letters
		anyDigit  bool // a period-separated segment has a digit
		letters   int  // letters in the token
		upper     = true
		sepLetter bool // a letter follows a hyphen or slash: a word, not a number
		digit0    = isDigit(runeAt(text, start))
	)
loop:
	for j < len(text) {
		// ASCII letters, most of the bytes, as the isLetter case below
		if c := text[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			letters++
			segLen++
			if c >= 'a' {
				upper = false
			}
			prev = rune(c)
			j++
			continue
		}
		r, size := decode(text, j)
		switch {
		case isLetter(r):
			letters++
			segLen++
			if !isUpper(r) {
				upper = false
			}
		case isDigit(r):
			segLen++
			segDigit = true
		case isMark(r):
		default:
			next := runeAt(text, j+size)
			switch {
			case isHyphen(r) && isAlnum(next):
				if isLetter(next) {
					sepLetter = true
				}
				maxSeg, anyDigit = max(maxSeg, segLen), anyDigit || segDigit
				segLen, segDigit = 0, false
			case r == '.' && isDigit(prev) && isDigit(next):
			case r == '.' && isLetter(prev) && isLetter(next) && !(segLen >= 3 && isLower(prev) && isUpper(next)):
				dots++
				maxSeg, anyDigit = max(maxSeg, segLen), anyDigit || segDigit
				segLen, segDigit = 0, false
			case r == ',' && isDigit(prev) && thousands(text, j+1):
			case (r == '/' || r == ':') && isDigit(prev) && isDigit(next):
			case r == '&' && isLetter(prev) && isLetter(next):
			case r == '_' && isAlnum(next):
			case isApos(r):
				if (prev == 'n' || prev == 'N') && (next == 't' || next == 'T') && !isAlnum(runeAt(text, j+size+1)) {
					if j-1 > start {
						return j - 1, chronicle.TokenWord, false // do|n't
					}
					return j + size + 1, chronicle.TokenWord, false
				}
				if !isLetter(next) || clitic(text, j+size) > 0 {
					break loop
				}
			case r == '@':
				if end := email(text, j); end > 0 {
					return end, chronicle.TokenWord, false
				}
				break loop
			case r == '/' && dots > 0 && isLower(prev) && segLen >= 2:
				return urlBody(text, j), chronicle.TokenWord, false // bbc.co.uk/news
			default:
				break loop
			}
		}
		prev = r
		j += size
	}
	maxSeg, anyDigit = max(maxSeg, segLen), anyDigit || segDigit
	kind = chronicle.TokenWord
	if digit0 && !sepLetter {
		kind = chronicle.TokenNumber
	}
	if j >= len(text) {
		return j, kind, false
	}
	switch text[j] {
	case '$':
		if upper && letters == j-start && letters <= 3 {
			return j + 1, chronicle.TokenSymbol, false // US$, HK$, C$
		}
	case '.':
		if j+1 < len(text) && text[j+1] == '.' {
			break // ellipsis
		}
		core, after := text[start:j], text[j+1:]
		attach := false
		switch {
		case dots > 0:
			attach = !anyDigit && maxSeg <= 2 // U.S., e.g., Ph.D.
		case letters == 1 && j-start == 1:
			attach = isUpper(prev) && (core != "I" || initialFollows(after)) || core == "v" || core == "p" && numberFollows(after) // J., Roe v. Wade, p. 3
		case letters == j-start:
			attach = abbreviation(core, after)
		case letters == 0 && j-start <= 2:
			attach = lineStart(text, start) && len(after) > 0 && after[0] == ' ' // list item "1."
		}
		if !attach {
			break
		}
		j++
		return j, kind, dots > 0 && len(after) > 1 && after[0] == '-' && isAlnum(runeAt(after, 1))
	}
	return j, kind, false
}

// nt returns the end of a "n't" clitic at i that follows a letter, or 0.
func nt(text string, i int) int {
	if text[i] != 'n' && text[i] != 'N' || i == 0 || !isLetter(runeBefore(text, i)) {
		return 0
	}
	if i+1 >= len(text) {
		return 0
	}
	r, size := decode(text, i+1)
	if !isApos(r) {
		return 0
	}
	k := i + 1 + size
	if k >= len(text) || text[k] != 't' && text[k] != 'T' || isAlnum(runeAt(text, k+1)) {
		return 0
	}
	return k + 1
}

// clitic returns the end of a clitic s, re, ve, ll, d or m (any case) that
// starts at i (after the apostrophe) and ends the word, or 0.
func clitic(text string, i int) int {
	k := i
	for k < len(text) && k-i <= 2 && isASCIILetter(text[k]) {
		k++
	}
	if isAlnum(runeAt(text, k)) {
		return 0
	}
	switch k - i {
	case 1:
		switch text[i] | 0x20 {
		case 's', 'd', 'm':
			return k
		}
	case 2:
		a, b := text[i]|0x20, text[i+1]|0x20
		if a == 'r' && b == 'e' || a == 'v' && b == 'e' || a == 'l' && b == 'l' {
			return k
		}
	}
	return 0
}

// apostrophe scans a token that starts with an apostrophe or right single
// quote at i: a clitic ('s), a decade ('90s), a pair of apostrophes (the
// PTB closing quote), or the mark alone.
func apostrophe(text string, i, size int) (int, chronicle.TokenKind) {
	if end := clitic(text, i+size); end > 0 {
		return end, chronicle.TokenWord
	}
	k := i + size
	for k < len(text) && k-i-size < 4 && isDigit(rune(text[k])) {
		k++
	}
	if k-i-size == 2 {
		if k < len(text) && text[k] == 's' {
			k++
		}
		if !isAlnum(runeAt(text, k)) {
			return k, chronicle.TokenNumber // '90s
		}
	}
	if text[i] == '\'' && i+1 < len(text) && text[i+1] == '\'' {
		return i + 2, chronicle.TokenPunct // ''
	}
	return i + size, chronicle.TokenPunct
}

// punct scans a token that starts with the punctuation, symbol or other
// rune r of size bytes at i.
func punct(text string, i int, r rune, size int) (int, chronicle.TokenKind) {
	switch r {
	case '.':
		if isDigit(runeAt(text, i+1)) && !isAlnum(runeBefore(text, i)) {
			end, _ := word(text, i+1) // .5
			return end, chronicle.TokenNumber
		}
		return run(text, i, '.'), chronicle.TokenPunct // . .. ...
	case '-', '*', '=', '_':
		kind := chronicle.TokenPunct
		if r == '=' {
			kind = chronicle.TokenSymbol
		}
		return run(text, i, byte(r)), kind // - -- ---
	case '?', '!':
		j := i
		for j < len(text) && (text[j] == '?' || text[j] == '!') {
			j++
		}
		return j, chronicle.TokenPunct
	case '`':
		return run(text, i, '`'), chronicle.TokenPunct
	case '#', '@':
		if isAlnum(runeAt(text, i+1)) && !isAlnum(runeBefore(text, i)) && !isDigit(runeAt(text, i+1)) {
			end, _ := word(text, i+1) // #hashtag, @handle
			return end, chronicle.TokenWord
		}
		return i + 1, chronicle.TokenSymbol
	case '+':
		if isDigit(runeAt(text, i+1)) && !isAlnum(runeBefore(text, i)) {
			end, _ := word(text, i+1) // +0.5, +44
			return end, chronicle.TokenNumber
		}
		return i + 1, chronicle.TokenSymbol
	case '$', '%', '&', '<', '>', '^', '|', '~':
		return i + 1, chronicle.TokenSymbol
	case '\u2013', '\u2014', '\u2015', '\u2012':
		j := i + size
		for j+size <= len(text) && text[j:j+size] == text[i:i+size] {
			j += size
		}
		return j, chronicle.TokenPunct
	}
	if r < 0x20 || r == 0x7F {
		return i + 1, chronicle.TokenOther // control character
	}
	if r < utf8.RuneSelf {
		return i + 1, chronicle.TokenPunct
	}
	kind := chronicle.TokenOther
	switch {
	case r == utf8.RuneError && size == 1:
		return i + 1, chronicle.TokenOther
	case unicode.IsPunct(r):
		return i + size, chronicle.TokenPunct
	case unicode.IsSymbol(r):
		kind = chronicle.TokenSymbol
		if r >= 0x1F000 || 0x2600 <= r && r <= 0x27BF {
			kind = chronicle.TokenOther // emoji
		}
	}
	return cluster(text, i+size), kind
}

// cluster returns the end of the combining marks, variation selectors,
// emoji modifiers and zero-width-joined runes that follow i.
func cluster(text string, i int) int {
	for i < len(text) {
		r, size := decode(text, i)
		switch {
		case isMark(r), 0xFE00 <= r && r <= 0xFE0F, 0x1F3FB <= r && r <= 0x1F3FF, 0xE0020 <= r && r <= 0xE007F:
			i += size
		case r == 0x200D:
			i += size
			if i < len(text) {
				r, size = decode(text, i)
				if !isSpace(r) {
					i += size
				}
			}
		default:
			return i
		}
	}
	return i
}

// run returns the end of the run of byte c that starts at i.
func run(text string, i int, c byte) int {
	for i < len(text) && text[i] == c {
		i++
	}
	return i
}

// thousands reports whether text[i:] starts with exactly three digits.
func thousands(text string, i int) bool {
	return i+3 <= len(text) && isASCIIDigit(text[i]) && isASCIIDigit(text[i+1]) && isASCIIDigit(text[i+2]) &&
		!isDigit(runeAt(text, i+3))
}

// initialFollows reports whether after starts with " X." (another initial),
// so that "I." is taken as an initial (I. M. Pei) and not the pronoun.
func initialFollows(after string) bool {
	return len(after) >= 3 && after[0] == ' ' && 'A' <= after[1] && after[1] <= 'Z' && after[2] == '.'
}

// lineStart reports whether only spaces or tabs precede i on its line.
func lineStart(text string, i int) bool {
	for i--; i >= 0; i-- {
		switch text[i] {
		case ' ', '\t':
		case '\n', '\r':
			return true
		default:
			return false
		}
	}
	return true
}

// url returns the end of a URL starting at i (http://, https://, ftp://,
// www.), or 0.
func url(text string, i int) int {
	switch text[i] | 0x20 {
	case 'h', 'f', 'w':
	default:
		return 0
	}
	rest := text[i:]
	for _, p := range [...]string{"https://", "http://", "ftp://", "www."} {
		if len(rest) > len(p) && equalFold(rest[:len(p)], p) && !isSpace(runeAt(rest, len(p))) {
			return urlBody(text, i+len(p))
		}
	}
	return 0
}

// urlBody returns the end of a URL whose body continues at i: up to white
// space, a quote, a dash or an ellipsis (a URL carries them percent-encoded;
// in running text they are the sentence's punctuation), less trailing
// punctuation and unbalanced brackets.
func urlBody(text string, i int) int {
	start := i
	for i < len(text) {
		r, size := decode(text, i)
		if isSpace(r) || r == '"' || r == '<' || r == '>' || r == '\u201C' || r == '\u201D' || r == '\u2018' || r == '\u2019' || r == '\u2013' || r == '\u2014' || r == '\u2026' || r == utf8.RuneError {
			break
		}
		i += size
	}
	opens := count(text[start:i], '(') + count(text[start:i], '[')
	closes := count(text[start:i], ')') + count(text[start:i], ']')
	for i > start {
		switch text[i-1] {
		case '.', ',', ';', ':', '!', '?', '\'':
			i--
			continue
		case ')', ']':
			if opens < closes {
				closes--
				i--
				continue
			}
		}
		break
	}
	return i
}

// email returns the end of an e-mail address whose '@' is at at, or 0.
// The local part has already been scanned as a word.
func email(text string, at int) int {
	i, dot, last := at+1, false, byte(0)
	for i < len(text) {
		c := text[i]
		if isASCIILetter(c) || isASCIIDigit(c) || c == '-' || c == '.' && i+1 < len(text) && isASCIILetter(text[i+1]|0x20) {
			dot = dot || c == '.'
			last = c
			i++
			continue
		}
		break
	}
	if !dot || !isASCIILetter(last) || at == 0 {
		return 0
	}
	return i
}

// abbreviation reports whether core (letters only) followed by a period
// and then after is an abbreviation that keeps its period.
func abbreviation(core, after string) bool {
	if len(core) > 6 {
		return false
	}
	var buf [6]byte
	for i := 0; i < len(core); i++ {
		buf[i] = core[i] | 0x20
	}
	title := 'A' <= core[0] && core[0] <= 'Z'
	switch string(buf[:len(core)]) {
	case "etc", "vs", "cf", "approx", "al", "viz", "incl", "v":
		return true
	case "no", "nos", "art", "ch", "fig", "p", "pp", "vol":
		return (title || core[0] == 'p') && numberFollows(after) // No. 10, Art. 5, p. 3
	case
		// titles and ranks
		"mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cmdr", "adm", "sgt",
		"cpl", "pvt", "brig", "cdr", "rev", "fr", "sr", "jr", "st", "sen", "rep", "reps", "gov", "pres",
		"supt", "insp", "det", "hon", "amb", "mme", "mlle", "esq", "lieut", "gens", "sens",
		// companies and organisations
		"inc", "corp", "co", "ltd", "plc", "bros", "cos", "dept", "univ", "assn", "intl", "govt",
		// months and days
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
		// US states
		"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
		"ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
		"tenn", "tex", "va", "vt", "wash", "wis", "wyo",
		// places and measures
		"ave", "blvd", "rd", "mt", "ft", "hwy", "sq", "est":
		return title
	}
	return false
}

// numberFollows reports whether after starts with a digit, optionally
// after one space.
func numberFollows(after string) bool {
	if len(after) > 0 && after[0] == ' ' {
		after = after[1:]
	}
	return len(after) > 0 && isASCIIDigit(after[0])
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// equalFold reports whether s equals the lower-case ASCII string lower,
// ignoring ASCII case.
func equalFold(s, lower string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c |= 0x20
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// decode returns the rune at text[i] and its size.
func decode(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// runeAt returns the rune at text[i], or -1 past the end.
func runeAt(text string, i int) rune {
	if i >= len(text) {
		return -1
	}
	r, _ := decode(text, i)
	return r
}

// runeBefore returns the rune that ends at text[i], or -1 at the start.
func runeBefore(text string, i int) rune {
	if i <= 0 {
		return -1
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return r >= 0x80 && (unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF)
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isASCIIDigit(c byte) bool  { return '0' <= c && c <= '9' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && isASCIILetter(byte(r))
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isAlnum(r rune) bool { return isLetter(r) || isDigit(r) }

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isMark(r rune) bool { return r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me) }

func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02BC' }

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }
