package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A parser finds and normalises the temporal expressions of one text. It
// is per-call state; the lexicon it points to is shared read-only.
type parser struct {
	lx    *lexicon
	text  string
	toks  []tok
	ref   time.Time
	known bool   // ref is the real reference date
	order int    // numeric dates: +1 day/month, -1 month/day, 0 undecided
	last  string // value of the previous DATE, for anaphora ("a year earlier")
	lastQ string // the last quarter mentioned (2025-Q2), for "the quarter", "the 1988 period"
	caps  bool   // the text is in capitals: case carries no signal
	notes []note
}

// A note is a finding the document-level code turns into a warning.
type note struct {
	code, msg string
}

// kind says how a date was stated, for the conflict rule.
type kind uint8

const (
	kindOther    kind = iota
	kindCalendar      // an explicit calendar date: July 11, 11/7
	kindRelative      // a day named relative to the reference: Thursday, yesterday
)

// A match is one expression over toks[i:end].
type match struct {
	i, end        int
	typ, val, mod string
	kind          kind
	anaphor       bool // refers back to the last date; does not replace it
}

func (p *parser) w(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].w
}

// tight reports whether toks[i] exists and touches the token before it.
func (p *parser) tight(i int) bool { return i < len(p.toks) && i > 0 && !p.toks[i].sp() }

func (p *parser) in(i int, words ...string) bool {
	w := p.w(i)
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// digits returns the value of a digit token of at most maxLen digits.
func (p *parser) digits(i, maxLen int) (int, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != 'd' || len(p.toks[i].w) > maxLen {
		return 0, false
	}
	n, err := strconv.Atoi(p.toks[i].w)
	return n, err == nil
}

// capOK reports whether toks[i] is capitalised or case is uninformative.
func (p *parser) capOK(i int) bool { return p.caps || p.toks[i].cap() }

// tense returns the tense of the clause around toks[i:j]. A date after
// "by", "until" or "effective" with no tense of its own lies ahead.
func (p *parser) tense(i, j int) tense {
	if p.w(i-1) == "since" {
		return tensePast // "since March": a starting point already passed
	}
	if k := i - 1; p.w(k) == "the" && p.w(k-1) == "of" && p.w(k-2) == "ahead" || p.w(k) == "of" && p.w(k-1) == "ahead" {
		return tenseFuture // "ahead of the weekend"
	}
	t := tenseAt(p.toks, i, j)
	if t == tensePast {
		// "extended its deadline until 9 a.m. Tuesday", "gave it until mid-November"
		for k := i - 1; k >= 0 && k >= i-6 && p.toks[k].sent == p.toks[i].sent && !isComma(p.w(k)); k-- {
			if p.in(k, "until", "till", "through") {
				if p.extension(k) {
					return tenseFuture
				}
				break
			}
		}
	}
	if t == tenseNone || t == tensePresent {
		if p.in(i-1, "by", "until", "till", "through", "effective", "starting") {
			return tenseFuture
		}
	}
	return t
}

// extension reports whether a verb or noun of granting more time comes
// shortly before toks[k] in its sentence: the date after it is a new
// deadline, still ahead.
func (p *parser) extension(k int) bool {
	for d := k - 1; d >= 0 && d >= k-14 && p.toks[d].sent == p.toks[k].sent; d-- {
		switch p.toks[d].w {
		case "extended", "extend", "extends", "extending", "extension", "postponed", "postpone", "delayed",
			"deadline", "gave", "given", "adjourned", "suspended", "deferred", "granted", "moved":
			return true
		}
	}
	return false
}

// run finds every expression, left to right, longest first.
func (p *parser) run() []match {
	var out []match
	for i := 0; i < len(p.toks); {
		if !p.mayStartAt(i) {
			i++ // most tokens
			continue
		}
		m, ok := p.at(i)
		if !ok || m.end <= i {
			i++
			continue
		}
		out = append(out, m)
		// "April 24 and 25": the second day of the same month
		if isDayValue(m.val) && p.in(m.end, "and", "to", "through", "-", "or") {
			if d, ok := p.digits(m.end+1, 2); ok && d >= 1 && d <= 31 && (!p.tight(m.end+2) || p.w(m.end+2) == "." && !p.tight(m.end+3)) {
				if _, _, isMonth := p.monthAt(m.end + 2); !isMonth && !p.in(m.end+2, "%", "percent") {
					if t, err := time.Parse("2006-01-02", m.val); err == nil && validDay(t.Year(), int(t.Month()), d) && d > t.Day() {
						out = append(out, match{i: m.end + 1, end: m.end + 2, typ: "DATE", val: fmtDay(date(t.Year(), int(t.Month()), d)), kind: kindCalendar})
						m.end += 2
					}
				}
			}
		}
		if m.typ == "DATE" && !m.anaphor && m.val != "" && m.val[0] >= '0' && m.val[0] <= '9' {
			p.last = m.val
			if isQuarterValue(m.val) && p.known && m.val < fmt.Sprintf("%04d-Q%d", p.ref.Year(), quarterOf(int(p.ref.Month()))) {
				p.lastQ = m.val // a quarter reported on is over
			}
		}
		i = m.end
	}
	return out
}

// mayStartAt reports whether at(i) can find an expression: toks[i] must
// lead one in (a modifier of quantMod or posMod, "the") or start a core
// rule. It only saves time.
func (p *parser) mayStartAt(i int) bool {
	t := p.toks[i]
	if t.kind == 'a' && leadWord(t.w) {
		return true
	}
	return !cannotStart(t) && p.rules(i) != 0
}

// leadWord reports whether at reads w before a core expression: "the" and
// the first words quantMod and posMod compare a token with.
func leadWord(w string) bool {
	switch w {
	case "the",
		"around", "about", "approximately", "roughly", "nearly", "some", "almost", "more", "fewer", "less", "over", "under", "at", "up", "no",
		"early", "earlier", "late", "later", "mid", "beginning", "start", "end", "middle", "close":
		return true
	}
	return false
}

// at parses an expression starting at toks[i]: optional quantity and
// position modifiers, "the", a core expression, and suffixes.
func (p *parser) at(i int) (match, bool) {
	j := i
	mod := ""
	if k, md := p.quantMod(j); k > j {
		j, mod = k, md
	}
	the := -1
	if p.w(j) == "the" {
		// "the" is kept in the span, unless the expression modifies a noun
		// (see determinerFree); "this past weekend" is handled by the core
		the = j
		j++
	}
	pos, posAt := "", j
	if k, md := p.posMod(j); k > j {
		j, pos = k, md
		if p.w(j) == "the" {
			j++
		}
	}
	m, ok := p.core(j)
	if !ok {
		return match{}, false
	}
	m.i = i
	if _, adverb := p.lx.ref[p.w(j)]; (adverb || p.w(j) == "current") && m.end == j+1 {
		m.i = j // an adverb does not take "the" or modifiers: "the recently opened"
		pos, mod = "", ""
	}
	if pos != "" && j == posAt+1 && p.in(posAt, "earlier", "later") && p.dayOrThisWeek(j) && (isDayValue(m.val) || isWeekValue(m.val)) {
		// "earlier Friday", "later this week": the adverb dates the event
		// within the day or week; TimeML leaves it out
		pos = ""
		if mod == "" && the < 0 {
			m.i = j
		}
	}
	if the >= 0 && the == i && pos == "" && p.determinerFree(j, m) {
		m.i = j // "the Aug. 7 bombing", "the 14-day strike": "the" belongs to the noun
	}
	if strings.HasSuffix(m.val, "X") && len(m.val) == 4 && m.val[2] != 'X' && (pos != "" || j > i) {
		m.val = m.val[:3] // "the 1990s", "the early 1980s": the decade itself
	}
	if pos != "" {
		m.mod = pos
		if m.typ == "DURATION" {
			m.mod = ""
		}
	}
	if mod != "" && m.mod == "" {
		m.mod = mod
	}
	// suffixes
	switch {
	case p.w(m.end) == "or" && p.w(m.end+1) == "so":
		m.end += 2
		if m.mod == "" {
			m.mod = "APPROX"
		}
	case p.w(m.end) == "or" && p.in(m.end+1, "later", "after") && m.typ == "DATE":
		m.end += 2
		m.mod = "ON_OR_AFTER"
	case p.w(m.end) == "or" && p.in(m.end+1, "earlier", "before") && m.typ == "DATE":
		m.end += 2
		m.mod = "ON_OR_BEFORE"
	case p.w(m.end) == "or" && p.w(m.end+1) == "more" && m.typ == "DURATION":
		m.end += 2
		m.mod = "EQUAL_OR_MORE"
	case p.w(m.end) == "and" && p.w(m.end+1) == "beyond" && m.typ == "DATE":
		m.end += 2
		m.mod = "ON_OR_AFTER"
	}
	return m, true
}

// dayOrThisWeek reports whether toks[j] starts a weekday, "today",
// "tonight" or "this week".
func (p *parser) dayOrThisWeek(j int) bool {
	if _, ok := p.lx.weekday[p.w(j)]; ok {
		return true
	}
	return p.in(j, "today", "tonight") || p.w(j) == "this" && p.w(j+1) == "week"
}

// determinerFree reports whether a "the" before the core m starting at
// toks[c] determines a noun the expression modifies rather than the
// expression itself, so that TimeML leaves it out: a calendar date, month,
// weekday or year ("the Aug. 7 bombing", "the 1987 crash", "the Tuesday
// meeting") or a hyphenated adjective ("the 14-day strike", "the
// third-quarter loss", "the year-ago results"). Decades, centuries and
// expressions headed by a period noun ("the 1988 period", "the 1989 third
// quarter") keep it.
func (p *parser) determinerFree(c int, m match) bool {
	last := p.w(m.end - 1)
	switch last {
	case "period", "periods", "quarter", "quarters", "half", "year", "years", "months", "weeks", "days":
		if !(p.w(m.end-2) == "-" && p.tight(m.end-1)) {
			return false
		}
	}
	if m.typ == "DATE" && (len(m.val) < 4 || len(m.val) == 4 && m.val[3] == 'X') {
		return false // decades and centuries
	}
	if c < len(p.toks) && p.toks[c].kind == 'd' {
		if p.in(c+1, "st", "nd", "rd", "th") && p.tight(c+1) {
			return false // "the 4th of July"
		}
		return !strings.HasSuffix(p.w(m.end-1), "s") || m.typ != "DATE"
	}
	if _, _, ok := p.monthAt(c); ok {
		return true
	}
	if _, ok := p.lx.weekday[p.w(c)]; ok {
		return true
	}
	if m.end-c < 3 || p.w(m.end-2) != "-" || !p.tight(m.end-1) || !p.tight(m.end-2) {
		return false
	}
	_, unit := p.lx.unit[last]
	return unit || last == "ago" || last == "earlier" || last == "quarter" || last == "half"
}

// quantMod parses "about", "more than", "at least", ... before a quantity.
func (p *parser) quantMod(i int) (int, string) {
	w, w2 := p.w(i), p.w(i+1)
	numberNext := func(k int) bool {
		_, _, _, ok := p.number(k)
		return ok || p.w(k) == "the" || p.toks != nil && k < len(p.toks) && p.toks[k].kind == 'd'
	}
	switch {
	case w == "around" && p.in(i-1, "get", "gets", "got", "getting", "go", "goes", "went", "turn", "turned", "come", "came", "look", "looked"):
		return i, "" // "get around Wednesday's ruling": a particle
	case w == "about" || w == "around" || w == "approximately" || w == "roughly" || w == "nearly":
		return i + 1, "APPROX"
	case w == "some" && numberNext(i+1) && p.w(i+1) != "the":
		return i + 1, "APPROX"
	case w == "almost":
		return i + 1, "LESS_THAN"
	case (w == "more" || w == "fewer" || w == "less") && w2 == "than":
		if w == "more" {
			return i + 2, "MORE_THAN"
		}
		return i + 2, "LESS_THAN"
	case (w == "over" || w == "under") && numberNext(i+1) && p.w(i+1) != "the":
		if w == "over" {
			return i + 1, "MORE_THAN"
		}
		return i + 1, "LESS_THAN"
	case w == "at" && w2 == "least":
		return i + 2, "EQUAL_OR_MORE"
	case w == "at" && w2 == "most", w == "up" && w2 == "to":
		return i + 2, "EQUAL_OR_LESS"
	case w == "no" && w2 == "more" && p.w(i+2) == "than":
		return i + 3, "EQUAL_OR_LESS"
	case w == "no" && w2 == "less" && p.w(i+2) == "than":
		return i + 3, "EQUAL_OR_MORE"
	}
	return i, ""
}

// posMod parses "early", "late", "mid-", "the end of", ... before a date.
func (p *parser) posMod(i int) (int, string) {
	w := p.w(i)
	switch w {
	case "early", "earlier":
		return i + 1, "START"
	case "late", "later":
		return i + 1, "END"
	case "mid":
		if p.w(i+1) == "-" {
			return i + 2, "MID"
		}
		return i + 1, "MID"
	case "beginning", "start", "end", "middle", "close":
		if p.w(i+1) == "of" {
			k := i + 2
			if p.w(k) == "the" && !p.in(k+1, "year", "month", "week", "decade", "century", "quarter") {
				return i, ""
			}
			switch w {
			case "beginning", "start":
				return k, "START"
			case "middle":
				return k, "MID"
			}
			return k, "END"
		}
	}
	return i, ""
}

// core tries every core rule that can match at toks[i] (see rules) and
// returns the longest match.
func (p *parser) core(i int) (match, bool) {
	if i >= len(p.toks) || cannotStart(p.toks[i]) {
		return match{}, false
	}
	rs := p.rules(i)
	if rs == 0 {
		return match{}, false
	}
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && m.end > i && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	if rs&ruleClock != 0 {
		try(p.clock(i))
	}
	if rs&dateRules != 0 {
		try(p.dateCoreOf(i, rs))
	}
	if rs&ruleDuration != 0 {
		try(p.durationCore(i))
	}
	if rs&ruleSet != 0 {
		try(p.setCore(i))
	}
	return best, found
}

// dateCore tries the rules that yield a DATE (possibly extended to a TIME).
func (p *parser) dateCore(i int) (match, bool) { return p.dateCoreOf(i, p.rules(i)) }

// dateCoreOf is dateCore trying only the rules of rs, those that can
// match at toks[i].
func (p *parser) dateCoreOf(i int, rs rule) (match, bool) {
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && m.end > i && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	if rs&ruleWeekday != 0 {
		try(p.weekdayRule(i))
	}
	if rs&ruleMonth != 0 {
		try(p.monthRule(i))
	}
	if rs&ruleDayMonth != 0 {
		try(p.dayMonthRule(i))
	}
	if rs&ruleYear != 0 {
		try(p.yearRule(i))
	}
	if rs&ruleNumeric != 0 {
		try(p.numericRule(i))
	}
	if rs&ruleDayRel != 0 {
		try(p.dayRelRule(i))
	}
	if rs&ruleRef != 0 {
		try(p.refRule(i))
	}
	if rs&ruleRelUnit != 0 {
		try(p.relUnitRule(i))
	}
	if rs&ruleQuarter != 0 {
		try(p.quarterRule(i))
	}
	if rs&ruleSeason != 0 {
		try(p.seasonRule(i))
	}
	if rs&ruleHoliday != 0 {
		try(p.holidayRule(i))
	}
	if rs&ruleCentury != 0 {
		try(p.centuryRule(i))
	}
	if rs&ruleAnaphor != 0 {
		try(p.anaphorRule(i))
	}
	if rs&ruleTheUnit != 0 {
		try(p.theUnitRule(i))
	}
	if rs&ruleFollowing != 0 {
		try(p.followingRule(i))
	}
	if rs&ruleWeekOf != 0 {
		try(p.weekOfRule(i))
	}
	if rs&ruleYearEnd != 0 {
		try(p.yearEndRule(i))
	}
	if rs&ruleYearWords != 0 {
		try(p.yearWordsRule(i))
	}
	if !found {
		return best, false
	}
	// "Friday at 3 p.m.", "July 4, 2025, at 10:00"
	if best.typ == "DATE" && isDayValue(best.val) {
		k := best.end
		if p.w(k) == "," {
			k++
		}
		if p.w(k) == "at" {
			k++
		}
		if c, ok := p.clockOnly(k); ok && k > best.end {
			best.typ = "TIME"
			best.val = best.val + "T" + c.val
			best.end = c.end
		}
	}
	return best, true
}

// isQuarterValue reports whether v names one quarter: 2025-Q2.
func isQuarterValue(v string) bool {
	return len(v) == 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4' && v[0] != 'X'
}

// isWeekValue reports whether v names one week: 2025-W28.
func isWeekValue(v string) bool {
	return len(v) == 8 && v[4] == '-' && v[5] == 'W' && v[6] != 'X'
}

func isDayValue(v string) bool {
	return len(v) == 10 && v[4] == '-' && v[7] == '-' && !strings.Contains(v, "W")
}

// ---- numbers -----------------------------------------------------------

// number parses a cardinal at toks[i]: digits, words ("twenty-four",
// "a", "a couple of"), vague quantities ("several", "a few": unknown=true)
// and halves ("5 1/2", "two and a half").
func (p *parser) number(i int) (n float64, unknown bool, end int, ok bool) {
	w := p.w(i)
	switch {
	case w == "":
		return 0, false, i, false
	case w == "a" || w == "an":
		switch {
		case p.w(i+1) == "few":
			return 0, true, i + 2, true
		case p.w(i+1) == "couple":
			if p.w(i+2) == "of" {
				return 2, false, i + 3, true
			}
			return 2, false, i + 2, true
		case p.w(i+1) == "dozen":
			return 12, false, i + 2, true
		case p.w(i+1) == "hundred":
			return 100, false, i + 2, true
		case p.w(i+1) == "half" && p.in(i+2, "dozen"):
			return 6, false, i + 3, true
		}
		n, end = 1, i+1
	case w == "several" || w == "few" || w == "many" || w == "some" || w == "numerous" || w == "countless":
		return 0, true, i + 1, true
	case w == "couple" && p.w(i+1) == "of":
		return 2, false, i + 2, true
	case w == "half":
		if p.w(i+1) == "a" || p.w(i+1) == "an" {
			return 0.5, false, i + 2, true
		}
		return 0, false, i, false
	case p.toks[i].kind == 'd':
		v, ok := p.digits(i, 6)
		if !ok {
			return 0, false, i, false
		}
		if p.w(i+1) == "," && p.tight(i+1) && p.tight(i+2) && len(p.w(i+2)) == 3 {
			return 0, false, i, false // 1,000: a count, not a time span we expect
		}
		if p.w(i+1) == "." && p.tight(i+1) && p.tight(i+2) && p.toks[i+2].kind == 'd' {
			f, err := strconv.ParseFloat(p.text[p.toks[i].s:p.toks[i+2].e], 64)
			if err != nil {
				return 0, false, i, false
			}
			return f, false, i + 3, true
		}
		n, end = float64(v), i+1
		// 5 1/2
		if a, ok1 := p.digits(i+1, 1); ok1 && p.w(i+2) == "/" && p.tight(i+2) && p.tight(i+3) {
			if b, ok2 := p.digits(i+3, 1); ok2 && b > a && a > 0 {
				n += float64(a) / float64(b)
				end = i + 4
			}
		}
	default:
		v, ok := p.lx.num[w]
		if !ok {
			return 0, false, i, false
		}
		n, end = float64(v), i+1
		if v >= 20 && v < 100 && v%10 == 0 {
			k := end
			if p.w(k) == "-" && p.tight(k) {
				k++
			}
			if u, ok := p.lx.num[p.w(k)]; ok && u > 0 && u < 10 {
				n += float64(u)
				end = k + 1
			}
		}
		if p.w(end) == "hundred" || p.w(end) == "thousand" {
			n *= float64(p.lx.num[p.w(end)])
			end++
		}
	}
	// "two and a half"
	if p.w(end) == "and" && p.w(end+1) == "a" && p.w(end+2) == "half" {
		n += 0.5
		end += 3
	}
	return n, false, end, true
}

// unitAt returns the unit of toks[i] ("years" -> "Y").
func (p *parser) unitAt(i int) (string, bool) {
	u, ok := p.lx.unit[p.w(i)]
	return u, ok
}

// ---- resolution helpers ------------------------------------------------

// yearFor picks the year of month m, day d (d = 0: the month) relative to
// the reference: before it in a past clause, after it in a future clause,
// the nearest otherwise.
func (p *parser) yearFor(m, d int, t tense) int {
	y := p.ref.Year()
	if d == 0 {
		rm := int(p.ref.Month())
		switch t {
		case tensePast:
			if m > rm {
				return y - 1
			}
		case tenseFuture:
			if m < rm {
				return y + 1
			}
		default:
			// news mostly reports the past: a later month is last year's
			// unless it is more than three months ahead
			if m-rm > 3 {
				return y - 1
			}
			if rm-m > 9 {
				return y + 1
			}
		}
		return y
	}
	if d > 28 && !validDay(y, m, d) {
		return y
	}
	cand := date(y, m, d)
	diff := cand.Sub(p.ref).Hours() / 24
	switch t {
	case tensePast:
		if diff > 60 {
			return y - 1
		}
	case tenseFuture:
		if diff < -60 {
			return y + 1
		}
	default:
		if diff > 120 {
			return y - 1
		}
		if diff < -270 {
			return y + 1
		}
	}
	return y
}

// weekdayValue resolves weekday wd with a relative word and tense.
func (p *parser) weekdayValue(wd int, rel string, t tense) string {
	if !p.known {
		return fmt.Sprintf("XXXX-WXX-%d", wd)
	}
	diff := wd - isoWeekday(p.ref) // -6..6
	back := func(strict bool) int {
		if diff > 0 || strict && diff == 0 {
			return diff - 7
		}
		return diff
	}
	fwd := func(strict bool) int {
		if diff < 0 || strict && diff == 0 {
			return diff + 7
		}
		return diff
	}
	var d int
	switch rel {
	case "last", "past", "previous", "this past":
		d = back(true)
	case "next", "coming", "this coming":
		d = fwd(true)
	case "this":
		switch t {
		case tensePast:
			d = back(false)
		case tenseFuture:
			d = fwd(false)
		default:
			d = diff
		}
	default:
		switch t {
		case tenseFuture:
			d = fwd(false)
		case tensePresent:
			d = diff
			if d > 3 {
				d -= 7
			} else if d < -3 {
				d += 7
			}
		default:
			d = back(false)
		}
	}
	return fmtDay(p.ref.AddDate(0, 0, d))
}

// shiftRef shifts the reference by n units, or gives X placeholders.
func (p *parser) shiftRef(unit string, n int) string {
	if !p.known {
		return unknownShift(unit)
	}
	return shift(p.ref, unit, n)
}

// ---- weekdays ----------------------------------------------------------

func (p *parser) weekdayRule(i int) (match, bool) {
	j := i
	rel := ""
	switch p.w(j) {
	case "last", "next", "past", "previous", "coming", "following":
		rel = p.w(j)
		if rel == "following" {
			if p.w(i-1) != "the" {
				return match{}, false
			}
			rel = "next"
			if isDayValue(p.last) {
				rel = "following"
			}
		}
		j++
	case "this":
		rel = "this"
		j++
		if p.in(j, "past", "coming") {
			rel = "this " + p.w(j)
			j++
		}
	}
	wd, ok := p.lx.weekday[p.w(j)]
	if !ok {
		// "Mondays": a set
		w := p.w(j)
		if rel == "" && strings.HasSuffix(w, "s") {
			if wd, ok := p.lx.weekday[w[:len(w)-1]]; ok && p.capOK(j) {
				return match{i: i, end: j + 1, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%d", wd)}, true
			}
		}
		return match{}, false
	}
	if !p.capOK(j) {
		return match{}, false
	}
	j++
	m := match{i: i, end: j, typ: "DATE", kind: kindRelative}
	if p.known && p.w(i-1) == "the" && (rel == "previous" || rel == "following") && isDayValue(p.last) {
		// "the previous Friday": the one before the day just mentioned
		if last, err := time.Parse("2006-01-02", p.last); err == nil {
			d := wd - isoWeekday(last)
			if rel == "previous" && d >= 0 {
				d -= 7
			}
			if rel == "following" && d <= 0 {
				d += 7
			}
			m.val = fmtDay(last.AddDate(0, 0, d))
			return m, true
		}
	}
	t := p.tense(i, j)
	if rel == "" && p.w(j) == "'" && p.w(j+1) == "s" && p.tight(j) {
		t = tensePast // "Wednesday's ruling": an event already reported
	}
	m.val = p.weekdayValue(wd, rel, t)
	// an explicit date after the weekday: "Friday, July 11", "Friday 11/7"
	k := j
	if p.w(k) == "," || p.w(k) == "(" {
		k++
	}
	if p.w(k) == "the" {
		k++
	}
	var cal match
	calOK := false
	if c, ok := p.monthRule(k); ok && isDayValue(c.val) {
		cal, calOK = c, true
	} else if c, ok := p.dayMonthRule(k); ok && isDayValue(c.val) {
		cal, calOK = c, true
	} else if c, ok := p.numericWith(k, wd); ok && isDayValue(c.val) {
		cal, calOK = c, true
	}
	if calOK {
		m.val, m.end, m.kind = cal.val, cal.end, kindCalendar
		if p.w(m.end) == ")" && p.w(k-1) == "(" {
			m.end++
		}
		if t, err := time.Parse("2006-01-02", cal.val); err == nil && isoWeekday(t) != wd {
			p.notes = append(p.notes, note{"date-conflict", fmt.Sprintf("%q: %s is a %s", p.span(i, m.end), cal.val, t.Weekday())})
		}
	}
	// part of day: "Friday night"
	if part, ok := p.lx.part[p.w(m.end)]; ok && p.w(m.end) != "overnight" {
		m.end++
		m.typ = "TIME"
		m.val += "T" + part
	}
	return m, true
}

// span returns the text of toks[i:j].
func (p *parser) span(i, j int) string {
	if i >= j || j > len(p.toks) {
		return ""
	}
	return p.text[p.toks[i].s:p.toks[j-1].e]
}

// ---- months ------------------------------------------------------------

// monthAt parses a month name or abbreviation at toks[i].
func (p *parser) monthAt(i int) (m, end int, ok bool) {
	w := p.w(i)
	if m, ok := p.lx.month[w]; ok && p.capOK(i) {
		return m, i + 1, true
	}
	if m, ok := p.lx.abbr[w]; ok && p.capOK(i) {
		if p.w(i+1) == "." && p.tight(i+1) {
			return m, i + 2, true
		}
		if p.toks[i].kind == 'a' && i+1 < len(p.toks) && p.toks[i+1].kind == 'd' {
			return m, i + 1, true
		}
	}
	return 0, i, false
}

// dayAt parses a day of the month: 11, 11th, eleventh.
func (p *parser) dayAt(i int) (d, end int, ok bool) {
	if d, ok := p.digits(i, 2); ok && d >= 1 && d <= 31 {
		end = i + 1
		if p.in(end, "st", "nd", "rd", "th") && p.tight(end) {
			end++
		}
		if p.w(end) == ":" && p.tight(end+1) || (p.w(end) == "." || p.w(end) == "/" || p.w(end) == "-") && p.tight(end) && p.tight(end+1) && end+1 < len(p.toks) && p.toks[end+1].kind == 'd' {
			return 0, i, false // 11:30, 11.5, 11/7
		}
		if _, isUnit := p.unitAt(end); isUnit {
			return 0, i, false // "May 5 years"
		}
		if p.in(end, "%", "percent", "million", "billion") {
			return 0, i, false
		}
		return d, end, true
	}
	if d, ok := p.lx.ord[p.w(i)]; ok && d > 0 {
		return d, i + 1, true
	}
	return 0, i, false
}

// yearAfter parses a year that continues a date ("26 February 2025"): a
// year at the start of a new line does not continue the line before
// ("Saturday, 26 February\n\n1400 GMT").
func (p *parser) yearAfter(i int) (y, end int, ok bool) {
	if i < len(p.toks) && p.toks[i].nl() {
		return 0, i, false
	}
	return p.yearAt(i)
}

// yearAt parses an explicit year: 2025, '98. A four-digit clock time
// before a zone ("1400 GMT") is no year.
func (p *parser) yearAt(i int) (y, end int, ok bool) {
	if y, ok := p.digits(i, 4); ok && len(p.w(i)) == 4 && y >= 1000 && y < 2200 {
		if p.tight(i+1) && (p.in(i+1, "s", ":", "%") || p.toks[i+1].kind == 'd') {
			return 0, i, false
		}
		if y%100 < 60 && y/100 < 24 && p.in(i+1, "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "hrs", "hours", "h") {
			return 0, i, false
		}
		if p.in(i+1, ".", ",") && p.tight(i+1) && p.tight(i+2) && i+2 < len(p.toks) && p.toks[i+2].kind == 'd' {
			return 0, i, false // 2082.1, 2,000
		}
		return y, i + 1, true
	}
	if p.w(i) == "'" && p.tight(i+1) {
		if y, ok := p.digits(i+1, 2); ok && len(p.w(i+1)) == 2 && !p.tight(i+2) {
			return p.century(y), i + 2, true
		}
	}
	if i < len(p.toks) && p.toks[i].kind == 'a' {
		if m, ok := p.yearWordsRule(i); ok {
			if y, err := strconv.Atoi(m.val); err == nil {
				return y, m.end, true // "January nineteen ninety-seven"
			}
		}
	}
	return 0, i, false
}

// century expands a two-digit year: within ten years ahead of the
// reference it is this century, else the previous one.
func (p *parser) century(y int) int {
	ry := 2000
	if p.known {
		ry = p.ref.Year()
	}
	c := ry / 100 * 100
	if c+y > ry+10 {
		return c - 100 + y
	}
	return c + y
}

// monthContext reports whether the words around toks[i] make a bare
// month name a date: "in May", "since March", not "Theresa May", "may".
func (p *parser) monthContext(i, m int) bool {
	switch p.w(i) {
	case "may", "march", "august", "april", "june":
	default:
		return true
	}
	prev := p.w(i - 1)
	if prev == "-" && p.w(i-2) == "mid" {
		return true
	}
	if (prev == "a" || prev == "the") && i+1 < len(p.toks) && p.toks[i+1].kind == 'a' && !p.toks[i+1].cap() && !p.in(i+1, "and", "or", "is", "was", "will", "said", "has", "had") {
		return true // "a June agreement", "the March accession"
	}
	switch prev {
	case "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this",
		"of", "from", "to", "through", "during", "before", "after", "between", "throughout",
		"-", "and", "or", "on", "around", "about", "as", "for", "that", "end", "beginning", "middle", "start", "earlier", "later":
		if prev == "to" || prev == "and" || prev == "or" || prev == "-" {
			// only inside a list or range of months
			for k := i - 2; k >= 0 && k >= i-4; k-- {
				if _, ok := p.lx.month[p.w(k)]; ok {
					return true
				}
			}
			return false
		}
		if prev == "as" || prev == "that" {
			return false
		}
		return true
	}
	if p.w(i+1) == "," && i+2 < len(p.toks) {
		// "In May, ..." was handled by "in"; "May, 2025" by the year rule
		return false
	}
	return false
}

func (p *parser) monthRule(i int) (match, bool) {
	j := i
	rel := ""
	if p.in(j, "last", "next", "this", "past", "coming") {
		rel = p.w(j)
		j++
	}
	mo, k, ok := p.monthAt(j)
	if !ok {
		return match{}, false
	}
	m := match{i: i, end: k, typ: "DATE"}
	// MONTH DAY [,] [YEAR]; "last Oct. 23"
	if rel != "" && p.known {
		if d, k2, ok := p.dayAt(k); ok && p.toks[k].kind == 'd' && validDay(2000, mo, d) {
			y := p.ref.Year()
			switch rel {
			case "last", "past":
				if y2 := y; validDay(y2, mo, d) && !date(y2, mo, d).Before(p.ref) {
					y--
				}
			case "next", "coming":
				if validDay(y, mo, d) && !date(y, mo, d).After(p.ref) {
					y++
				}
			}
			if validDay(y, mo, d) {
				m.val, m.end, m.kind = fmtDay(date(y, mo, d)), k2, kindCalendar
				return m, true
			}
		}
	}
	if rel == "" {
		if d, k2, ok := p.dayAt(k); ok && (p.toks[k].kind == 'd' || p.capOK(k)) {
			y, k3, hasYear := 0, k2, false
			if p.w(k3) == "," {
				if yy, k4, ok := p.yearAfter(k3 + 1); ok {
					y, k3, hasYear = yy, k4, true
				}
			} else if yy, k4, ok := p.yearAfter(k3); ok {
				y, k3, hasYear = yy, k4, true
			}
			if !hasYear && !p.known {
				if validDay(2000, mo, d) {
					m.val, m.end, m.kind = fmt.Sprintf("XXXX-%02d-%02d", mo, d), k2, kindCalendar
					return m, true
				}
			} else {
				if !hasYear {
					y = p.yearFor(mo, d, p.tense(i, k2))
				}
				if validDay(y, mo, d) {
					m.val, m.end, m.kind = fmtDay(date(y, mo, d)), k3, kindCalendar
					return m, true
				}
			}
		}
	}
	// MONTH [,|of] YEAR
	k2 := k
	if p.w(k2) == "," || p.w(k2) == "of" {
		k2++
	}
	if y, k3, ok := p.yearAfter(k2); ok && rel == "" {
		m.val, m.end = fmtMonth(y, mo), k3
		return m, true
	}
	if rel == "" && !p.monthContext(j, mo) {
		return match{}, false
	}
	if p.w(j) == "may" && p.toks[j].kind == 'a' && (p.in(k, "be", "have", "not", "also", "well", "i", "we", "you", "he", "she", "they", "it")) {
		return match{}, false
	}
	// MONTH last year / this year / next year
	if p.in(k, "last", "this", "next") && p.w(k+1) == "year" && rel == "" && p.known {
		off := map[string]int{"last": -1, "this": 0, "next": 1}[p.w(k)]
		m.val, m.end = fmtMonth(p.ref.Year()+off, mo), k+2
		return m, true
	}
	if !p.known {
		m.val = fmt.Sprintf("XXXX-%02d", mo)
		return m, true
	}
	y := p.ref.Year()
	rm := int(p.ref.Month())
	switch rel {
	case "last", "past":
		if mo >= rm {
			y--
		}
	case "next", "coming":
		if mo <= rm {
			y++
		}
	case "this":
	default:
		y = p.yearFor(mo, 0, p.tense(i, k))
	}
	m.val = fmtMonth(y, mo)
	return m, true
}

// dayMonthRule parses "11 July 2025", "11th of July", "the 4th of July".
func (p *parser) dayMonthRule(i int) (match, bool) {
	d, k, ok := p.dayAt(i)
	if !ok || p.toks[i].kind != 'd' && !p.in(k, "of") {
		return match{}, false
	}
	if p.w(k) == "of" {
		k++
	}
	mo, k2, ok := p.monthAt(k)
	if !ok {
		return match{}, false
	}
	m := match{i: i, end: k2, typ: "DATE", kind: kindCalendar}
	k3 := k2
	if p.w(k3) == "," {
		k3++
	}
	if y, k4, ok := p.yearAfter(k3); ok {
		if !validDay(y, mo, d) {
			return match{}, false
		}
		m.val, m.end = fmtDay(date(y, mo, d)), k4
		return m, true
	}
	if !p.known {
		m.val = fmt.Sprintf("XXXX-%02d-%02d", mo, d)
		return m, validDay(2000, mo, d)
	}
	y := p.yearFor(mo, d, p.tense(i, k2))
	if !validDay(y, mo, d) {
		return match{}, false
	}
	m.val = fmtDay(date(y, mo, d))
	return m, true
}

// ---- years and decades ---------------------------------------------------

func (p *parser) yearRule(i int) (match, bool) {
	j := i
	fiscal := false
	if p.w(j) == "fiscal" || p.w(j) == "fy" {
		fiscal = true
		j++
		if p.w(j) == "year" {
			j++
		}
	} else if p.w(j) == "year" && p.w(j-1) == "the" {
		// "the year 2000", "the year two thousand"
		if _, _, ok := p.yearAt(j + 1); ok && j+1 < len(p.toks) && p.toks[j+1].kind != 'a' {
			j++
		} else if m, ok := p.yearWordsRule(j + 1); ok {
			m.i = i
			return m, true
		}
	}
	// decades: 1990s, '90s, the 1990s
	if y, ok := p.digits(j, 4); ok && p.w(j+1) == "s" && p.tight(j+1) {
		if len(p.w(j)) == 4 && y%10 == 0 && y >= 1000 && y < 2200 {
			return match{i: i, end: j + 2, typ: "DATE", val: fmt.Sprintf("%03dX", y/10)}, true
		}
	}
	if p.w(j) == "'" && p.tight(j+1) && p.tight(j+2) && p.w(j+2) == "s" {
		if y, ok := p.digits(j+1, 2); ok && y%10 == 0 && len(p.w(j+1)) == 2 {
			return match{i: i, end: j + 3, typ: "DATE", val: fmt.Sprintf("%03dX", p.century(y)/10)}, true
		}
	}
	if d := decadeWord(p.w(j)); d > 0 && p.w(j-1) == "the" {
		return match{i: i, end: j + 1, typ: "DATE", val: fmt.Sprintf("19%d", d)}, true
	}
	y, k, ok := p.yearAt(j)
	if !ok || p.toks[j].kind != 'd' && !fiscal {
		if ok && p.w(j) == "'" && (fiscal || p.in(j-1, "in", "since", "of", "until", "by")) {
			return match{i: i, end: k, typ: "DATE", val: fmtYear(y)}, true
		}
		return match{}, false
	}
	if !fiscal && !p.plausibleYear(j, y) {
		return match{}, false
	}
	// "the 1988 period", "the 1988 quarter": the quarter just mentioned, in 1988
	if p.in(k, "period", "quarter") && p.lastQ != "" {
		return match{i: i, end: k + 1, typ: "DATE", val: fmtYear(y) + p.lastQ[4:], anaphor: true}, true
	}
	return match{i: i, end: k, typ: "DATE", val: fmtYear(y)}, true
}

// plausibleYear decides whether a four-digit number at toks[i] is a year.
func (p *parser) plausibleYear(i, y int) bool {
	prev := p.w(i - 1)
	if prev == "$" || prev == "£" || prev == "€" || prev == "#" || prev == "no" || prev == "No" {
		return false
	}
	if (prev == "," || prev == ".") && p.tight(i) {
		return false
	}
	if (prev == "-" || prev == "/") && p.tight(i) && !p.in(i-2, "mid", "post", "pre") {
		return false
	}
	next := p.w(i + 1)
	switch next {
	case "%", "percent", "people", "persons", "times", "feet", "foot", "meters", "metres", "miles",
		"kilometers", "km", "points", "tons", "tonnes", "units", "shares", "dollars", "pounds",
		"euros", "yen", "workers", "employees", "troops", "soldiers", "cars", "jobs", "acres",
		"barrels", "votes", "members", "students", "children", "men", "women", "deaths", "cases",
		"hours", "minutes", "seconds", "days", "weeks", "months", "years", "rpm", "mph", "kg", "mw":
		return false
	}
	if next == "-" && p.tight(i+1) {
		// 2024-25 is fine; 1000-meter is not
		if _, ok := p.digits(i+2, 4); !ok || !p.tight(i+2) {
			return false
		}
	}
	if y < 1900 || y > 2100 {
		switch prev {
		case "in", "since", "of", "until", "by", "from", "year", "around", "circa", "before", "after":
			return y >= 1000
		}
		return false
	}
	return true
}

// ---- numeric dates -------------------------------------------------------

func (p *parser) numericRule(i int) (match, bool) { return p.numericWith(i, 0) }

// numericWith parses 2025-07-11, 11/7, 7/11/2025, 11.07.2025; wd > 0 is
// the weekday named just before, which decides an ambiguous order.
func (p *parser) numericWith(i, wd int) (match, bool) {
	if i >= len(p.toks) || p.toks[i].kind != 'd' {
		return match{}, false
	}
	a, ok := p.digits(i, 4)
	if !ok {
		return match{}, false
	}
	sep := p.w(i + 1)
	if sep != "/" && sep != "-" && sep != "." || !p.tight(i+1) || !p.tight(i+2) {
		return match{}, false
	}
	b, ok := p.digits(i+2, 2)
	if !ok {
		return match{}, false
	}
	end := i + 3
	c, hasC := 0, false
	if p.w(end) == sep && p.tight(end) && p.tight(end+1) {
		if v, ok := p.digits(end+1, 4); ok {
			c, hasC = v, true
			end += 2
		}
	}
	if p.tight(end) && end < len(p.toks) && p.toks[end].kind == 'd' {
		return match{}, false
	}
	m := match{i: i, end: end, typ: "DATE", kind: kindCalendar}
	// ISO: 2025-07-11
	if len(p.w(i)) == 4 {
		if !hasC || sep == "." {
			return match{}, false
		}
		if !validDay(a, b, c) {
			return match{}, false
		}
		m.val = fmtDay(date(a, b, c))
		// 2025-07-11T15:00
		if p.w(end) == "t" && p.tight(end) && p.tight(end+1) {
			if c, ok := p.clockOnly(end + 1); ok && strings.Contains(p.w(end+2), ":") {
				m.typ, m.val, m.end = "TIME", m.val+"T"+c.val, c.end
			}
		}
		return m, true
	}
	if sep == "-" && !hasC {
		return match{}, false // 3-2: a score
	}
	if sep == "." && !hasC {
		return match{}, false // 3.5
	}
	y := 0
	if hasC {
		switch len(p.w(end - 1)) {
		case 4:
			y = c
		case 2:
			y = p.century(c)
		default:
			return match{}, false
		}
	} else {
		// a bare d/m needs a date context: "on 11/7", "(11/7)", "Friday 11/7"
		if wd == 0 && !p.in(i-1, "on", "since", "until", "by", "from", "to", "dated", "before", "after", "(", "date") {
			return match{}, false
		}
		if _, isUnit := p.unitAt(end); isUnit {
			return match{}, false
		}
	}
	dm := validDay(2000, b, a) && a >= 1 // a = day, b = month
	md := validDay(2000, a, b) && b >= 1 // a = month, b = day
	if y != 0 {
		dm = dm && validDay(y, b, a)
		md = md && validDay(y, a, b)
	}
	if !dm && !md {
		return match{}, false
	}
	t := p.tense(i, end)
	mk := func(mo, d int) string {
		if y != 0 {
			return fmtDay(date(y, mo, d))
		}
		if !p.known {
			return fmt.Sprintf("XXXX-%02d-%02d", mo, d)
		}
		return fmtDay(date(p.yearFor(mo, d, t), mo, d))
	}
	switch {
	case dm && !md:
		m.val = mk(b, a)
	case md && !dm:
		m.val = mk(a, b)
	case a == b:
		m.val = mk(a, b)
	default:
		vDM, vMD := mk(b, a), mk(a, b)
		m.val = p.decideOrder(vDM, vMD, wd, t, p.span(i, end))
	}
	return m, true
}

// decideOrder picks between the day/month and month/day readings of an
// ambiguous numeric date from the evidence at hand: the document's
// locale, a weekday named with it, the tense of the clause and nearness
// to the reference date. With no evidence it notes ambiguous-date and
// returns the month/day reading.
func (p *parser) decideOrder(vDM, vMD string, wd int, t tense, text string) string {
	switch {
	case p.order > 0:
		return vDM
	case p.order < 0:
		return vMD
	}
	tDM, e1 := time.Parse("2006-01-02", vDM)
	tMD, e2 := time.Parse("2006-01-02", vMD)
	if e1 == nil && e2 == nil {
		if wd > 0 {
			okDM, okMD := isoWeekday(tDM) == wd, isoWeekday(tMD) == wd
			if okDM != okMD {
				if okDM {
					return vDM
				}
				return vMD
			}
		}
		if p.known {
			dDM := tDM.Sub(p.ref).Hours() / 24
			dMD := tMD.Sub(p.ref).Hours() / 24
			plausible := func(d float64) bool {
				switch t {
				case tensePast:
					return d <= 1
				case tenseFuture:
					return d >= -1
				}
				return true
			}
			pDM, pMD := plausible(dDM), plausible(dMD)
			if pDM != pMD {
				if pDM {
					return vDM
				}
				return vMD
			}
			abs := func(f float64) float64 {
				if f < 0 {
					return -f
				}
				return f
			}
			// news reports the days around it: a reading within a week of
			// the reference beats one more than a month away
			if abs(dDM) <= 7 && abs(dMD) > 30 {
				return vDM
			}
			if abs(dMD) <= 7 && abs(dDM) > 30 {
				return vMD
			}
		}
	}
	p.notes = append(p.notes, note{"ambiguous-date", fmt.Sprintf("%q could be %s (day/month) or %s (month/day); nothing decides, month/day assumed", text, vDM, vMD)})
	return vMD
}

// decadeWord returns the decade digit of "twenties" .. "nineties", or 0.
func decadeWord(w string) int {
	switch w {
	case "twenties":
		return 2
	case "thirties":
		return 3
	case "forties":
		return 4
	case "fifties":
		return 5
	case "sixties":
		return 6
	case "seventies":
		return 7
	case "eighties":
		return 8
	case "nineties":
		return 9
	}
	return 0
}

// cannotStart reports whether no rule can match at t: punctuation other
// than an apostrophe, and frequent function words. It only saves time.
func cannotStart(t tok) bool {
	if t.kind == 'p' {
		return t.w != "'"
	}
	if t.kind != 'a' {
		return false
	}
	switch t.w {
	case "of", "and", "to", "in", "for", "on", "at", "by", "with", "from", "is", "was", "are",
		"were", "be", "been", "has", "have", "had", "it", "he", "she", "they", "we", "i", "you",
		"as", "or", "but", "not", "said", "his", "her", "their", "its", "which", "who", "would",
		"will", "can", "could", "s", "t", "than", "also", "into", "about", "after", "before",
		"there", "up", "out", "if", "so", "no", "do", "does", "did", "what", "when", "where",
		"mr", "ms", "mrs", "percent", "million", "billion", "company", "government", "president":
		return true
	}
	return false
}
