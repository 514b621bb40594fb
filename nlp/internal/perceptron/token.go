package perceptron

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Flag bits describing a token's orthography.
const (
	FlagInitCap  = 1 << iota // first letter upper case
	FlagAllCap               // every letter upper case, at least one letter
	FlagHasDigit             // contains a digit
	FlagAllDigit             // only digits
	FlagHyphen               // contains '-'
	FlagPeriod               // contains '.'
	FlagInnerCap             // an upper-case letter after the first rune
	FlagPunct                // no letters or digits
	FlagLong                 // more than 12 bytes
)

// A Token is the hashed orthography of one word, computed once per token
// and shared by every feature template that looks at it.
type Token struct {
	Norm      uint64    // lower case, digits folded to '0'
	Exact     uint64    // the word as written (quotes normalised)
	Lower     uint64    // the word in lower case (quotes normalised)
	Prefix    [4]uint64 // hashes of the first 1..4 bytes (as written); 0 if shorter
	Suffix    [4]uint64 // hashes of the last 1..4 bytes (lower case, reversed); 0 if shorter
	Shape     uint64    // long shape: Xxxx, dd-dd, X.X. (runs capped at 4)
	Short     uint64    // short shape: runs collapsed (Xx, d-d, X.X.)
	Flags     uint64
	Cluster   [3]uint64 // word-cluster ids at three granularities, 0 if unknown (set by the caller)
	HasLetter bool
}

// Normalize maps typographic quotes and dashes, and the PTB quote tokens
// (two backquotes, two apostrophes), to the forms used in the CoNLL data.
// It returns w itself when there is nothing to map.
func Normalize(w string) string {
	switch w {
	case "``", "''":
		return `"`
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return strings.Map(func(r rune) rune {
				switch r {
				case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
					return '"'
				case '\u2018', '\u2019', '\u201a':
					return '\''
				case '\u2013', '\u2014', '\u2212':
					return '-'
				}
				return r
			}, w)
		}
	}
	return w
}

// NormHash returns Token.Norm of w without the rest of Analyze.
func NormHash(w string) uint64 {
	w = Normalize(w)
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			w = strings.ToLower(w)
			break
		}
	}
	return normHash(w)
}

func normHash(lower string) uint64 {
	norm := Seed
	for i := 0; i < len(lower); i++ {
		c := lower[i]
		if c >= '0' && c <= '9' {
			c = '0'
		} else if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		norm = HashByte(norm, c)
	}
	return norm
}

// Analyze fills t from word w. It allocates only for non-ASCII words.
func Analyze(w string, t *Token) {
	w = Normalize(w)
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			analyzeRunes(w, t)
			return
		}
	}
	analyzeASCII(w, t)
}

// analyzeASCII is Analyze of an ASCII word after Normalize: the hashes
// and the shapes in one pass, so that their multiplications overlap
// (FuzzAnalyzeASCII checks it against analyzeRunes).
func analyzeASCII(w string, t *Token) {
	*t = Token{}
	norm, exact, low := Seed, Seed, Seed
	long, short := Seed, Seed
	var flags uint64
	last, run := -1, 0
	letters, uppers, digits := 0, 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		exact = HashByte(exact, c)
		if i < len(t.Prefix) {
			t.Prefix[i] = exact
		}
		var shape byte
		switch {
		case 'A' <= c && c <= 'Z':
			shape = 'X'
			uppers++
			letters++
			if i == 0 {
				flags |= FlagInitCap
			} else {
				flags |= FlagInnerCap
			}
			c += 'a' - 'A'
			low = HashByte(low, c)
			norm = HashByte(norm, c)
		case 'a' <= c && c <= 'z':
			shape = 'x'
			letters++
			low = HashByte(low, c)
			norm = HashByte(norm, c)
		case '0' <= c && c <= '9':
			shape = 'd'
			digits++
			low = HashByte(low, c)
			norm = HashByte(norm, '0')
		default:
			shape = c
			if c == '-' {
				flags |= FlagHyphen
			} else if c == '.' {
				flags |= FlagPeriod
			}
			low = HashByte(low, c)
			norm = HashByte(norm, c)
		}
		if int(shape) == last {
			run++
		} else {
			run = 1
		}
		if run <= 4 {
			long = HashByte(long, shape)
		}
		if run == 1 {
			short = HashByte(short, shape)
		}
		last = int(shape)
	}
	t.Norm, t.Exact, t.Lower = norm, exact, low
	h := Seed
	for i := 0; i < len(w) && i < 4; i++ {
		c := w[len(w)-1-i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = HashByte(h, c)
		t.Suffix[i] = h
	}
	if letters > 0 && uppers == letters {
		flags |= FlagAllCap
	}
	if digits > 0 {
		flags |= FlagHasDigit
		if digits == len(w) {
			flags |= FlagAllDigit
		}
	}
	if letters == 0 && digits == 0 {
		flags |= FlagPunct
	}
	if len(w) > 12 {
		flags |= FlagLong
	}
	t.HasLetter = letters > 0
	t.Shape, t.Short, t.Flags = long, short, flags
}

// analyzeRunes is Analyze of a word after Normalize, rune by rune.
func analyzeRunes(w string, t *Token) {
	*t = Token{}
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	lower := w
	if !ascii {
		lower = strings.ToLower(w)
	}
	norm, exact, low := normHash(lower), Seed, Seed
	for i := 0; i < len(lower); i++ {
		c := lower[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low = HashByte(low, c)
	}
	t.Lower = low
	for i := 0; i < len(w); i++ {
		exact = HashByte(exact, w[i])
	}
	t.Norm, t.Exact = norm, exact
	h := Seed
	for i := 0; i < len(w) && i < 4; i++ {
		h = HashByte(h, w[i])
		t.Prefix[i] = h
	}
	h = Seed
	for i := 0; i < len(lower) && i < 4; i++ {
		c := lower[len(lower)-1-i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = HashByte(h, c)
		t.Suffix[i] = h
	}
	var flags uint64
	long, short := Seed, Seed
	var last rune = -1
	run := 0
	letters, uppers, digits, n := 0, 0, 0, 0
	for i, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			uppers++
			letters++
			if i == 0 {
				flags |= FlagInitCap
			} else {
				flags |= FlagInnerCap
			}
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case unicode.IsDigit(r):
			c = 'd'
			digits++
		default:
			c = r
			if r == '-' {
				flags |= FlagHyphen
			} else if r == '.' {
				flags |= FlagPeriod
			}
		}
		n++
		if c == last {
			run++
		} else {
			run = 1
		}
		if run <= 4 {
			long = hashRune(long, c)
		}
		if run == 1 {
			short = hashRune(short, c)
		}
		last = c
	}
	if letters > 0 && uppers == letters {
		flags |= FlagAllCap
	}
	if digits > 0 {
		flags |= FlagHasDigit
		if digits == n {
			flags |= FlagAllDigit
		}
	}
	if letters == 0 && digits == 0 {
		flags |= FlagPunct
	}
	if len(w) > 12 {
		flags |= FlagLong
	}
	t.HasLetter = letters > 0
	t.Shape, t.Short, t.Flags = long, short, flags
}

// AppendLower appends the lower-case form of w to dst; it does not
// allocate for ASCII words when dst has room.
func AppendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(dst, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return HashByte(h, byte(r))
	}
	var b [4]byte
	n := utf8.EncodeRune(b[:], r)
	for _, c := range b[:n] {
		h = HashByte(h, c)
	}
	return h
}

// Shape returns the long shape of w as a string (for tests and debugging):
// upper-case letters become X, lower-case x, digits d, other runes stay,
// and runs are capped at four.
func Shape(w string) string {
	var b strings.Builder
	var last rune = -1
	run := 0
	for _, r := range Normalize(w) {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			run++
		} else {
			run = 1
		}
		if run <= 4 {
			b.WriteRune(c)
		}
		last = c
	}
	return b.String()
}
