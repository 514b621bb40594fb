package clean

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// languageSample is how much text language detection looks at.
const languageSample = 1536

//go:embed data/trigrams-latin.txt
var latinTrigrams string

// A languages detects the language of a text. It is whatlanggo's trigram
// detector run from an index: for Latin-script text (nearly all input) it
// looks each trigram of the text up once, instead of looking each of the
// 300 trigrams of each of 40-odd language profiles up in the text's
// trigram counts, and picks the same language (whatlanggo breaks exact
// ties at random; this picks the first profile). Text in other scripts,
// or with letters of other scripts, goes to whatlanggo itself. Read-only
// after construction.
type languages struct {
	codes []string                 // ISO 639-1 code of each profile ("" if none)
	index map[uint64][]langPosting // packed trigram → profiles holding it
	// The postings of the trigrams of a-z and space (most of them) lie
	// together in basic, those of trigram i (see basicIndex) at
	// basic[basicAt[i]:basicAt[i+1]]: a few cache lines instead of a
	// slice header and an allocation a trigram.
	basic   []langPosting
	basicAt [27*27*27 + 1]uint32
	stop    [utf8.RuneSelf]bool // whatlanggo's stop characters, for ASCII
	// scratch holds *langCounts: detect counts the basic trigrams of a
	// text first and reads the postings of each distinct one once.
	scratch sync.Pool
}

// langCounts is detect's scratch space: the count of each basic trigram
// of a text, and the trigrams counted (to reset the counts after).
type langCounts struct {
	n    [27 * 27 * 27]uint16
	seen []uint16
}

// basicIndex returns the index in languages.basic of trigram r1 r2 r3,
// or -1 if one of them is not a-z or space.
func basicIndex(r1, r2, r3 rune) int {
	return basicRune(r1)*27*27 + basicRune(r2)*27 + basicRune(r3)
}

func basicRune(r rune) int {
	switch {
	case r == ' ':
		return 0
	case r >= 'a' && r <= 'z':
		return int(r-'a') + 1
	}
	return -1 << 20
}

// A langPosting is a profile and the weight of a trigram in it:
// 300 minus its rank.
type langPosting struct {
	lang   uint16
	weight uint16
}

// maxTrigramDistance is whatlanggo's weight of a profile's first trigram.
const maxTrigramDistance = 300

// newLanguages reads the profiles of data/trigrams-latin.txt.
func newLanguages() (*languages, error) {
	l := &languages{index: map[uint64][]langPosting{}}
	for r := range rune(utf8.RuneSelf) {
		l.stop[r] = isStopRune(r)
	}
	sc := bufio.NewScanner(strings.NewReader(latinTrigrams))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		code, list, ok := strings.Cut(line, "\t")
		lang := whatlanggo.CodeToLang(code)
		if !ok || lang < 0 {
			return nil, fmt.Errorf("clean: trigrams-latin.txt:%d: bad language %q", n, code)
		}
		for rank, tri := range strings.Split(list, "|") {
			if rank >= maxTrigramDistance {
				break
			}
			if key, ok := packTrigram(tri); ok {
				l.index[key] = append(l.index[key], langPosting{uint16(len(l.codes)), uint16(maxTrigramDistance - rank)})
			}
		}
		l.codes = append(l.codes, lang.Iso6391())
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("clean: trigrams-latin.txt: %w", err)
	}
	var basic [27 * 27 * 27][]langPosting
	for key, ps := range l.index {
		if i := basicIndex(rune(key>>42), rune(key>>21&(1<<21-1)), rune(key&(1<<21-1))); i >= 0 {
			basic[i] = ps
		}
	}
	for i, ps := range basic {
		l.basicAt[i] = uint32(len(l.basic))
		l.basic = append(l.basic, ps...)
	}
	l.basicAt[len(basic)] = uint32(len(l.basic))
	if len(l.codes) < 2 {
		return nil, fmt.Errorf("clean: trigrams-latin.txt: %d profiles", len(l.codes))
	}
	return l, nil
}

// packTrigram packs a trigram of three runes into a key; a profile entry
// of another length can never match and is skipped.
func packTrigram(s string) (uint64, bool) {
	var k uint64
	n := 0
	for _, r := range s {
		k = k<<21 | uint64(r)
		n++
	}
	return k, n == 3
}

// isStopRune is whatlanggo's isStopChar: space, punctuation, symbol or
// digit.
func isStopRune(r rune) bool {
	return unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r)
}

// detect returns the ISO 639-1 code of the language text is written in,
// or "" if it cannot tell. It looks at the first languageSample bytes.
func (l *languages) detect(text string) string {
	if len(text) > languageSample {
		n := languageSample
		for n > 0 && !utf8.RuneStart(text[n]) {
			n--
		}
		text = text[:n]
	}
	// whatlanggo picks the script with the most letters; when every
	// counted letter is Latin, that is Latin (or none without letters).
	letters := 0
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf:
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				letters++
			}
		case isStopRune(r):
		case unicode.Is(unicode.Latin, r):
			letters++
		default:
			return whatlangLanguage(text)
		}
	}
	if letters == 0 {
		return ""
	}
	// The trigrams of whatlanggo's count: runes lower-cased, stop
	// characters read as spaces, a space before and after, and no
	// trigram whose middle is a space next to another space. A profile
	// scores the weight of each of its trigrams times the number of
	// times the text has it.
	var dist [64]int
	if len(l.codes) > len(dist) {
		return whatlangLanguage(text)
	}
	counts, _ := l.scratch.Get().(*langCounts)
	if counts == nil {
		counts = new(langCounts)
	}
	r1, r2 := rune(' '), rune(-1)
	step := func(r3 rune) {
		if r2 >= 0 && !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			if i := basicIndex(r1, r2, r3); i >= 0 {
				if counts.n[i] == 0 {
					counts.seen = append(counts.seen, uint16(i))
				}
				counts.n[i]++
			} else {
				for _, p := range l.index[uint64(r1)<<42|uint64(r2)<<21|uint64(r3)] {
					dist[p.lang] += int(p.weight)
				}
			}
		}
		if r2 >= 0 {
			r1 = r2
		}
		r2 = r3
	}
	for _, r := range text {
		if r < utf8.RuneSelf {
			if l.stop[r] {
				r = ' '
			} else if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else if isStopRune(r) {
			r = ' '
		} else {
			r = unicode.ToLower(r)
		}
		step(r)
	}
	step(' ')
	for _, i := range counts.seen {
		n := int(counts.n[i])
		for _, p := range l.basic[l.basicAt[i]:l.basicAt[i+1]] {
			dist[p.lang] += int(p.weight) * n
		}
		counts.n[i] = 0
	}
	counts.seen = counts.seen[:0]
	l.scratch.Put(counts)
	best := 0
	for i := range l.codes {
		if dist[i] > dist[best] {
			best = i
		}
	}
	if dist[best] == 0 {
		return ""
	}
	return l.codes[best]
}

// whatlangLanguage runs whatlanggo itself.
func whatlangLanguage(text string) string {
	info := whatlanggo.Detect(text)
	if info.Lang < 0 {
		return ""
	}
	return info.Lang.Iso6391()
}
