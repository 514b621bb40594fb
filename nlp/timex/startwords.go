package timex

import "strings"

// A rule names one of the rules core tries, as a bit of a set: the rules
// that can match at a token (see parser.rules). Most tokens start none,
// and most of the others start one or two, so that core skips most rules
// at most tokens. Skipping a rule only saves time: it could not match.
type rule uint32

const (
	ruleClock rule = 1 << iota
	ruleWeekday
	ruleMonth
	ruleDayMonth
	ruleYear
	ruleNumeric
	ruleDayRel
	ruleRef
	ruleRelUnit
	ruleQuarter
	ruleSeason
	ruleHoliday
	ruleCentury
	ruleAnaphor
	ruleTheUnit
	ruleFollowing
	ruleWeekOf
	ruleYearEnd
	ruleYearWords
	ruleDuration
	ruleSet

	// allRules holds every rule; dateRules those dateCore tries.
	allRules  = ruleSet<<1 - 1
	dateRules = allRules &^ (ruleClock | ruleDuration | ruleSet)
	// numberRules are the rules that can start at a number.
	numberRules = ruleClock | ruleDayMonth | ruleYear | ruleNumeric | ruleQuarter | ruleCentury | ruleDuration
)

// firstWords lists, for each rule, the words beyond the lexicon's that it
// compares the first token of an expression with (the token at i when
// core tries i), and "'" for a year ('98, '90s). Read with the lexicon
// classes of startRules, it is all a rule can start with. The rules
// compare later tokens with many more words ("ago", "said", "minister"):
// those start nothing. TestStartRules checks that no expression is lost
// against trying every rule at every word the rules name.
func firstWords() map[rule]string {
	return map[rule]string{
		ruleClock:     "noon midday midnight",
		ruleWeekday:   "last next past previous coming following this",
		ruleMonth:     "last next this past coming",
		ruleYear:      "' fiscal fy year twenties thirties forties fifties sixties seventies eighties nineties",
		ruleDayRel:    "last this",
		ruleRef:       "right now past future present near short long a current these recent more",
		ruleRelUnit:   "this current present last past previous latest prior preceding next coming following upcoming that same",
		ruleQuarter:   "last next this fiscal q h",
		ruleAnaphor:   "comparable same corresponding year",
		ruleTheUnit:   "quarter period year month week weekend full fiscal",
		ruleFollowing: "following next previous preceding prior",
		ruleWeekOf:    "week",
		ruleYearEnd:   "year",
		ruleDuration: "past last next coming first previous following latest final remaining initial additional recent other further more " +
			"a an several few many some numerous countless couple half",
		ruleSet: "every each per once twice thrice",
	}
}

// startRules returns the rules each word can start (lexicon.first): those
// of firstWords, and those that look the word up in a lexicon class (for
// a name of several words, its first word). The number rules are not in
// it: they start at any number (lexicon.digits).
func startRules(lx *lexicon) map[string]rule {
	m := map[string]rule{}
	for r, words := range firstWords() {
		for _, w := range strings.Fields(words) {
			m[w] |= r
		}
	}
	add := func(w string, r rule) {
		m[w] |= r
		if i := strings.IndexByte(w, ' '); i > 0 {
			m[w[:i]] |= r
		}
	}
	classes := []struct {
		words []string
		r     rule
	}{
		{keys(lx.month), ruleMonth},
		{keys(lx.abbr), ruleMonth},
		{keys(lx.weekday), ruleWeekday},
		{keys(lx.num), ruleYearWords | ruleDuration | ruleYear},
		{keys(lx.ord), ruleDayMonth | ruleQuarter | ruleCentury},
		{keys(lx.dayrel), ruleDayRel},
		{keys(lx.ref), ruleRef},
		{keys(lx.unit), ruleDuration},
		{keys(lx.season), ruleSeason},
		{keys(lx.holiday), ruleHoliday},
		{keys(lx.multi), ruleHoliday},
		{keys(lx.set), ruleSet},
	}
	for _, c := range classes {
		for _, w := range c.words {
			add(w, c.r)
		}
	}
	return m
}

// keys returns the keys of m.
func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// rules returns the rules that can match at toks[i]: those its word, or
// its word without a plural s ("fridays"), can start, and at a number the
// number rules.
func (p *parser) rules(i int) rule {
	if i < 0 || i >= len(p.toks) {
		return 0
	}
	t := p.toks[i]
	rs := p.lx.first[t.w]
	switch n := len(t.w); {
	case t.kind == 'd':
		rs |= p.lx.digits
	case t.kind == 'a' && n > 1 && t.w[n-1] == 's':
		rs |= p.lx.first[t.w[:n-1]]
	}
	return rs
}
