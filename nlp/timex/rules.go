package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// dayRelRule parses today, yesterday, tomorrow, tonight, last night,
// this morning, "yesterday afternoon".
func (p *parser) dayRelRule(i int) (match, bool) {
	w := p.w(i)
	m := match{i: i, typ: "DATE", kind: kindRelative}
	off, ok := p.lx.dayrel[w]
	switch {
	case ok:
		m.end = i + 1
		if w == "today" && p.w(i+1) == "'" && p.w(i+2) == "s" {
			return match{}, false // "today's": still a date, but usually generic
		}
	case w == "last" && p.in(i+1, "night", "evening"):
		off, m.end = -1, i+1 // the part is read below
	case w == "this" && p.in(i+1, "morning", "afternoon", "evening"):
		off, m.end = 0, i+1
	default:
		return match{}, false
	}
	if p.known {
		m.val = fmtDay(p.ref.AddDate(0, 0, off))
	} else {
		m.val = "XXXX-XX-XX"
	}
	if w == "tonight" {
		m.typ, m.val = "TIME", m.val+"TNI"
		return m, true
	}
	if part, ok := p.lx.part[p.w(m.end)]; ok && p.w(m.end) != "overnight" {
		m.typ, m.val = "TIME", m.val+"T"+part
		m.end++
	} else if m.end == i+1 && (w == "last" || w == "this") {
		return match{}, false
	}
	return m, true
}

// refRule parses now, recently, the past, the future, soon.
func (p *parser) refRule(i int) (match, bool) {
	w := p.w(i)
	m := match{i: i, end: i + 1, typ: "DATE"}
	switch {
	case w == "right" && p.w(i+1) == "now":
		m.end, m.val = i+2, "PRESENT_REF"
	case w == "now":
		m.val = "PRESENT_REF"
	case (w == "past" || w == "future" || w == "present") && p.w(i-1) == "the" || w == "future" && p.in(i-1, "in", "near"):
		if w == "past" {
			if _, _, _, ok := p.number(i + 1); ok {
				return match{}, false
			}
			if _, ok := p.unitAt(i + 1); ok {
				return match{}, false
			}
			if _, ok := p.lx.season[p.w(i+1)]; ok {
				return match{}, false
			}
		}
		if p.toks[i].kind != 'a' || p.tight(i+1) && p.w(i+1) == "-" {
			return match{}, false
		}
		m.val = map[string]string{"past": "PAST_REF", "future": "FUTURE_REF", "present": "PRESENT_REF"}[w]
	case w == "near" && p.w(i+1) == "future" && p.w(i-1) == "the":
		m.end, m.val = i+2, "FUTURE_REF"
	case (w == "near" || w == "short" || w == "long") && p.w(i+1) == "term" && p.w(i-1) == "the":
		m.end, m.val = i+2, "FUTURE_REF" // "in the near term"
	case w == "a" && p.w(i+1) == "later" && p.w(i+2) == "date":
		m.end, m.val = i+3, "FUTURE_REF"
	case w == "current" && i+1 < len(p.toks) && p.toks[i+1].kind == 'a' && !p.in(i+1, "account", "accounts", "affairs", "events", "and", "or", "of", "is", "was", "in") && p.w(i-1) != "then":
		m.val = "PRESENT_REF" // "current market conditions": the present
	case w == "these" && p.w(i+1) == "days":
		m.end, m.val = i+2, "PRESENT_REF"
	case w == "recent" && p.in(i+1, "years", "decades"):
		m.end, m.val = i+2, "PAST_REF"
	case w == "more" && p.w(i+1) == "recently":
		m.end, m.val = i+2, "PAST_REF"
	default:
		v, ok := p.lx.ref[w]
		if !ok {
			return match{}, false
		}

		m.val = v
	}
	return m, true
}

// relUnitRule parses "this week", "last month", "next year", "the past
// year", "this quarter", "this weekend", "the latest quarter", "that
// year", "this century".
func (p *parser) relUnitRule(i int) (match, bool) {
	j := i
	w := p.w(j)
	off := 0
	anaphor := false
	switch w {
	case "this", "current", "present":
		off = 0
	case "last", "past", "previous", "latest", "prior", "preceding":
		off = -1
	case "next", "coming", "following", "upcoming":
		off = 1
	}
	if p.w(i-1) == "the" && p.in(i, "following", "previous", "preceding", "prior") {
		if m, ok := p.followingRule(i); ok {
			return m, true // "the following year": after the date just mentioned
		}
	}
	switch w {
	case "this", "current", "present", "last", "past", "previous", "latest", "prior", "preceding", "next", "coming", "following", "upcoming":
	case "that", "same":
		anaphor = true
	default:
		return match{}, false
	}
	j++
	if w == "this" && p.in(j, "past", "coming") {
		if p.w(j) == "past" {
			off = -1
		} else {
			off = 1
		}
		j++
	}
	if p.w(j) == "fiscal" {
		j++ // "this fiscal year"
	}
	unit, ok := p.unitAt(j)
	if !ok || strings.HasSuffix(p.w(j), "s") && unit != "S" || p.w(j) == "second" {
		if s, ok := p.lx.season[p.w(j)]; ok && !anaphor {
			return p.seasonValue(i, j+1, s, off, w)
		}
		if p.w(j) == "period" && w == "latest" {
			return match{i: i, end: j + 1, typ: "DATE", val: p.reportedQuarter()}, true
		}
		return match{}, false
	}
	if p.toks[j].cap() && !p.caps && p.toks[i].cap() && p.toks[j].sent == p.toks[i].sent {
		return match{}, false // "This Week With David Brinkley": a title
	}
	m := match{i: i, end: j + 1, typ: "DATE"}
	switch unit {
	case "S", "MIN", "H", "NIGHT":
		return match{}, false
	case "D":
		if !anaphor {
			return match{}, false // "the next day" is anaphoric to an unknown event
		}
	}
	if anaphor {
		if p.last == "" || !p.known {
			m.val = unknownShift(unit)
			return m, true
		}
		m.val = truncate(p.last, unit)
		if m.val == "" {
			return match{}, false
		}
		return m, true
	}
	if unit == "Q" && w == "latest" {
		m.val = p.reportedQuarter()
		return m, true
	}
	if unit == "Q" && w == "past" {
		off = -1
	}
	if (unit == "DE" || unit == "CE") && (w == "past" || w == "last") {
		m.typ, m.val = "DURATION", duration(1, false, unit)
		return m, true
	}
	m.val = p.shiftRef(unit, off)
	if unit == "W" && w == "this" || unit == "W" && off != 0 {
		m.kind = kindOther
	}
	return m, true
}

// truncate reduces a date value to the granularity of unit.
func truncate(v, unit string) string {
	switch unit {
	case "Y":
		if len(v) >= 4 {
			return v[:4]
		}
	case "M":
		if len(v) >= 7 && v[4] == '-' && v[5] != 'W' && v[5] != 'Q' && v[5] != 'H' {
			return v[:7]
		}
	case "D":
		if isDayValue(v) {
			return v
		}
	case "Q":
		if len(v) == 7 && v[5] == 'Q' {
			return v
		}
	}
	return ""
}

// seasonValue resolves a season with a relative word (off, rel).
func (p *parser) seasonValue(i, end int, s string, off int, rel string) (match, bool) {
	m := match{i: i, end: end, typ: "DATE"}
	if !p.known {
		m.val = "XXXX-" + s
		return m, true
	}
	cur := p.seasonOrdinal()
	want := cur - cur%4 + seasonIndex(s) // this year's season s
	switch {
	case off < 0:
		for want >= cur {
			want -= 4
		}
	case off > 0:
		for want <= cur {
			want += 4
		}
	default:
		if rel == "this" && want > cur && want-cur > 2 {
			want -= 4
		}
	}
	m.val = fmt.Sprintf("%04d-%s", want/4, "SPSUFAWI"[want%4*2:want%4*2+2])
	return m, true
}

// seasonOrdinal numbers the reference's season as year*4 + index, with
// January and February in the winter of the year before.
func (p *parser) seasonOrdinal() int {
	y, m := p.ref.Year(), int(p.ref.Month())
	if m <= 2 {
		return (y-1)*4 + 3
	}
	return y*4 + seasonIndex(seasonOf(m))
}

func seasonOf(m int) string {
	switch m {
	case 3, 4, 5:
		return "SP"
	case 6, 7, 8:
		return "SU"
	case 9, 10, 11:
		return "FA"
	}
	return "WI"
}

func seasonIndex(s string) int {
	return strings.Index("SPSUFAWI", s) / 2
}

// seasonRule parses "summer", "the summer of 1998", "spring 2025".
func (p *parser) seasonRule(i int) (match, bool) {
	s, ok := p.lx.season[p.w(i)]
	if !ok {
		return match{}, false
	}
	m := match{i: i, end: i + 1, typ: "DATE"}
	k := i + 1
	if p.w(k) == "of" || p.w(k) == "," {
		k++
	}
	if y, k2, ok := p.yearAfter(k); ok {
		m.val, m.end = fmt.Sprintf("%04d-%s", y, s), k2
		return m, true
	}
	// a bare season needs a determiner or preposition: "the fall" is often
	// a noun ("the fall of the wall"), "fall" a verb
	prev := p.w(i - 1)
	switch prev {
	case "the", "in", "this", "last", "next", "during", "early", "late", "mid", "since", "until", "by", "-", "past":
	default:
		return match{}, false
	}
	if prev == "the" && !p.in(i-2, "in", "during", "by", "since", "until", "through", "throughout", "over", "for", "before", "after", "of", "early", "late", "mid", "this", "into") {
		return match{}, false // "water from the spring"
	}
	if p.w(i+1) == "of" || s == "FA" && prev != "this" && prev != "last" && prev != "next" && prev != "the" && prev != "in" {
		return match{}, false
	}
	if p.w(i+1) == "'" || p.in(i+1, "season", "collection", "olympics", "games", "break") {
		return match{}, false
	}
	if !p.known {
		m.val = "XXXX-" + s
		return m, true
	}
	cur := p.seasonOrdinal()
	want := cur - cur%4 + seasonIndex(s)
	switch p.tense(i, i+1) {
	case tensePast:
		if want > cur {
			want -= 4
		}
	case tenseFuture:
		if want < cur {
			want += 4
		}
	}
	m.val = fmt.Sprintf("%04d-%s", want/4, "SPSUFAWI"[want%4*2:want%4*2+2])
	return m, true
}

// quarterRule parses "the third quarter", "third-quarter", "Q3 2025",
// "the first half of 1989", "the fiscal first quarter", "fourth quarters".
func (p *parser) quarterRule(i int) (match, bool) {
	j := i
	year := 0
	if p.in(j, "last", "next", "this") && p.w(j+1) == "year" && p.w(j+2) == "'" && p.w(j+3) == "s" && p.known {
		// "next year's first quarter", "last year's quarter"
		year = p.ref.Year() + map[string]int{"last": -1, "this": 0, "next": 1}[p.w(j)]
		j += 4
		if p.w(j) == "quarter" && p.lastQ != "" {
			return match{i: i, end: j + 1, typ: "DATE", val: fmt.Sprintf("%04d%s", year, p.lastQ[4:]), anaphor: true}, true
		}
	}
	if y, k, ok := p.yearAfter(j); ok && p.toks[j].kind == 'd' {
		year, j = y, k
		if p.w(j) == "'" && p.w(j+1) == "s" {
			j += 2
		}
	}
	if p.w(j) == "fiscal" {
		j++
		if p.w(j) == "-" {
			j++
		}
	}
	var n int
	unit := ""
	if p.w(j) == "q" && p.tight(j+1) {
		if q, ok := p.digits(j+1, 1); ok && q >= 1 && q <= 4 {
			n, unit, j = q, "Q", j+2
		}
	} else if p.w(j) == "h" && p.tight(j+1) {
		if h, ok := p.digits(j+1, 1); ok && h >= 1 && h <= 2 {
			n, unit, j = h, "H", j+2
		}
	}
	if unit == "" {
		o, ok := p.lx.ord[p.w(j)]
		if !ok {
			if d, ok2 := p.digits(j, 1); ok2 && p.in(j+1, "st", "nd", "rd", "th") && p.tight(j+1) {
				o, ok, j = d, true, j+1
			}
		}
		if !ok {
			return match{}, false
		}
		j++
		if p.w(j) == "-" && p.tight(j) {
			j++
		}
		switch p.w(j) {
		case "quarter", "quarters":
			unit = "Q"
		case "half":
			unit = "H"
		default:
			return match{}, false
		}
		n = o
		if n == -1 {
			if unit == "Q" {
				n = 4
			} else {
				n = 2
			}
		}
		if unit == "Q" && (n < 1 || n > 4) || unit == "H" && (n < 1 || n > 2) {
			return match{}, false
		}
		j++
	}
	m := match{i: i, end: j, typ: "DATE"}
	k := j
	if p.w(k) == "of" || p.w(k) == "," {
		k++
	}
	if y, k2, ok := p.yearAfter(k); ok && year == 0 {
		year, m.end = y, k2
	}
	if year == 0 && p.in(k, "last", "this", "next") && p.w(k+1) == "year" && p.known {
		year = p.ref.Year() + map[string]int{"last": -1, "this": 0, "next": 1}[p.w(k)]
		m.end = k + 2
	}
	if year == 0 {
		if !p.known {
			m.val = fmt.Sprintf("XXXX-%s%d", unit, n)
			return m, true
		}
		year = p.ref.Year()
		cur := quarterOf(int(p.ref.Month()))
		if unit == "H" {
			cur = (int(p.ref.Month())-1)/6 + 1
		}
		switch {
		case p.tense(i, m.end) == tenseFuture && n < cur-1:
			year++ // a quarter not yet reported is the latest one past
		case n > cur:
			year--
		}
	}
	m.val = fmt.Sprintf("%04d-%s%d", year, unit, n)
	return m, true
}

// holidayRule parses named days: Christmas, Thanksgiving, New Year's Day.
func (p *parser) holidayRule(i int) (match, bool) {
	if i >= len(p.toks) || !p.capOK(i) || p.toks[i].kind != 'a' {
		return match{}, false
	}
	if _, ok := p.lx.holiday[p.w(i)]; !ok && !p.lx.multi[p.w(i)] {
		return match{}, false
	}
	best, end := "", 0
	var b strings.Builder
	for k := i; k < len(p.toks) && k < i+6; k++ {
		if k > i && p.toks[k].sp() {
			b.WriteByte(' ')
		}
		b.WriteString(p.w(k))
		if v, ok := p.lx.holiday[b.String()]; ok {
			best, end = v, k+1
		}
	}
	if best == "" {
		return match{}, false
	}
	m := match{i: i, end: end, typ: "DATE"}
	y := 0
	k := end
	if p.w(k) == "," {
		k++
	}
	if yy, k2, ok := p.yearAfter(k); ok {
		y, m.end = yy, k2
	}
	day := func(y int) (time.Time, bool) {
		switch {
		case best == "US-THANKS":
			return nthWeekday(y, 11, 4, 4), true
		case best == "US-LABOR":
			return nthWeekday(y, 9, 1, 1), true
		case best == "US-MEMORIAL":
			return nthWeekday(y, 5, 1, -1), true
		case best == "US-ELECTION":
			return nthWeekday(y, 11, 1, 1).AddDate(0, 0, 1), true // the Tuesday after the first Monday
		case strings.HasPrefix(best, "EASTER"):
			off := 0
			fmt.Sscanf(strings.TrimPrefix(best, "EASTER"), "%d", &off)
			return easter(y).AddDate(0, 0, off), true
		}
		var mo, d int
		if _, err := fmt.Sscanf(best, "%d-%d", &mo, &d); err != nil {
			return time.Time{}, false
		}
		return date(y, mo, d), true
	}
	if y == 0 {
		if !p.known {
			m.val = "XXXX-XX-XX"
			return m, true
		}
		y = p.ref.Year()
		t, ok := day(y)
		if !ok {
			return match{}, false
		}
		y = p.yearFor(int(t.Month()), t.Day(), p.tense(i, end))
	}
	t, ok := day(y)
	if !ok {
		return match{}, false
	}
	m.val = fmtDay(t)
	return m, true
}

// centuryRule parses "the 20th century", "the nineteenth century".
func (p *parser) centuryRule(i int) (match, bool) {
	n, j := 0, i
	if d, ok := p.digits(i, 2); ok && p.in(i+1, "st", "nd", "rd", "th") && p.tight(i+1) {
		n, j = d, i+2
	} else if o, ok := p.lx.ord[p.w(i)]; ok && o > 0 {
		n, j = o, i+1
	} else {
		return match{}, false
	}
	if p.w(j) == "-" {
		j++
	}
	if p.w(j) != "century" || n < 1 || n > 30 {
		return match{}, false
	}
	return match{i: i, end: j + 1, typ: "DATE", val: fmt.Sprintf("%02d", n-1)}, true
}

// anaphorRule parses business-news references to a period one year
// before the one just mentioned: "the year-ago quarter", "year-earlier".
func (p *parser) anaphorRule(i int) (match, bool) {
	j := i
	if p.in(j, "comparable", "same", "corresponding") && p.in(j+1, "period", "quarter") && p.w(j+2) == "last" && p.w(j+3) == "year" && p.known {
		// "the corresponding period last year": the reported quarter, a year back
		m := match{i: i, end: j + 4, typ: "DATE", anaphor: true, val: fmtYear(p.ref.Year() - 1)}
		if p.lastQ != "" {
			m.val = yearEarlier(p.lastQ)
		}
		return m, true
	}
	if p.w(j) == "comparable" || p.w(j) == "same" {
		j++
	}
	if p.w(j) != "year" || p.w(j+1) != "-" || !p.in(j+2, "ago", "earlier") {
		return match{}, false
	}
	j += 3
	m := match{i: i, end: j, typ: "DATE", anaphor: true}
	m.val = p.yearBefore()
	if p.in(j, "quarter", "period") {
		m.end = j + 1
		if p.lastQ != "" {
			// "the year-ago quarter": the reported quarter a year before
			m.val = yearEarlier(p.lastQ)
		}
	} else if q, ok := p.quarterRule(j); ok && isQuarterValue(q.val) {
		m.end, m.val = q.end, yearEarlier(q.val) // "the year-earlier third quarter"
	}
	return m, true
}

// reportedQuarter is the quarter a business story reports on: the one
// mentioned last, else the quarter before the reference.
func (p *parser) reportedQuarter() string {
	if p.lastQ != "" && p.known {
		return p.lastQ
	}
	return p.shiftRef("Q", -1)
}

// yearEarlier returns the quarter one year before quarter value v.
func yearEarlier(v string) string {
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return v
	}
	return fmt.Sprintf("%04d%s", y-1, v[4:])
}

// yearBefore returns the period one year before the last date mentioned,
// at its granularity, or the year before the reference.
func (p *parser) yearBefore() string {
	if !p.known {
		return "XXXX"
	}
	if len(p.last) >= 4 && p.last[0] >= '0' && p.last[0] <= '9' {
		var y int
		if _, err := fmt.Sscanf(p.last[:4], "%d", &y); err == nil && len(p.last) > 4 && (p.last[5] == 'Q' || p.last[5] == 'H') {
			return fmt.Sprintf("%04d%s", y-1, p.last[4:])
		}
	}
	return fmtYear(p.ref.Year() - 1)
}

// ---- durations -------------------------------------------------------------

// durationCore parses "three years", "the past two months", "a 10-hour
// flight", "several days", "for years", and the dates "two years ago",
// "a year earlier", "three days from now".
func (p *parser) durationCore(i int) (match, bool) {
	j := i
	qual := ""
	switch p.w(j) {
	case "past", "last", "next", "coming", "first", "previous", "following", "latest", "final", "remaining", "initial", "additional", "recent", "other", "further", "more":
		qual = p.w(j)
		j++
	}
	n, unknown, k, ok := p.number(j)
	if u, isUnit := p.unitAt(j); !ok && isUnit && qual == "" && u != "WE" && p.w(j+1) == "-" && p.tight(j+1) && p.w(j+2) == "long" && p.tight(j+2) {
		// "a day-long meeting", "a decades-long battle"
		plural := strings.HasSuffix(p.w(j), "s")
		return match{i: i, end: j + 3, typ: "DURATION", val: duration(1, plural, u)}, true
	}
	if !ok {
		// bare plural unit: "for years", "recent months", "the coming weeks"
		_, isUnit := p.unitAt(j)
		w := p.w(j)
		if !isUnit || !strings.HasSuffix(w, "s") {
			return match{}, false
		}
		if qual == "" && !p.in(i-1, "for", "over", "in", "within") && p.w(j+1) != "ago" && !(p.w(i-1) == "the" && p.w(j+1) == "ahead") {
			return match{}, false
		}
		if qual == "first" || qual == "other" || qual == "more" || qual == "additional" || qual == "further" {
			return match{}, false
		}
		n, unknown, k = 0, true, j
	}
	if p.w(k) == "more" || p.w(k) == "additional" || p.w(k) == "full" || p.w(k) == "straight" || p.w(k) == "consecutive" || p.w(k) == "trading" || p.w(k) == "business" || p.w(k) == "working" || p.w(k) == "calendar" {
		k++
	}
	adjective := false
	if p.w(k) == "-" && p.tight(k) && p.tight(k+1) {
		adjective = true
		k++
	}
	unit, isUnit := p.unitAt(k)
	if !isUnit {
		return match{}, false
	}
	w := p.w(k)
	if p.toks[k].cap() && !p.caps && k > 0 && p.toks[k-1].sent == p.toks[k].sent {
		return match{}, false // "60 Minutes", a title
	}
	if adjective && strings.HasSuffix(w, "s") {
		return match{}, false // "three-quarters"
	}
	if j < len(p.toks) && p.toks[j].kind == 'd' && len(p.w(j)) == 4 && n >= 1000 && n <= 2100 {
		return match{}, false // "the 1988 quarter"
	}
	if p.w(k+1) == "-" && p.tight(k+1) && p.in(k+2, "ago", "earlier", "end", "old", "over", "to", "on") {
		return match{}, false // "a year-earlier period", "year-to-date"
	}
	plural := strings.HasSuffix(w, "s")
	if w == "second" || w == "seconds" {
		if p.toks[j].kind != 'd' && !plural && !adjective {
			return match{}, false // "a second term"
		}
	}
	if unit == "WE" || unit == "NIGHT" && !plural && n <= 1 {
		return match{}, false
	}
	if (p.w(j) == "a" || p.w(j) == "an") && k == j+1 {
		if plural || adjective {
			return match{}, false
		}
		if (unit == "Q" || p.w(k+1) == "of") && !p.in(i-1, "for", "in", "within", "over", "than", "about", "nearly", "almost", "after") {
			return match{}, false // "a quarter of the vote"
		}
		if p.rate(i-1) && !p.in(k+1, "ago", "earlier", "later", "before", "after", "or", "and") {
			return match{}, false // "$2 million a year", "four flights a week": a rate
		}
	}
	if (p.w(j) == "one" || n == 1) && plural && p.toks[j].kind != 'd' {
		return match{}, false
	}
	end := k + 1
	if p.w(end) == "and" && p.w(end+1) == "a" && p.w(end+2) == "half" && !unknown {
		n += 0.5
		end += 3
	}
	// "two-year-old": an age, not a time
	if (p.w(end) == "-" && p.tight(end) && p.w(end+1) == "old") || p.w(end) == "old" {
		return match{}, false
	}
	if p.w(end) == "-" && p.tight(end) && p.w(end+1) == "long" {
		end += 2
	}
	if p.w(end) == "ahead" && unknown {
		end++ // "the weeks ahead"
	}
	m := match{i: i, end: end, typ: "DURATION", val: duration(n, unknown, unit)}
	// dates: "two years ago", "a year earlier", "three days from now"
	if !adjective && (qual == "" || qual == "more") {
		dir := 0
		if p.w(end) == "or" && p.w(end+1) == "so" && p.in(end+2, "ago", "earlier", "later") {
			end += 2 // "a week or so ago"
			m.mod = "APPROX"
		}
		switch {
		case p.w(end) == "ago" || p.w(end) == "earlier" || p.w(end) == "before" && p.endOfClause(end+1):
			dir = -1
		case p.w(end) == "later" || p.w(end) == "hence" || p.w(end) == "after" && p.endOfClause(end+1):
			dir = 1
		case p.w(end) == "from" && p.w(end+1) == "now":
			dir = 1
			end++
		}
		if dir > 0 && p.w(end) == "later" {
			// "three days later": a span from an event, not from today
			m.end = end + 1
			return m, true
		}
		if dir != 0 {
			m.end = end + 1
			m.typ = "DATE"
			m.kind = kindOther
			switch {
			case unknown:
				if dir < 0 {
					m.val = "PAST_REF"
				} else {
					m.val = "FUTURE_REF"
				}
			case n != float64(int(n)) || unit == "S" || unit == "MIN" || unit == "H":
				m.val = p.shiftRef("D", 0)
			case unit == "Y" && n == 1 && dir < 0 && len(p.last) == 7 && p.last[5] == 'Q':
				m.val = p.yearBefore()
				m.anaphor = true
			default:
				u := unit
				switch u {
				case "S", "MIN", "H":
					u = "D"
					n = 0
				case "NIGHT", "FN":
					u = "D"
				}
				if unit == "FN" {
					n *= 14
				}
				if unit == "DE" {
					u, n = "Y", n*10
				}
				if unit == "CE" {
					u, n = "Y", n*100
				}
				m.val = p.shiftRef(u, dir*int(n))
				if p.w(m.end-1) == "ago" && unit == "D" {
					m.kind = kindRelative
				}
			}
			return m, true
		}
	}
	return m, true
}

// endOfClause reports whether toks[i] ends a clause (punctuation or end).
func (p *parser) endOfClause(i int) bool {
	return i >= len(p.toks) || p.in(i, ".", ",", ";", ":", "!", "?", ")", "and", "but")
}

// setCore parses daily, weekly, every day, each year, every Monday.
func (p *parser) setCore(i int) (match, bool) {
	w := p.w(i)
	if v, ok := p.lx.set[w]; ok {
		if p.w(i+1) == "basis" {
			return match{}, false
		}
		if p.in(i-1, "average", "avg") {
			return match{}, false // "average daily volume": a measure, not a recurrence
		}
		return match{i: i, end: i + 1, typ: "SET", val: v}, true
	}
	if w != "every" && w != "each" && w != "per" {
		// "twice a year", "once a week"
		if p.in(i, "once", "twice", "thrice") && (p.w(i+1) == "a" || p.w(i+1) == "an" || p.w(i+1) == "per" || p.w(i+1) == "every") {
			if u, ok := p.unitAt(i + 2); ok && !strings.HasSuffix(p.w(i+2), "s") {
				return match{i: i, end: i + 3, typ: "SET", val: duration(1, false, u)}, true
			}
		}
		return match{}, false
	}
	j := i + 1
	if p.w(j) == "other" {
		j++
	}
	if wd, ok := p.lx.weekday[p.w(j)]; ok && w != "per" {
		return match{i: i, end: j + 1, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%d", wd)}, true
	}
	if mo, ok := p.lx.month[p.w(j)]; ok && w != "per" && p.capOK(j) {
		return match{i: i, end: j + 1, typ: "SET", val: fmt.Sprintf("XXXX-%02d", mo)}, true
	}
	if part, ok := p.lx.part[p.w(j)]; ok && w != "per" {
		return match{i: i, end: j + 1, typ: "SET", val: "T" + part}, true
	}
	n, unknown, k, ok := p.number(j)
	if !ok || p.w(j) == "a" {
		n, unknown, k = 1, false, j
	}
	u, ok := p.unitAt(k)
	if !ok || unknown {
		return match{}, false
	}
	if p.w(j) == "other" {
		n = 2
	}
	if w == "each" && p.w(k+1) == "of" {
		return match{}, false
	}
	return match{i: i, end: k + 1, typ: "SET", val: duration(n, false, u)}, true
}

// ---- times of day ----------------------------------------------------------

// clockOnly parses a clock time and returns its "HH:MM" (or part of day)
// in val: 3 p.m., 10:30 a.m. EDT, 15:00, noon, midnight.
func (p *parser) clockOnly(i int) (match, bool) {
	if i >= len(p.toks) {
		return match{}, false
	}
	w := p.w(i)
	if (w == "noon" || w == "midnight") && p.toks[i].cap() && !p.caps && i > 0 && p.toks[i-1].sent == p.toks[i].sent {
		return match{}, false // "High Noon"
	}
	switch w {
	case "noon", "midday":
		return match{i: i, end: i + 1, val: "12:00"}, true
	case "midnight":
		return match{i: i, end: i + 1, val: "24:00"}, true
	}
	h, ok := p.digits(i, 2)
	if !ok || h > 24 {
		return match{}, false
	}
	j := i + 1
	mi := 0
	hasMin := false
	if p.w(j) == ":" && p.tight(j) && p.tight(j+1) {
		v, ok := p.digits(j+1, 2)
		if !ok || len(p.w(j+1)) != 2 || v > 59 {
			return match{}, false
		}
		mi, hasMin, j = v, true, j+2
	} else if p.w(j) == "." && p.tight(j) && p.tight(j+1) && len(p.w(j+1)) == 2 && (p.in(j+2, "am", "pm") || p.in(j+2, "a", "p") && p.w(j+3) == "." && p.w(j+4) == "m") {
		v, ok := p.digits(j+1, 2)
		if !ok || v > 59 {
			return match{}, false
		}
		mi, hasMin, j = v, true, j+2
	}
	ampm := ""
	switch {
	case p.in(j, "a", "p") && p.w(j+1) == "." && p.tight(j+1) && p.w(j+2) == "m" && p.tight(j+2):
		ampm = p.w(j)
		j += 3
		if p.w(j) == "." && p.tight(j) {
			j++
		}
	case p.in(j, "am", "pm") && (p.tight(j) || p.toks[j].w == "am" && p.toks[j].kind == 'a' && !p.toks[j].cap() || p.toks[j].w == "pm"):
		if p.w(j) == "am" && !p.tight(j) && p.toks[j].s > 0 && p.text[p.toks[j].s:p.toks[j].e] == "am" {
			// "I am": only "7 am" with a number right before
		}
		ampm = p.w(j)[:1]
		j++
	case p.w(j) == "o" && p.w(j+1) == "'" && p.w(j+2) == "clock":
		j += 3
	case p.w(j) == "in" && p.w(j+1) == "the" && p.in(j+2, "morning", "afternoon", "evening"):
		if p.w(j+2) == "morning" {
			ampm = "a"
		} else {
			ampm = "p"
		}
		j += 3
	case hasMin:
		if h > 23 {
			return match{}, false
		}
	default:
		return match{}, false
	}
	if ampm != "" {
		if h < 1 || h > 12 {
			return match{}, false
		}
		if ampm == "p" && h < 12 {
			h += 12
		}
		if ampm == "a" && h == 12 {
			h = 0
		}
	}
	if _, ok := p.lx.zone[p.w(j)]; ok && (p.toks[j].upper() || p.caps) {
		j++
	}
	return match{i: i, end: j, val: fmt.Sprintf("%02d:%02d", h, mi)}, true
}

// clock parses a time with an optional date: "3 p.m. Tuesday", "10:30
// a.m. on July 11", "midnight Friday", "4 in the morning".
func (p *parser) clock(i int) (match, bool) {
	c, ok := p.clockOnly(i)
	if !ok {
		return match{}, false
	}
	m := match{i: i, end: c.end, typ: "TIME"}
	k := c.end
	if p.w(k) == "," || p.w(k) == "on" {
		k++
	}
	if d, ok := p.dateCore(k); ok && isDayValue(d.val) && d.typ == "DATE" {
		m.val, m.end, m.kind = d.val+"T"+c.val, d.end, d.kind
		return m, true
	}
	if !p.known {
		m.val = "XXXX-XX-XXT" + c.val
		return m, true
	}
	day := fmtDay(p.ref)
	if isDayValue(p.last) {
		day = p.last // "at 10 p.m." on the day just mentioned
	}
	m.val = day + "T" + c.val
	return m, true
}

// theUnitRule parses a bare unit after "the": "the quarter" (the quarter
// just reported), "the year" (a year's span, or the current year after
// "of"/"in"), "the weekend", "the week of March 6".
func (p *parser) theUnitRule(i int) (match, bool) {
	if p.w(i-1) != "the" {
		return match{}, false
	}
	m := match{i: i, end: i + 1, typ: "DATE"}
	switch p.w(i) {
	case "quarter", "period":
		if p.w(i+1) == "-" || p.w(i+1) == "of" {
			return match{}, false
		}
		m.val = p.reportedQuarter()
		if p.w(i+1) == "a" && p.w(i+2) == "year" && p.in(i+3, "ago", "earlier") && isQuarterValue(m.val) {
			m.end, m.val, m.anaphor = i+4, yearEarlier(m.val), true // "the quarter a year ago"
			return m, true
		}
		if p.w(i) == "period" {
			return match{}, false
		}
		if p.in(i+1, "ended", "ending") {
			// "the quarter ended Sept. 30": the calendar quarter holding
			// most of the three months up to that day
			if d, ok := p.dateCore(i + 2); ok && isDayValue(d.val) {
				if t, err := time.Parse("2006-01-02", d.val); err == nil {
					t = t.AddDate(0, 0, -45)
					m.val = fmt.Sprintf("%04d-Q%d", t.Year(), quarterOf(int(t.Month())))
				}
			}
		}
	case "year", "month", "week":
		unit := p.lx.unit[p.w(i)]
		if p.w(i+1) == "-" || p.w(i+1) == "'" {
			return match{}, false
		}
		if unit == "Y" && p.in(i+1, "ended", "ending") {
			m.typ, m.val = "DURATION", "P1Y" // "in the year ended March 31": a fiscal year
			return m, true
		}
		if p.in(i-2, "of", "in") || unit == "Y" && p.w(i-2) == "for" {
			m.val = p.shiftRef(unit, 0)
			return m, true
		}
		if unit != "Y" {
			return match{}, false
		}
		m.typ, m.val = "DURATION", "P1Y"
	case "weekend":
		if !p.known {
			m.val = "XXXX-WXX-WE"
			return m, true
		}
		off := 0
		wd := isoWeekday(p.ref)
		switch p.tense(i, i+1) {
		case tensePast:
			if wd < 6 {
				off = -1
			}
		case tenseFuture:
			if wd == 7 {
				off = 1
			}
		default:
			if wd <= 4 {
				off = -1
			}
		}
		m.val = shift(p.ref, "WE", off)
	case "full", "fiscal":
		if p.w(i+1) != "year" {
			return match{}, false
		}
		m.end = i + 2
		if p.w(i) == "full" || p.in(i-2, "for", "in", "of") && !p.in(i+2, "ended", "ending") {
			m.val = p.shiftRef("Y", 0) // "earnings for the fiscal year": this year's
			return m, true
		}
		m.typ, m.val = "DURATION", "P1Y"
	default:
		return match{}, false
	}
	return m, true
}

// weekOfRule parses "the week of March 6".
func (p *parser) weekOfRule(i int) (match, bool) {
	if p.w(i-1) != "the" || p.w(i) != "week" || p.w(i+1) != "of" {
		return match{}, false
	}
	d, ok := p.dateCore(i + 2)
	if !ok || !isDayValue(d.val) || d.val[0] == 'X' {
		return match{}, false
	}
	t, err := time.Parse("2006-01-02", d.val)
	if err != nil {
		return match{}, false
	}
	return match{i: i, end: d.end, typ: "DATE", val: fmtWeek(t)}, true
}

// yearEndRule parses "year-end", "year end", "year's end".
func (p *parser) yearEndRule(i int) (match, bool) {
	if p.w(i) != "year" {
		return match{}, false
	}
	k := i + 1
	switch {
	case p.w(k) == "-" && p.tight(k) && p.w(k+1) == "end":
		k += 2
	case p.w(k) == "end":
		k++
	case p.w(k) == "'" && p.w(k+1) == "s" && p.w(k+2) == "end":
		k += 3
	default:
		return match{}, false
	}
	return match{i: i, end: k, typ: "DATE", val: p.shiftRef("Y", 0), mod: "END"}, true
}

// yearWordsRule parses years in words: "nineteen ninety-six", "two thousand".
func (p *parser) yearWordsRule(i int) (match, bool) {
	w := p.w(i)
	hi, ok := p.lx.num[w]
	if !ok {
		return match{}, false
	}
	k := i + 1
	var y int
	switch {
	case hi >= 10 && hi <= 20 && p.w(k) != "hundred" && p.w(k) != "-":
		tens, ok := p.lx.num[p.w(k)]
		if !ok || tens < 10 || tens > 90 || tens%10 != 0 && tens > 19 {
			return match{}, false
		}
		y = hi*100 + tens
		k++
		if tens >= 20 {
			j := k
			if p.w(j) == "-" && p.tight(j) {
				j++
			}
			if u, ok := p.lx.num[p.w(j)]; ok && u > 0 && u < 10 {
				y += u
				k = j + 1
			}
		}
	case hi == 2 && p.w(k) == "thousand":
		y = 2000
		k++
		j := k
		if p.w(j) == "and" {
			j++
		}
		if u, ok := p.lx.num[p.w(j)]; ok && u > 0 && u < 30 {
			y += u
			k = j + 1
		}
		if p.w(i-1) != "year" && p.w(i-1) != "in" && p.w(i-1) != "since" && p.w(i-1) != "by" {
			return match{}, false
		}
	default:
		return match{}, false
	}
	if y < 1100 || y > 2100 {
		return match{}, false
	}
	return match{i: i, end: k, typ: "DATE", val: fmtYear(y)}, true
}

// followingRule parses "the following year", "the previous day": one
// unit after or before the date mentioned last.
func (p *parser) followingRule(i int) (match, bool) {
	if p.w(i-1) != "the" || !p.known {
		return match{}, false
	}
	dir := 0
	switch p.w(i) {
	case "following", "next":
		dir = 1
	case "previous", "preceding", "prior":
		dir = -1
	default:
		return match{}, false
	}
	unit, ok := p.unitAt(i + 1)
	if !ok || (unit != "Y" && unit != "D" && unit != "M") || strings.HasSuffix(p.w(i+1), "s") {
		return match{}, false
	}
	v := truncate(p.last, unit)
	if v == "" {
		return match{}, false
	}
	var t time.Time
	var err error
	switch unit {
	case "Y":
		t, err = time.Parse("2006", v)
	case "M":
		t, err = time.Parse("2006-01", v)
	default:
		t, err = time.Parse("2006-01-02", v)
	}
	if err != nil {
		return match{}, false
	}
	return match{i: i, end: i + 2, typ: "DATE", val: shift(t, unit, dir)}, true
}

// rate reports whether toks[i] ends a quantity that "a year", "a week"
// after it turns into a rate: a number, an amount, a plural noun.
func (p *parser) rate(i int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := p.toks[i]
	if t.kind == 'd' || t.w == "%" {
		return true
	}
	if t.kind != 'a' {
		return false
	}
	switch t.w {
	case "million", "billion", "thousand", "hundred", "percent", "times", "once", "twice", "dollars", "cents", "euros", "pounds", "yen":
		return true
	case "is", "was", "has", "this", "its", "his", "us", "as", "thus", "less", "across", "towards", "always", "perhaps", "news", "plus", "minus":
		return false
	}
	_, num := p.lx.num[t.w]
	return num || len(t.w) > 3 && strings.HasSuffix(t.w, "s") && !strings.HasSuffix(t.w, "ss") && !strings.HasSuffix(t.w, "ous") && !strings.HasSuffix(t.w, "ys")
}
