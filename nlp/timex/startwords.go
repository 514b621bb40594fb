package timex

import "strings"

// firstWords are the words beyond the lexicon's that a rule compares the
// first token of an expression with (the token at i when core tries i):
// "last", "this", "the past", "a year ago", "every week", "noon", "the
// nineties"... With the lexicon's words they form the only words an
// expression can start with; see mayStart. The rules compare later tokens
// with many more words ("ago", "said", "minister"): those cannot start
// one. TestFirstWords checks that the list drops no expression that
// every word the rules name (ruleWords in the tests) would find.
const firstWords = `
a additional an comparable coming corresponding countless couple current each eighties every few fifties final
first fiscal following forties full further future fy h half initial last latest long many midday
midnight month more near next nineties noon now numerous once other past per period preceding present
previous prior q quarter recent remaining right same seventies several short sixties some that these
thirties this thrice twenties twice upcoming week weekend year
`

// startWords returns the words an expression can start with: words (a
// list parted by white space: firstWords) and every word of the lexicon.
func startWords(lx *lexicon, words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	add := func(w string) {
		m[w] = true
		if i := strings.IndexByte(w, ' '); i > 0 {
			m[w[:i]] = true
		}
	}
	for w := range lx.month {
		add(w)
	}
	for w := range lx.abbr {
		add(w)
	}
	for w := range lx.weekday {
		add(w)
	}
	for w := range lx.num {
		add(w)
	}
	for w := range lx.ord {
		add(w)
	}
	for w := range lx.dayrel {
		add(w)
	}
	for _, mp := range []map[string]string{lx.unit, lx.season, lx.part, lx.set, lx.ref, lx.holiday, lx.zone} {
		for w := range mp {
			add(w)
		}
	}
	for w := range lx.multi {
		add(w)
	}
	return m
}

// mayStart reports whether a rule can match at a letter token spelled w
// (lower case): only if w, or w without a plural s ("fridays"), is a word
// the rules or the lexicon know. Other words are most of a text's tokens;
// skipping them only saves time.
func (lx *lexicon) mayStart(w string) bool {
	if lx.start[w] {
		return true
	}
	return len(w) > 1 && w[len(w)-1] == 's' && lx.start[w[:len(w)-1]]
}
