package event

import (
	"slices"
	"strings"

	"chronicle"
)

// The statuses of an event.
const (
	Occurred     = "occurred"
	Ongoing      = "ongoing"
	Planned      = "planned"
	Hypothetical = "hypothetical"
	Negated      = "negated"
)

// govern applies intent and speech triggers to the events in their
// complement (a later trigger of the sentence joined by "to", "that", "of"
// or "for"): an intent trigger gives way to the act it announces, which is
// planned; a speech trigger keeps the act out.
func (s *state) govern(evs []*cand, lo int) {
	for k, c := range evs {
		if c.modal {
			for _, d := range evs[k+1:] {
				if d.trig < c.end {
					d.dropped = true
				}
			}
			continue
		}
		if !c.e.Intent && !c.e.Speech {
			continue
		}
		if c.e.Speech && c.e.Type == "REJECT" && c.end+1 < len(s.words) && s.words[c.end] == "to" && (sayVerb(s.words[c.end+1]) || s.namedPassive(c.end+1)) {
			// "declined to say what form the statement should take", "declined
			// to be identified", "refused to be drawn": no comment is no rejection
			c.dropped = true
			continue
		}
		for _, d := range evs[k+1:] {
			if d.dropped || d.trig-c.end > 8 || !s.complement(c.end, d.trig) {
				continue
			}
			if c.e.Speech {
				d.dropped = true
				if len(c.ev.Recipients) == 0 && !s.nounClause(c.trig+1, d.trig) && !s.unnamedAddressee(c.end, d.trig) {
					_, c.ev.Recipients = s.dedupe(c.ev.Actors, d.ev.Recipients)
				}
				continue
			}
			c.dropped = true
			d.planned = true
			if len(d.ev.Actors) == 0 {
				d.ev.Actors = c.ev.Actors
			}
			break
		}
	}
}

// unnamedAddressee reports whether [j, e) opens with an unnamed object
// and its verb complement ("accused the party of signing up to a deal
// with the Tories", "urged the men to step down"): the act's recipient
// is that object, not a participant of the complement.
func (s *state) unnamedAddressee(j, e int) bool {
	for k := j + 1; k < e && k+1 < len(s.words) && k <= j+6; k++ {
		if w := s.words[k]; (w == "of" || w == "to" || w == "for") && (s.tag(k+1) == "VBG" || s.tag(k+1) == "VB") {
			return s.unnamedObject(j, k)
		}
	}
	return false
}

// nounClause reports whether a clause opens after a common noun in
// [j, e) ("rejected allegations he pressured Sullivan to resign"): its
// acts are the noun's content, and their participants are not the
// speech act's.
func (s *state) nounClause(j, e int) bool {
	for k := j + 1; k < e; k++ {
		if isNoun(s.tag(k-1)) && s.mention[k-1] < 0 && s.clauseAfterNoun(k, len(s.words)) {
			return true
		}
	}
	return false
}

// namedPassive reports "be identified", "be named", "be drawn", "be
// quoted" at token k: declining it is declining to comment.
func (s *state) namedPassive(k int) bool {
	if s.words[k] != "be" || k+1 >= len(s.words) {
		return false
	}
	switch s.words[k+1] {
	case "identified", "named", "drawn", "quoted", "interviewed":
		return true
	}
	return false
}

// negatedInfinitive reports whether the negation at k governs the
// infinitive whose verb is at i through one verb and its adverbs or
// particles: "has not stepped forward publicly to defend Manafort".
func (s *state) negatedInfinitive(k, i int) bool {
	if i-k > 8 || i-1 <= k || s.words[i-1] != "to" {
		return false
	}
	verbs := 0
	for j := k + 1; j < i-1; j++ {
		switch t := s.tag(j); {
		case isVerb(t):
			verbs++
		case t == "RB" || t == "RP":
		default:
			return false
		}
	}
	return verbs == 1
}

// affirms reports a verb between the negation at k and the trigger at i
// whose negation affirms the act: "did not hesitate to attack".
func (s *state) affirms(k, i int) bool {
	for j := k + 1; j < i; j++ {
		switch s.words[j] {
		case "hesitate", "hesitated", "hesitating", "wait", "waited", "delay", "delayed":
			return true
		}
	}
	return false
}

// sayVerb reports verbs of saying, whose refusal is declining to comment.
func sayVerb(w string) bool {
	switch w {
	case "say", "comment", "discuss", "elaborate", "answer", "confirm", "reveal", "disclose", "name", "specify", "speculate", "detail", "explain", "identify":
		return true
	}
	return false
}

// complement reports whether [a, b) joins a trigger to its complement:
// "to", "that", "of", "for" or "on", or a short stretch without a comma
// or conjunction ("rejected allegations he pressured…").
func (s *state) complement(a, b int) bool {
	for k := a; k < b; k++ {
		switch s.words[k] {
		case "to", "that", "of", "for", "on":
			return true
		case ";", ",", "and", "but", "while", "as":
			return false
		}
	}
	return b-a <= 5
}

// status sets c's status from the words around its trigger.
func (s *state) status(c *cand, lo, hi int) {
	if c.modal {
		c.ev.Status = Occurred
		return
	}
	i := c.trig
	a, b := s.clause(i, lo, hi)
	st := Occurred
	if c.planned {
		st = Planned
	}
	if (a > lo && s.words[a-1] == "whether") || (i-2 >= a && s.words[i-1] == "to" && s.words[i-2] == "whether") {
		c.ev.Status = Hypothetical // "press Labour over whether the Home Office would be able to deliver"
		return
	}
	reported := s.quote[i] >= 0 && s.pastCue(s.quote[i])
	crossed := false // a coordinated verb: negation before "and" is not its own
	apposed := false // "Iain Duncan Smith, one of the chief critics of the plans, condemned": an apposition's words are not the verb's
	// Words before the trigger in its clause, nearest first.
	for k := i - 1; k >= a && k >= i-10; k-- {
		w := s.words[k]
		if w == "," && k < i-1 {
			break
		}
		if w == "," {
			apposed = true
			continue
		}
		if (w == "and" || w == "but" || w == "or") && isVerb(s.tag(i)) && (k+1 == i || isVerb(s.tag(k+1)) || s.tag(k+1) == "MD" || s.tag(k+1) == "RB") {
			crossed = true // "said that was not her view and dismissed those reports": the negation is the first verb's
		}
		if hearsay(w) && k+1 < i && (s.words[k+1] == "that" || s.tag(k+1) == "PRP" || s.tag(k+1) == "NNP") {
			c.ev.Status = Hypothetical // "despite speculation that Sir Anthony had held talks"
			return
		}
		switch w {
		case "not", "n't", "never", "no", "cannot":
			if (i-k <= 4 || s.negatedInfinitive(k, i)) && !crossed && !s.affirms(k, i) {
				c.ev.Status = Negated
				return
			}
		case "if", "unless", "whether":
			c.ev.Status = Hypothetical
			return
		case "will", "shall", "'ll":
			st = Planned
		case "to":
			if k > a && s.isBe(k-1) && k == i-1 {
				st = Planned // "is to visit"
			}
		case "would":
			if reported {
				st = Planned
			} else {
				st = Hypothetical
			}
		case "could", "may", "might", "should", "can", "must":
			if s.tag(k) == "MD" {
				c.ev.Status = Hypothetical
				return
			}
		case "impossible", "unable":
			if i-k <= 4 {
				c.ev.Status = Negated // "it is impossible to come here and demand…"
				return
			}
		case "chances", "chance", "possibility", "prospect", "prospects", "likelihood", "potential", "possible":
			c.ev.Status = Hypothetical
			return
		case "refuse", "refused", "refuses", "fail", "failed", "fails", "declined", "failure", "refusal":
			if i-k <= 3 {
				c.ev.Status = Negated
				return
			}
		case "plan", "plans", "planned", "planning", "intend", "intends", "intended", "eager", "expect", "expects",
			"expected", "hope", "hopes", "hoped", "want", "wants", "wanted", "desire", "wish", "wishes", "seek", "seeks", "sought", "seeking",
			"aim", "aims", "ready", "willing", "prepared", "scheduled", "due", "set", "going", "agreed", "agree",
			"pledged", "promised", "vowed", "offered", "proposed", "proposal", "invitation", "invited", "upcoming", "next", "future",
			"commitment", "committed", "determined":
			if st == Occurred && !apposed {
				st = Planned
			}
		case "beginning", "begun", "began", "begin", "continue", "continues", "continued", "continuing", "still":
			if st == Occurred {
				st = Ongoing
			}
		}
	}
	// After a nominal or in a passive: "talks … will take place"; not in a
	// verb's complement ("urged the government to guarantee that … will
	// be enshrined").
	for k := i + 1; k < b && k <= i+12 && (!isVerb(s.tag(i)) || s.passive(i, a)); k++ {
		switch s.words[k] {
		case "will", "shall":
			if st == Occurred {
				st = Planned
			}
		case "could", "might", "may":
			if st == Occurred && s.tag(k) == "MD" && isNoun(s.tag(i)) {
				st = Hypothetical
			}
		}
	}
	if st == Occurred && s.tag(i) == "VBG" && i > lo && (isNoun(s.tag(i-1)) || s.mention[i-1] >= 0 || s.isBe(i-1)) && !s.absolute(i, a) {
		st = Ongoing
	}
	if st == Occurred && i > lo && s.isBe(i-1) && s.tag(i) == "VBG" {
		st = Ongoing
	}
	c.ev.Status = st
}

// absolute reports whether the participle at i follows "with" and its
// subject ("with election coordinator Alan Milburn accusing Mr Howard"):
// it takes the time of its clause, not the progressive.
func (s *state) absolute(i, a int) bool {
	for k := i - 1; k >= a && k >= i-8; k-- {
		if s.words[k] == "with" {
			return true
		}
		if t := s.tag(k); !isNoun(t) && t != "DT" && t != "PRP$" && !strings.HasPrefix(t, "JJ") && t != "POS" {
			return false
		}
	}
	return false
}

// hearsay reports nouns whose "that" clause is talked of, not stated:
// "speculation that", "rumours that".
func hearsay(w string) bool {
	switch w {
	case "speculation", "rumour", "rumours", "rumor", "rumors", "suggestion", "suggestions", "suspicion", "suspicions", "fears", "hopes", "talk":
		// "speculation that Sir Anthony had held talks", "suggestions he is set to announce…"
		return true
	}
	return false
}

func (s *state) isBe(k int) bool {
	switch s.words[k] {
	case "is", "are", "am", "'re", "'s":
		return true
	}
	return false
}

// pastCue reports whether quote q is reported after a past-tense cue.
func (s *state) pastCue(q int) bool {
	cu := s.doc.Quotes[q].Cue
	if cu == nil {
		return false
	}
	w := strings.ToLower(cu.Text)
	return strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "wrote" || w == "thought"
}

// attributionTime returns the index of the date the act at token i was
// reported on, when i lies in a quote whose attribution carries one
// between the speaker and the content or just after the cue ("Japan said
// on Tuesday it had halted aid", "…, the ministry said on Monday"); -1
// when there is none.
func (s *state) attributionTime(i int) int {
	q := s.claimQuote(i)
	if q < 0 {
		return -1
	}
	qu := s.doc.Quotes[q]
	if qu.Cue == nil {
		return -1
	}
	from, to := qu.Cue.Start, qu.Cue.End
	if qu.Speaker != nil && qu.Speaker.Start < from && qu.Speaker.End <= from {
		from = qu.Speaker.Start
	}
	switch {
	case qu.Start >= qu.Cue.End:
		to = qu.Start // the content follows: the words between
	default:
		// The content came first: up to three tokens after the cue.
		k, _ := slices.BinarySearchFunc(s.doc.Tokens, qu.Cue.End, func(t chronicle.Token, b int) int { return t.Start - b })
		if k += 3; k < len(s.doc.Tokens) {
			to = s.doc.Tokens[k].Start
		} else {
			to = len(s.doc.Text)
		}
	}
	k0, k1 := 0, len(s.doc.Timexes)
	if s.timexSorted {
		k0, _ = slices.BinarySearchFunc(s.doc.Timexes, from, func(t chronicle.Timex, b int) int { return t.Start - b })
		k1, _ = slices.BinarySearchFunc(s.doc.Timexes, to, func(t chronicle.Timex, b int) int { return t.Start - b })
		k1 = max(k0, k1)
	}
	for k := k0; k < k1; k++ {
		t := s.doc.Timexes[k]
		if t.Start >= from && t.End <= to && (t.Type == "DATE" || t.Type == "TIME") && t.Value != "" && isDigit(t.Value[0]) {
			return k
		}
	}
	return -1
}

// when sets c's date from a time expression in its clause, else from the
// date its attribution was made on (attributionTime).
func (s *state) when(c *cand, lo, hi int) {
	a, b := s.clause(c.trig, lo, hi)
	from, to := s.doc.Tokens[a].Start, s.doc.Tokens[b-1].End
	trig := s.doc.Tokens[c.trig].Start
	best, bestDist := -1, 0
	k0, k1 := 0, len(s.doc.Timexes)
	if s.timexSorted { // only those starting in [from, to] can be inside
		k0, _ = slices.BinarySearchFunc(s.doc.Timexes, from, func(t chronicle.Timex, b int) int { return t.Start - b })
		k1, _ = slices.BinarySearchFunc(s.doc.Timexes, to+1, func(t chronicle.Timex, b int) int { return t.Start - b })
		k1 = max(k0, k1)
	}
	for k := k0; k < k1; k++ {
		t := s.doc.Timexes[k]
		if t.Start < from || t.End > to || (t.Type != "DATE" && t.Type != "TIME") || t.Value == "" || !isDigit(t.Value[0]) {
			continue // PRESENT_REF and the like say nothing about the day
		}
		d := t.Start - trig
		if d < 0 {
			d = -d
		}
		if best < 0 || d < bestDist {
			best, bestDist = k, d
		}
	}
	if best < 0 {
		best = s.attributionTime(c.trig)
	}
	if best >= 0 {
		t := s.doc.Timexes[best]
		c.ev.Date = chronicle.EventDate{Value: t.Value, From: "timex:" + t.ID}
		return
	}
	if p := s.doc.Meta.Published.Value; p != "" {
		if len(p) > 10 {
			p = p[:10]
		}
		c.ev.Date = chronicle.EventDate{Value: p, From: "published"}
		return
	}
	c.ev.Date = chronicle.EventDate{From: "inferred"}
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// later reports whether date value v (TIMEX3: 2026, 2025-08, 2025-08-01)
// lies after the publication date pub, at v's precision.
func later(v, pub string) bool {
	if pub == "" || strings.ContainsAny(v, "WQHXT") || len(v) < 4 {
		return false
	}
	n := min(len(v), len(pub))
	return v[:n] > pub[:n]
}

// where sets c's location from "in/at/near PLACE[, COUNTRY]" in its clause.
func (s *state) where(c *cand, lo, hi int) {
	a, b := s.clause(c.trig, lo, hi)
	for k := a; k+1 < b; k++ {
		if !isLocationPrep(s.words[k]) || k+1 >= b {
			continue
		}
		j := k + 1
		if s.words[j] == "the" && j+1 < b {
			j++
		}
		m := s.mention[j]
		if m < 0 {
			continue
		}
		mn := s.doc.Mentions[m]
		if mn.Type != "GPE" && mn.Type != "LOC" && mn.Type != "FAC" {
			continue
		}
		e := s.entities[mn.Entity]
		loc := chronicle.Location{Name: mn.Text}
		if e != nil {
			loc.Name, loc.Country = e.Name, e.Country
			c.country = strings.HasPrefix(e.KB, "iso3166:")
		}
		c.ev.Location = loc
		return
	}
}

// context adds the entry's context and those the clause's words name.
func (s *state) context(c *cand, lo, hi int) {
	var ctx []string
	if c.e.Context != "" {
		ctx = append(ctx, c.e.Context)
	}
	a, b := s.clause(c.trig, lo, hi)
	for k := a; k < b; k++ {
		name := ""
		switch s.words[k] {
		case "trade", "tariff", "tariffs", "export", "exports", "import", "imports", "economic", "economy", "investment", "duties", "sanctions":
			name = "economic"
		case "military", "troops", "army", "soldiers", "forces", "weapons", "missile", "missiles":
			name = "military"
		case "chip", "chips", "semiconductor", "semiconductors", "technology", "software":
			name = "technology"
		}
		if name != "" && !slices.Contains(ctx, name) {
			ctx = append(ctx, name)
		}
	}
	if len(ctx) == 0 && (c.ev.Type == "CONSULT" || c.ev.Type == "AGREE") {
		ctx = append(ctx, "diplomatic")
	}
	if ctx == nil {
		ctx = []string{}
	}
	c.ev.Context = ctx
}

// participants returns the sorted entity ids of c's actors and recipients.
func participants(c *cand) []string {
	var ids []string
	for _, a := range append(slices.Clone(c.ev.Actors), c.ev.Recipients...) {
		if !slices.Contains(ids, a.Entity) {
			ids = append(ids, a.Entity)
		}
	}
	slices.Sort(ids)
	return ids
}

// participants returns participants(c), computed once: merge asks only
// when c's actors and recipients are final.
func (c *cand) participants() []string {
	if !c.partsOK {
		c.parts, c.partsOK = participants(c), true
	}
	return c.parts
}

// refer handles a nominal without participants of its own: it adds its
// figures to the event it refers to, and is dropped.
func (s *state) refer(c *cand) {
	c.dropped = true
	if d := c.ref; d != nil {
		d.addFigures(c.ev.Figures)
	}
}

// merge folds c into an earlier event of the same type, status and
// participants, if there is one.
func (s *state) merge(c *cand) {
	p := c.participants()
	// The events before c that are not dropped, in order: s.live holds
	// them by type, each added once merge has passed it (what the test
	// below reads of an event is final by then).
	for _, d := range s.live[c.ev.Type] {
		if d.dropped || d.ev.Type != c.ev.Type || d.ev.Status != c.ev.Status || !slices.Equal(d.participants(), p) {
			continue
		}
		// One act has one date, unless one of them only has the
		// publication date; two nouns ("his meeting", "their meeting")
		// name the same act even when their dates disagree (the
		// time layer warns about that).
		sameDate := d.ev.Date.Value == c.ev.Date.Value || d.ev.Date.From == "published" || c.ev.Date.From == "published"
		if !sameDate && (!d.noun() || !c.noun()) {
			continue
		}
		absorb(d, c)
		c.dropped = true
		return
	}
	s.live[c.ev.Type] = append(s.live[c.ev.Type], c)
	s.mode(c)
}

// absorb adds what c knows and d does not.
func absorb(d, c *cand) {
	d.addFigures(c.ev.Figures)
	if c.claim == 0 {
		d.claim = 0 // the article states what a speaker claimed
	}
	if d.ev.Date.From == "published" && strings.HasPrefix(c.ev.Date.From, "timex:") {
		d.ev.Date = c.ev.Date
	}
	if c.ev.Location.Name != "" && (d.ev.Location.Name == "" ||
		(d.country && !c.country && d.ev.Location.Country == c.ev.Location.Country)) {
		d.ev.Location, d.country = c.ev.Location, c.country
	}
	for _, x := range c.ev.Context {
		if !slices.Contains(d.ev.Context, x) {
			d.ev.Context = append(d.ev.Context, x)
		}
	}
	if d.ev.Mode == "" {
		d.ev.Mode = c.ev.Mode
	}
}

// addFigures appends to c's figures those of fs it does not have, in
// order. Figures are only ever appended, so a set of the first figsN of
// them answers "has it" without scanning them.
func (c *cand) addFigures(fs []string) {
	if len(fs) == 0 {
		return
	}
	if c.figs == nil {
		c.figs = map[string]bool{}
	}
	for ; c.figsN < len(c.ev.Figures); c.figsN++ {
		c.figs[c.ev.Figures[c.figsN]] = true
	}
	for _, f := range fs {
		if !c.figs[f] {
			c.figs[f] = true
			c.ev.Figures = append(c.ev.Figures, f)
			c.figsN++
		}
	}
}

// mode sets CONSULT's third-party mode.
func (s *state) mode(c *cand) {
	if c.ev.Type != "CONSULT" || c.ev.Mode != "" || c.ev.Location.Country == "" {
		return
	}
	for _, a := range append(slices.Clone(c.ev.Actors), c.ev.Recipients...) {
		if e := s.entities[a.Entity]; e == nil || e.Country == "" || e.Country == c.ev.Location.Country {
			return
		}
	}
	c.ev.Mode = "third-party"
}
