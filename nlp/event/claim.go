package event

import (
	"slices"
	"strings"

	"chronicle"
)

// The attitudes a speech cue takes to its content.
const (
	asserts = iota // said, told, announced: the content's own modality
	hedges         // suggest, believe, allege: at most hypothetical
	denies         // deny: negated
)

// attitude classifies a quote's cue.
func attitude(cue string) int {
	switch strings.ToLower(cue) {
	case "suggest", "suggests", "suggested", "suggesting", "speculate", "speculates", "speculated",
		"rumoured", "rumored", "reportedly", "claim", "claimed", "claims", "claiming",
		"allege", "alleged", "alleges", "alleging", "believe", "believes", "believed",
		"think", "thinks", "thought", "suspect", "suspects", "suspected", "fear", "fears", "feared",
		"speculation", "rumours", "rumors", "assume", "assumes", "assumed", "guess", "guessed":
		return hedges
	case "deny", "denies", "denied", "denying", "dispute", "disputes", "disputed", "refute", "refuted", "refutes":
		return denies
	}
	return asserts
}

// reporting reports whether a quote's cue is a verb (or phrase) of
// saying, thinking or reporting. A quote introduced by anything else
// ("launched a mediation effort", "precision guided missiles killed…")
// is the quote stage guessing, and its content is not taken for a claim.
func reporting(cue string) bool {
	w, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(cue)), " ")
	switch w {
	case "said", "told", "thought", "wrote", "written", "spoke", "according", "reportedly", "quoted", "reckoned", "felt",
		"statement", "rumoured", "rumored", "apparently", "allegedly":
		return true
	}
	for _, suf := range []string{"", "s", "es", "d", "ed", "ing"} {
		b, ok := strings.CutSuffix(w, suf)
		if !ok {
			continue
		}
		switch b {
		case "say", "tell", "add", "stat", "state", "announc", "announce", "claim", "report", "confirm", "deni", "deny",
			"suggest", "believ", "believe", "think", "insist", "argu", "argue", "warn", "note", "not", "explain", "writ", "write",
			"acknowledg", "acknowledge", "admit", "admitt", "alleg", "allege", "assert", "declar", "declare", "indicat", "indicate",
			"reveal", "stress", "predict", "estimat", "estimate", "fear", "reply", "repli", "respond", "tweet", "post", "complain",
			"contend", "maintain", "conced", "concede", "point", "recall", "speculat", "speculate", "suspect", "assum", "assume",
			"guess", "disput", "dispute", "refut", "refute", "observ", "observe", "remark", "comment", "emphasiz", "emphasize",
			"emphasis", "emphasise", "testifi", "testify", "mention", "hint", "imply", "impli", "conclud", "conclude",
			"find", "found", "show", "shown", "agre", "agree", "reckon", "understand", "understood", "learn", "hear", "heard",
			"describ", "describe", "characteriz", "characterize", "call", "urg", "urge":
			return true
		}
	}
	return false
}

// stating reports, for each quote, whether its content states something
// of its own: it is introduced by a reporting cue (see reporting) and
// opens with a clause, whose finite verb or modal comes
// before any participle, infinitive, comma or subordinating word.
// "plans to meet Xi" (an intent, the subject's own), "described the
// meeting as positive" and "issued a declaration demanding that…" (what
// the speaker talks about or does, not what they assert) are no claims.
// Linear in the quotes' lengths.
func (s *state) stating() []bool {
	out := make([]bool, len(s.doc.Quotes))
	toks := s.doc.Tokens
	for q, qu := range s.doc.Quotes {
		if qu.Cue != nil && !reporting(qu.Cue.Text) {
			continue
		}
		i, _ := slices.BinarySearchFunc(toks, qu.Start, func(t chronicle.Token, off int) int { return t.Start - off })
		if i < len(toks) && s.words[i] == "that" {
			i++
		}
	scan:
		for ; i < len(toks) && toks[i].End <= qu.End; i++ {
			switch toks[i].Tag {
			case "VBD", "VBZ", "VBP", "MD":
				out[q] = true
				break scan
			case "VBG", "TO", ",", ":":
				break scan
			}
			if w := s.words[i]; w == "as" || w == "that" || s.boundary(i) {
				break scan
			}
		}
	}
	return out
}

// claimQuote returns the quote whose content claims the act at token i,
// or -1.
func (s *state) claimQuote(i int) int {
	if q := s.quote[i]; q >= 0 && s.states[q] {
		return q
	}
	return -1
}

// unsourced reports whether the act at token i is reported only as a
// hedge with nobody to attribute it to ("US media outlets suggest that…"):
// such an act is not coded at all.
func (s *state) unsourced(i int) bool {
	q := s.claimQuote(i)
	if q < 0 {
		return false
	}
	qu := s.doc.Quotes[q]
	if qu.Cue == nil || attitude(qu.Cue.Text) != hedges {
		return false
	}
	return qu.Speaker == nil || qu.Speaker.Entity == "" || s.entityType(qu.Speaker.Entity) != "PERSON"
}

// claim marks c as claimed by the speaker of the quote its trigger lies
// in, and applies the cue's attitude to its status: a hedged report is
// at most hypothetical, a denial negates.
func (s *state) claim(c *cand) {
	q := s.claimQuote(c.trig)
	if q < 0 {
		return
	}
	c.claim = q + 1
	qu := s.doc.Quotes[q]
	if qu.Cue == nil {
		return
	}
	switch attitude(qu.Cue.Text) {
	case hedges:
		if c.ev.Status == Occurred || c.ev.Status == Ongoing {
			c.ev.Status = Hypothetical
		}
	case denies:
		if c.ev.Status != Hypothetical && s.denied(q, c.trig) {
			c.ev.Status = Negated
		}
	}
}

// denied reports whether a denial, whose content is quote q, reaches the
// act at token i: the act names the content's subject or its verb group
// (with the infinitives it governs directly: "denied that he had agreed
// to meet"). An act further inside is no part of what is denied
// ("denied his shadow cabinet was split over its decision to back the
// plans": the split is denied, not the backing).
func (s *state) denied(q, i int) bool {
	qu := s.doc.Quotes[q]
	k := s.tokenAt(qu.Start)
	for ; k < len(s.words) && s.doc.Tokens[k].End <= qu.End; k++ {
		if t := s.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			break
		}
	}
	if i <= k {
		return true
	}
	for ; k < len(s.words) && s.doc.Tokens[k].End <= qu.End && k <= i; k++ {
		if t := s.tag(k); !isVerb(t) && t != "MD" && t != "RB" && t != "TO" && t != "RP" {
			break
		}
	}
	// The verb group's object: "denied that it had held talks".
	for ; k < len(s.words) && k <= i; k++ {
		if t := s.tag(k); !isNoun(t) && t != "DT" && t != "PRP$" && t != "CD" && !strings.HasPrefix(t, "JJ") {
			return false
		}
	}
	return true
}

// claimOf returns c's claim, or nil when the article states the act itself.
func (s *state) claimOf(c *cand) *chronicle.Claim {
	if c.claim == 0 {
		return nil
	}
	qu := s.doc.Quotes[c.claim-1]
	cl := &chronicle.Claim{Quote: qu.ID}
	if qu.Speaker != nil && qu.Speaker.Entity != "" {
		if m := s.speakerMention(c.claim - 1); m >= 0 {
			if act, ok := s.actor(m); ok {
				cl.Speaker = &act
			}
		}
	}
	return cl
}

// speakerMention returns a mention of quote q's speaker entity: the one
// naming the speaker at the cue if there is one, else the entity's first.
func (s *state) speakerMention(q int) int {
	sp := s.doc.Quotes[q].Speaker
	if sp == nil || sp.Entity == "" {
		return -1
	}
	k, _ := slices.BinarySearchFunc(s.doc.Tokens, sp.Start, func(t chronicle.Token, off int) int { return t.Start - off })
	for ; k < len(s.doc.Tokens) && s.doc.Tokens[k].End <= sp.End; k++ {
		if m := s.mention[k]; m >= 0 && s.doc.Mentions[m].Entity == sp.Entity {
			return m
		}
	}
	return s.firstMentionOf(sp.Entity)
}

// firstMentionOf returns the first mention of entity id, or -1; the index
// is built on first use.
func (s *state) firstMentionOf(id string) int {
	if s.firstMention == nil {
		s.firstMention = map[string]int{}
		for m := len(s.doc.Mentions) - 1; m >= 0; m-- {
			s.firstMention[s.doc.Mentions[m].Entity] = m
		}
	}
	if m, ok := s.firstMention[id]; ok {
		return m
	}
	return -1
}

// speakerAt returns the entity a quote's speaker resolves to when that
// speaker is token k alone ("he said"); ok is false when token k is no
// quote's speaker. An empty id with ok is a speaker of no entity (the
// quote stage resolved "he" to an unnamed spokesman).
func (s *state) speakerAt(k int) (id string, ok bool) {
	if s.speakers == nil {
		s.speakers = map[chronicle.Span]string{}
		for _, q := range s.doc.Quotes {
			if sp := q.Speaker; sp != nil {
				s.speakers[chronicle.Span{Start: sp.Start, End: sp.End}] = sp.Entity
			}
		}
	}
	t := s.doc.Tokens[k]
	id, ok = s.speakers[chronicle.Span{Start: t.Start, End: t.End}]
	return id, ok
}

// speakerEnding returns the entity of a quote speaker of several words
// that ends with token k ("The prime minister", "the 30-year-old", "the
// company"), which the quote stage resolved with the document's titles,
// the people lexicon's offices and its salient bodies; "" when there is
// none.
func (s *state) speakerEnding(k int) string {
	if s.speakerEnds == nil {
		s.speakerEnds = map[int]string{}
		for _, q := range s.doc.Quotes {
			if sp := q.Speaker; sp != nil && sp.Entity != "" && strings.Contains(sp.Text, " ") {
				s.speakerEnds[sp.End] = sp.Entity
			}
		}
	}
	return s.speakerEnds[s.doc.Tokens[k].End]
}

// nearestActor returns the actor of entity id at its nearest mention
// ending by byte start, nil when it has none there.
func (s *state) nearestActor(id string, start int) []chronicle.Actor {
	last := len(s.doc.Mentions) - 1
	if s.sorted {
		n, _ := slices.BinarySearchFunc(s.doc.Mentions, start, func(m chronicle.Mention, off int) int { return m.Start - off })
		last = n - 1
	}
	for m := last; m >= 0; m-- {
		if s.doc.Mentions[m].Entity == id && s.doc.Mentions[m].End <= start {
			if act, ok := s.actor(m); ok {
				return []chronicle.Actor{act}
			}
			return nil
		}
	}
	return nil
}

// speakerOf returns the speaker entity of the quote token k lies in, or "".
func (s *state) speakerOf(k int) string {
	if q := s.quote[k]; q >= 0 && s.doc.Quotes[q].Speaker != nil {
		return s.doc.Quotes[q].Speaker.Entity
	}
	return ""
}

// speakerPronoun resolves a pronoun at token k in the content of a claim
// that refers to its speaker: "I" anywhere, "it" and "they" in reported
// speech when the speaker is a country, an organisation or a group ("the
// Fijian rebels said they will release…"). "He" and "she" keep their
// usual reading, the last person named ("Kennedy said Harry was … and
// said he should apologise"), and "we" names the speaker's side, not the
// speaker ("things we don't agree on"). A speaker without
// an entity is the subject of the reporting clause. It returns nil for
// any other word.
func (s *state) speakerPronoun(k, lo int) []chronicle.Actor {
	q := s.claimQuote(k)
	if q < 0 {
		return nil
	}
	qu := s.doc.Quotes[q]
	person := qu.Speaker != nil && qu.Speaker.Entity != "" && s.entityType(qu.Speaker.Entity) == "PERSON"
	switch s.words[k] {
	case "i", "my":
	case "it", "they", "its", "their":
		if qu.Kind == "direct" {
			return nil
		}
		if (s.words[k] == "they" || s.words[k] == "their") && s.pluralSubject(max(lo, s.tokenAt(qu.Start)), k) {
			return nil // "Lord Bingham said the rules were incompatible … as they allowed detentions": the rules
		}
		if person {
			// A group's words given to a person ("Militants loyal to
			// al-Zarqawi said they…"): the reporting clause's subject.
			return s.reportingSubject(q, lo)
		}
	default:
		return nil
	}
	if m := s.speakerMention(q); m >= 0 {
		if act, ok := s.actor(m); ok {
			return []chronicle.Actor{act}
		}
		return nil
	}
	return s.reportingSubject(q, lo)
}

// reportingSubject returns the subject of the clause reporting quote q:
// the actors named up to the end of the speaker's words.
func (s *state) reportingSubject(q, lo int) []chronicle.Actor {
	qu := s.doc.Quotes[q]
	if qu.Speaker == nil || s.reporting {
		// Nested claims (a pronoun in the reporting clause that is itself
		// in a claim) stop here instead of resolving each other forever.
		return nil
	}
	s.reporting = true
	defer func() { s.reporting = false }()
	j, _ := slices.BinarySearchFunc(s.doc.Tokens, qu.Speaker.End, func(t chronicle.Token, off int) int { return t.Start - off })
	if j <= lo || j > len(s.doc.Tokens) || s.claimQuote(j-1) == q {
		return nil
	}
	a, _ := s.clause(j-1, lo, j)
	return s.subject(j, a, lo)
}
