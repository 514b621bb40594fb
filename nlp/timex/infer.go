package timex

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"chronicle"
	lexdata "chronicle/lexicon"
)

// SourceInferred is the Meta.Published.Source of a publication date the
// text does not state but that its evidence fixes (see inferDate).
const SourceInferred = chronicle.DateInferred

// Bounds on the work of one inference: dates and roles beyond them are not
// read (a news article names far fewer).
const (
	maxClues = 48
	maxRoles = 24
	maxYears = 80
)

// A clue is a date the no-reference pass read, as clues selects them: a
// month ("May", "early August") or a day ("11/7", "July 11", "Friday,
// July 11") without a year, or a year or month with its year ("in 2019",
// "May 2001"); with the tense of its clause.
type clue struct {
	text     string
	readings []md      // a numeric day has up to two (day/month, month/day); none for a dated clue
	from, to time.Time // a dated clue's first day and the day after its last
	wd       int       // ISO weekday stated with the day, 0 if none
	t        tense
	numeric  bool
	caption  bool   // stated in a photo caption: the photo's date, not after the text's
	orderBy  string // what fixed the order of a numeric day both ways valid, "" if nothing did
}

// md is a month and day; d = 0 stands for the whole month.
type md struct{ m, d int }

// roleClue is a person the text names with a title, and the roles of the
// lexicon that title names: the text was written while one of them was
// held (or, for "former", after one ended and while none was held).
type roleClue struct {
	who, title string
	roles      []lexdata.Role
	former     bool
}

// holds reports whether the role clue is true on day (YYYY-MM-DD).
func (rc roleClue) holds(day string) bool {
	held, ended := false, false
	for _, r := range rc.roles {
		if r.From <= day && (r.To == "" || day < r.To) {
			held = true
		}
		if r.To != "" && r.To <= day {
			ended = true
		}
	}
	if rc.former {
		return ended && !held
	}
	return held
}

// years returns the first and last year in which the role clue can hold,
// bounding open-ended roles by the horizon; ok is false when it has no
// upper bound (an open role and no horizon).
func (rc roleClue) years(horizon string) (lo, hi int, ok bool) {
	lo, hi = 9999, 0
	for _, r := range rc.roles {
		from, to := r.From, r.To
		if rc.former {
			if r.To == "" {
				continue
			}
			from, to = r.To, ""
		}
		lo = min(lo, atoi(from[:4]))
		if to == "" {
			if horizon == "" {
				return 0, 0, false
			}
			hi = max(hi, atoi(horizon[:4]), atoi(from[:4]))
		} else {
			hi = max(hi, atoi(to[:4]))
		}
	}
	return lo, hi, lo <= hi
}

// statedRoles reads the people of doc.Entities that the text names with a
// title ("US Secretary of State Marco Rubio") and whom the lexicon knows,
// with the roles of the lexicon that title names. Titles that do not say
// the role was held when the text was written ("then-", "incoming",
// "acting", "-elect") are left out; "former" and "ex-" ask for a role that
// had ended.
func statedRoles(lx *lexdata.Lexicon, doc *chronicle.Document) []roleClue {
	if lx == nil {
		return nil
	}
	var out []roleClue
	seen := map[string]bool{}
	for _, e := range doc.Entities {
		if e.Type != "PERSON" || e.KB == "" || len(e.Titles) == 0 {
			continue
		}
		p, ok := lx.PersonByKB(e.KB)
		if !ok {
			continue
		}
		for _, title := range e.Titles {
			former, skip := titleTime(title)
			if skip {
				continue
			}
			tm, ok := lx.ParseTitle(title)
			if !ok {
				continue
			}
			rc := roleClue{who: p.Name, title: tm.Title.Name, former: former}
			key := ""
			for _, r := range p.Roles {
				if r.Is(tm.Title.Name) && (tm.Country == "" || r.Country == "" || r.Country == tm.Country) {
					rc.roles = append(rc.roles, r)
					key += r.From + r.To + "|"
				}
			}
			key = fmt.Sprint(p.ID, former, key)
			if len(rc.roles) == 0 || seen[key] {
				continue
			}
			seen[key] = true
			if rc.former {
				rc.title = strings.TrimSpace(title)
			}
			out = append(out, rc)
			if len(out) == maxRoles {
				return out
			}
		}
	}
	return out
}

// titleTime reads the words of a title that place the role in time:
// former reports "former"/"ex-" (the role had ended), skip a title that
// does not say the role was held at the time of writing.
func titleTime(title string) (former, skip bool) {
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return r == ' ' || r == '-' }) {
		switch w {
		case "former", "ex", "onetime", "erstwhile":
			former = true
		case "then", "late", "elect", "designate", "nominee", "incoming", "acting", "interim", "future",
			"would", "candidate", "caretaker":
			return false, true
		}
	}
	return former, false
}

// clues reads the dates the no-reference pass left without a year, and
// the years and months with a year, that can date the text: those in a
// caption (a photo's date) and those an adverbial preposition introduces
// ("in May", "on 11/7", "since 2019"), whose clause tense places them
// before or after the time of writing. A date modifying a noun ("the
// March 1 primaries", "that 2013 report") tells nothing of when the text
// was written and is left out.
func (t *Tagger) clues(doc *chronicle.Document, toks []tok, xs []chronicle.Timex, order int) []clue {
	orderBy := ""
	if order != 0 {
		orderBy = "by the source's locale"
	} else if order = numericEvidence(toks); order != 0 {
		orderBy = "by the text's other numeric dates"
	}
	pp := &parser{lx: t.lx, toks: toks}
	var out []clue
	for _, x := range xs {
		if x.Type != "DATE" {
			continue
		}
		i := sort.Search(len(toks), func(k int) bool { return int(toks[k].s) >= x.Start })
		j := sort.Search(len(toks), func(k int) bool { return int(toks[k].s) >= x.End })
		if i >= j {
			continue
		}
		c := clue{text: x.Text, caption: inCaption(doc, x.Start)}
		if !c.caption && !adverbial(toks, i) {
			continue
		}
		c.t = pp.tense(i, j)
		if (c.t == tenseNone || c.t == tensePresent) && ahead(toks, i) {
			c.t = tenseFuture // "ahead of the island's June 5 caucuses"
		}
		if y, m, ok := yearMonth(x.Value); ok {
			if m == 0 {
				c.from, c.to = date(y, 1, 1), date(y+1, 1, 1)
			} else {
				c.from, c.to = date(y, m, 1), date(y, m+1, 1)
			}
			if c.t == tensePast || c.t == tenseFuture {
				out = append(out, c)
			}
			continue
		}
		if !strings.HasPrefix(x.Value, "XXXX-") {
			continue
		}
		v := x.Value[5:]
		switch {
		case len(v) == 2: // XXXX-05
			if m := atoi(v); m >= 1 && m <= 12 {
				c.readings = []md{{m, 0}}
			}
		case len(v) == 5 && v[2] == '-': // XXXX-07-11
			if m, d := atoi(v[:2]), atoi(v[3:]); m >= 1 && d >= 1 {
				c.readings = []md{{m, d}}
			}
		}
		if len(c.readings) == 0 {
			continue
		}
		if c.readings[0].d > 0 {
			if wd, ok := t.lx.weekday[toks[i].w]; ok {
				c.wd = wd
			}
			if rs, ok := numericReadings(toks[i:j], order); ok {
				c.readings, c.numeric = rs, true
				if r := rs[0]; len(rs) == 1 && r.m != r.d && r.m <= 12 && r.d <= 12 {
					c.orderBy = orderBy
				}
			}
		}
		out = append(out, c)
		if len(out) == maxClues {
			break
		}
	}
	return out
}

// inCaption reports whether byte offset at lies in a caption zone.
func inCaption(doc *chronicle.Document, at int) bool {
	for _, z := range doc.Zones {
		if z.Kind == chronicle.ZoneCaption && z.Start <= at && at < z.End {
			return true
		}
	}
	return false
}

// adverbial reports whether the date at toks[i] is introduced by a
// preposition that makes it an adverbial of time: "in May", "on 11/7",
// "since 2019", "until early August".
func adverbial(toks []tok, i int) bool {
	if i == 0 || toks[i-1].sent != toks[i].sent {
		return false
	}
	switch toks[i-1].w {
	case "in", "on", "since", "during", "by", "until", "till", "through", "throughout", "before", "after", "from", "at":
		return true
	}
	return false
}

// ahead reports whether a word that puts a date still to come ("ahead of",
// "upcoming", "scheduled") stands shortly before toks[i] in its sentence
// and clause: the date of a coming occasion, whatever the clause's tense.
func ahead(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && toks[k].sent == toks[i].sent && !isComma(toks[k].w); k-- {
		switch toks[k].w {
		case "ahead", "upcoming", "scheduled", "planned", "awaited", "forthcoming", "next":
			return true
		}
	}
	return false
}

// yearMonth reads a value YYYY or YYYY-MM (m = 0 for a year).
func yearMonth(v string) (y, m int, ok bool) {
	if len(v) != 4 && len(v) != 7 || len(v) == 7 && v[4] != '-' {
		return 0, 0, false
	}
	if y = atoi(v[:4]); y < 1 {
		return 0, 0, false
	}
	if len(v) == 7 {
		if m = atoi(v[5:]); m < 1 || m > 12 {
			return 0, 0, false
		}
	}
	return y, m, true
}

// numericReadings finds a yearless numeric day (11/7, 11.7) among toks and
// returns its valid readings: day/month first, then month/day, only the
// one order when the text's or locale's order is known.
func numericReadings(toks []tok, order int) ([]md, bool) {
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].kind != 'd' || toks[k+2].kind != 'd' || toks[k+1].sp() || toks[k+2].sp() {
			continue
		}
		if s := toks[k+1].w; s != "/" && s != "." {
			continue
		}
		if k+3 < len(toks) && !toks[k+3].sp() && (toks[k+3].w == "/" || toks[k+3].w == ".") {
			return nil, false // a year follows: not a yearless day
		}
		a, b := atoi(toks[k].w), atoi(toks[k+2].w)
		var out []md
		if order >= 0 && validDay(2000, b, a) {
			out = append(out, md{b, a})
		}
		if order <= 0 && validDay(2000, a, b) && a != b {
			out = append(out, md{a, b})
		}
		return out, len(out) > 0
	}
	return nil, false
}

// candidate is one possible publication date: an anchor day read in one
// way and one year, with how well the evidence fits it.
type candidate struct {
	day       time.Time
	anchor    int // index into clues
	reading   int // index into the anchor's readings
	roles     int // role clues that hold on day
	broken    int // tense clues that day breaks
	kept      int // tense clues that day keeps and that could have been broken
	heldRoles []roleClue
}

// inference is the outcome of inferDate.
type inference struct {
	value string // YYYY-MM-DD, "" when the evidence does not fix one
	why   string // the evidence, or why it fixes nothing
}

// inferDate infers a publication date the text does not state, by
// constraint solving over candidate dates. The candidates are the days
// the text states without a year in a past clause or a photo caption
// (each reading of a numeric day, each year a weekday stated with it
// allows) within the years the stated roles allow; each is scored by:
//   - the role clues (people named with a title) that hold on it: the
//     text was written while the title was held;
//   - the tense clues it keeps and breaks, reading a yearless date in the
//     candidate's year: a month or day in a past clause is not after the
//     publication date, one in a future clause not before it, a caption's
//     day not after it; a year or month with its year in a past clause
//     does not begin after it, in a future clause does not end before it.
//
// The candidates holding the most roles and breaking the fewest tense
// clues win. They must all be one date, and it must keep more tense
// clues than it breaks: when readings or years remain apart, or the
// evidence contradicts itself, the date is not inferred (never guessed).
// Among days of one reading the latest wins, since an earlier one breaks
// the later day's clue. Open-ended roles bound the year by the lexicon's
// horizon; a date in the horizon's year then says a later year is not
// ruled out.
func inferDate(cs []clue, rcs []roleClue, horizon string) inference {
	if len(rcs) == 0 {
		return inference{why: "no person is named with a dated title"}
	}
	var anchors []int
	for i, c := range cs {
		if len(c.readings) > 0 && c.readings[0].d > 0 && (c.t == tensePast || c.caption && c.t != tenseFuture) {
			anchors = append(anchors, i)
		}
	}
	if len(anchors) == 0 {
		return inference{why: "the text states no day in a past clause or a caption"}
	}
	lo, hi := 9999, 0
	for _, rc := range rcs {
		l, h, ok := rc.years(horizon)
		if !ok {
			continue
		}
		lo, hi = min(lo, l), max(hi, h)
	}
	if lo > hi {
		return inference{why: "the roles stated are open-ended and the lexicon declares no horizon"}
	}
	lo = max(lo, hi-maxYears)
	var cands []candidate
	for _, a := range anchors {
		c := cs[a]
		for ri, r := range c.readings {
			for y := lo; y <= hi; y++ {
				if !validDay(y, r.m, r.d) {
					continue
				}
				day := date(y, r.m, r.d)
				if c.wd > 0 && isoWeekday(day) != c.wd {
					continue
				}
				k := candidate{day: day, anchor: a, reading: ri}
				ds := fmtDay(day)
				for _, rc := range rcs {
					if rc.holds(ds) {
						k.roles++
						k.heldRoles = append(k.heldRoles, rc)
					}
				}
				if k.roles == 0 {
					continue
				}
				for ci := range cs {
					switch {
					case ci == a || !binding(cs[ci]):
					case keeps(cs[ci], day):
						k.kept++
					default:
						k.broken++
					}
				}
				cands = append(cands, k)
			}
		}
	}
	if len(cands) == 0 {
		return inference{why: "no day the text states falls while the titles it names were held"}
	}
	best := cands[0]
	for _, k := range cands[1:] {
		if k.roles > best.roles || k.roles == best.roles && k.broken < best.broken {
			best = k
		}
	}
	tied := []string{fmtDay(best.day)}
	for _, k := range cands {
		if v := fmtDay(k.day); k.roles == best.roles && k.broken == best.broken && !contains(tied, v) {
			tied = append(tied, v)
		}
	}
	if best.broken > 0 && best.broken >= best.kept {
		return inference{why: fmt.Sprintf("the best date, %s, breaks as many tense clues as it keeps", fmtDay(best.day))}
	}
	if len(tied) > 1 {
		sort.Strings(tied)
		last := tied[len(tied)-1]
		if len(tied) > 4 {
			tied, last = tied[:3], fmt.Sprintf("%d other dates", len(tied)-3)
		} else {
			tied = tied[:len(tied)-1]
		}
		return inference{why: fmt.Sprintf("the evidence fits %s and %s equally", strings.Join(tied, ", "), last)}
	}
	return inference{value: fmtDay(best.day), why: explain(cs, best, horizon)}
}

// binding reports whether a clue can be broken: it has a past or future
// tense, or it is a day in a caption (a photo is not dated after the text).
func binding(c clue) bool {
	switch c.t {
	case tensePast, tenseFuture:
		return true
	}
	return c.caption && len(c.readings) > 0 && c.readings[0].d > 0
}

// keeps reports whether day keeps the tense clue c, reading c in day's
// year: a past clue is not after day, a future clue not before it, and a
// day in a clause of no tense not after it (a month with no tense says
// nothing). A dated clue ("in 2019") in a past clause does not begin
// after day, in a future clause does not end before it. A weekday stated
// with c must match. keeps is asked only of binding clues.
func keeps(c clue, day time.Time) bool {
	if len(c.readings) == 0 {
		switch c.t {
		case tensePast:
			return !c.from.After(day)
		case tenseFuture:
			return day.Before(c.to)
		}
		return true
	}
	y, dm, _ := day.Date()
	for _, r := range c.readings {
		if r.d == 0 {
			switch c.t {
			case tensePast:
				if r.m <= int(dm) {
					return true
				}
			case tenseFuture:
				if r.m >= int(dm) {
					return true
				}
			default:
				return true
			}
			continue
		}
		if !validDay(y, r.m, r.d) {
			continue
		}
		x := date(y, r.m, r.d)
		if c.wd > 0 && isoWeekday(x) != c.wd {
			continue
		}
		switch c.t {
		case tenseFuture:
			if !x.Before(day) {
				return true
			}
		case tensePresent:
			return true
		default:
			if !x.After(day) {
				return true
			}
		}
	}
	return false
}

// explain writes the evidence for the chosen candidate: the anchor and its
// reading, the tense clues, the roles, and the horizon when it bounds the
// year.
func explain(cs []clue, best candidate, horizon string) string {
	a := cs[best.anchor]
	var b strings.Builder
	fmt.Fprintf(&b, "%q", a.text)
	reading := ""
	if a.numeric && (len(a.readings) == 2 || a.orderBy != "") {
		r := a.readings[best.reading]
		switch {
		case a.orderBy != "" && r.d == atoi(strings.FieldsFunc(a.text, notDigit)[0]):
			reading = "day/month " + a.orderBy
		case a.orderBy != "":
			reading = "month/day " + a.orderBy
		case best.reading == 0:
			reading = "day/month"
		default:
			reading = "month/day"
		}
	}
	var notes, past, future []string
	if a.wd > 0 {
		notes = append(notes, fmt.Sprintf("a %s in %d", best.day.Weekday(), best.day.Year()))
	}
	for i, c := range cs {
		if i == best.anchor || c.text == a.text {
			continue
		}
		q := fmt.Sprintf("%q", c.text)
		switch {
		case c.t == tenseFuture && !contains(future, q):
			future = append(future, q)
		case c.t == tensePast && !contains(past, q):
			past = append(past, q)
		}
	}
	if len(future) > 0 {
		notes = append(notes, strings.Join(future, ", ")+" future")
	}
	if len(past) > 0 {
		notes = append(notes, strings.Join(past, ", ")+" past")
	}
	switch {
	case reading != "" && len(notes) > 0:
		fmt.Fprintf(&b, " (%s: %s)", reading, strings.Join(notes, "; "))
	case reading != "":
		fmt.Fprintf(&b, " (%s)", reading)
	case len(notes) > 0:
		fmt.Fprintf(&b, " (%s)", strings.Join(notes, "; "))
	}
	// the roles, latest start first: they bound the year
	rs := append([]roleClue(nil), best.heldRoles...)
	day := fmtDay(best.day)
	// the role that holds on day and its first day (for "former", the
	// role that had ended and its last)
	held := func(rc roleClue) lexdata.Role {
		var h lexdata.Role
		for _, r := range rc.roles {
			if rc.former && r.To != "" && r.To <= day {
				h = r
				h.From = r.To
			} else if !rc.former && r.From <= day && (r.To == "" || day < r.To) {
				h = r
			}
		}
		return h
	}
	sort.SliceStable(rs, func(i, j int) bool { return held(rs[i]).From > held(rs[j]).From })
	var ws []string
	for _, rc := range rs {
		if len(ws) == 3 {
			ws = append(ws, fmt.Sprintf("%d more", len(rs)-3))
			break
		}
		h := held(rc)
		switch {
		case rc.former:
			ws = append(ws, fmt.Sprintf("%s (%s: the role ended %s)", rc.who, rc.title, h.From))
		case h.To != "":
			ws = append(ws, fmt.Sprintf("%s (%s %s to %s)", rc.who, h.Title, h.From, h.To))
		default:
			ws = append(ws, fmt.Sprintf("%s (%s from %s)", rc.who, h.Title, h.From))
		}
	}
	fmt.Fprintf(&b, " and the roles of %s", strings.Join(ws, ", "))
	if horizon != "" && atoi(horizon[:4]) == best.day.Year() && openAt(best.heldRoles, day) {
		fmt.Fprintf(&b, "; open-ended roles are known only to the lexicon's horizon %s, so a later year is not ruled out", horizon)
	}
	return b.String()
}

// openAt reports whether every role clue holding on day does so by a role
// with no end date: only the horizon bounds the year above.
func openAt(rcs []roleClue, day string) bool {
	for _, rc := range rcs {
		open := false
		for _, r := range rc.roles {
			if r.From <= day && r.To == "" || rc.former {
				open = true
			}
		}
		if !open {
			return false
		}
	}
	return true
}

func notDigit(r rune) bool { return r < '0' || r > '9' }

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
