package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
	"chronicle/nlp/internal/wordnet"
)

// Word classes used to find speakers.
var (
	// skipBeforeCue are auxiliaries and adverbs between a subject and its cue.
	skipBeforeCue = setOf("has", "have", "had", "also", "here", "too", "later", "previously", "then", "reportedly",
		"once", "repeatedly", "recently", "would", "will", "could", "can", "may", "might", "did", "does",
		"do", "not", "n't", "n’t", "never", "often", "frequently", "publicly", "privately", "again", "further",
		"simply", "just", "only", "even", "initially", "first", "specifically", "already", "still",
		"has also", "long", "openly", "flatly", "quickly", "ultimately", "explicitly", "clearly",
		"separately", "earlier", "subsequently", "immediately", "directly", "personally", "always",
		"should", "must",
		"allegedly", "apparently", "indeed", "now", "widely", "particularly", "generally", "strongly")
	beForms     = setOf("is", "was", "were", "are", "been", "be", "being", "'s", "’s", "'re", "’re")
	pronouns    = setOf("he", "she", "they", "we", "i", "it", "you")
	objPronouns = setOf("him", "her", "them", "me", "us")
	determiners = setOf("the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our",
		"my", "your", "some", "many", "most", "several", "both", "all", "other", "another", "each", "few",
		"no", "any", "such", "more", "fewer")
	// stopWords end a speaker noun phrase when read leftwards.
	stopWords = setOf("and", "but", "or", "so", "that", "which", "who", "whom", "whose", "when", "where",
		"while", "if", "because", "as", "than", "though", "although", "after", "before", "since", "until",
		"in", "on", "at", "by", "with", "to", "into", "about", "over", "under", "from", "during",
		"against", "without", "through", "however", "yet", "also", "now", "then", "there", "here", "what",
		"how", "why", "not", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will",
		"would", "could", "should", "can", "may", "might", "must", "do", "does", "did", "says", "said",
		"say", "told", "even", "just", "only", "once", "last", "next", "ago", "today", "yesterday",
		"tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"week", "month", "year", "night", "morning", "evening", "afternoon", "time", "times", "it",
		"him", "her", "them", "me", "us", "whether", "like", "unlike", "instead", "nor", "either",
		"neither", "very", "too", "meanwhile", "later", "earlier", "still", "already", "again",
		"indeed", "for", "of", "&", "be", "being")
	prepositions     = setOf("to", "of", "by", "on", "at", "with", "for", "about", "in", "from", "into", "over", "against", "during", "after", "before", "up", "out", "off")
	adverbialOpeners = setOf("in", "on", "at", "after", "before", "when", "while", "as", "since", "although", "though",
		"if", "because", "during", "following", "despite", "with", "without", "for", "earlier", "later", "asked", "speaking", "still", "meanwhile", "however", "instead", "now", "then", "also",
		"by", "amid", "under", "throughout", "within", "across", "through", "unlike", "like", "beyond", "among", "until")
	timeWords     = setOf(append([]string{"earlier", "later", "last", "this", "next", "recently", "previously", "again", "repeatedly", "once", "twice"}, dayNames...)...)
	speechLemmas  = setOf("say", "tell", "add", "predict", "argue", "insist", "note", "warn", "claim", "call", "announce", "declare", "explain", "suggest", "stress", "write", "tweet", "report", "acknowledge", "admit", "state", "promise", "vow", "pledge")
	subordinators = setOf("while", "although", "though", "as", "when", "if", "because", "whereas", "since", "after", "before", "until", "unless")
	conjunctions  = setOf("but", "and", "yet", "so", "or")
	// clauseBreaks end a reported clause after a comma.
	clauseBreaks = setOf("however", "but", "while", "although", "though", "whereas", "even")
	// npLinks may join nominal words inside a speaker noun phrase.
	npLinks = setOf("of", "for", "at", "&", "and")
	// placeLinks join a common noun to a proper name in a speaker noun
	// phrase: "the court in Washington", "officials from Brussels"; the
	// speaker is the common noun's phrase (placeHead).
	placeLinks = setOf("in", "from", "into", "on", "across", "around", "throughout")
	// toNouns take a person or body after "to" inside a speaker's noun
	// phrase: "advisers to Mr. Obama", "the ambassador to the UN".
	toNouns = setOf("aide", "aides", "adviser", "advisers", "advisor", "advisors", "assistant", "assistants",
		"ambassador", "ambassadors", "envoy", "envoys", "successor", "consultant", "consultants", "counsel", "heir",
		"commissioner", "commissioners")
	// participles introduce a second cue sharing the clause's speaker.
	clauseStarts = setOf("that", "whether", "if", "how", "what", "why", "when")
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// run finds direct and partial quotes, then indirect speech.
func (st *state) run() {
	st.generate()
	st.dropCompoundCues()
	st.dashCredits()
	st.splitCoordinated()
	// Clauses are trimmed before nested attributions are dropped: a cue
	// past the end the model gives a clause ("he said he would bring
	// back waterboarding, he clarified that …") is not inside it.
	st.trimEnds()
	st.endBeforeSubordinates()
	st.dropNested()
	st.experiencers()
	st.inheritNearby()
	st.introducedQuotes()
	st.foldPartials()
	st.dropNonSources()
	st.dropMisreads()
	st.dropDuplicates()
	st.relativeContents()
	st.sameContents()
	st.purposeSpeakers()
	st.conjoinedSpeakers()
}

// gapRelatives open a relative clause whose gap may lie in a cue's
// complement: "which he said was a mistake", "whom he described as
// peaceful", "what Mr. Trump has threatened to do".
var gapRelatives = setOf("which", "who", "whom", "what", "whatever")

// relativeContents starts a reported clause at its relative pronoun when
// the cue stands inside a relative clause whose gap is in what was said:
// in "a sentence which I said was not a prison sentence" the content is
// "which I said was not a prison sentence", not "was not a prison
// sentence", as PolNeAR marks it (the words after the cue alone lack their
// subject or object). "Many of which", "both of whom" open with their
// quantifier. A pronoun after a preposition ("the interview in which he
// said he would run") is no gap of the cue's, and a pronoun right before
// the cue is its speaker ("who said"). "That" after a noun, and a noun
// phrase followed directly by the speaker ("a move it hopes will stoke
// competition"), open such a clause only when the words after the cue
// lack their subject (gapAt): else "that" may open a complement ("the
// news that Trump endorsed Clinton"; so may a "that" where another
// clause starts). A clause with a partial quote is extended alike; quotes
// keep their quoted words.
func (st *state) relativeContents() {
	var starts []bool // contentStarts, made when a "that" needs it
	for i := range st.cands {
		c := &st.cands[i]
		if c.region >= 0 || c.kind != "indirect" && c.kind != "mixed" || c.sp1 <= c.sp0 || c.cue1 <= c.cue0 || c.sp1 > c.cue0 || c.cue1 > c.t0 {
			continue
		}
		if !strings.HasPrefix(st.tagOf(st.toks[c.cue0]), "VB") || !st.verbGroup(c.sp1, c.cue0) {
			continue // "Whatever his disagreements with …", "which backers use to refer to"
		}
		r := c.sp0 - 1
		if r >= 0 && st.toks[r].low == "," {
			r-- // "which, his advisers believe, would lead …"
		}
		if r < 0 || st.sentAt(r) != st.sentAt(c.sp0) {
			continue
		}
		if t := st.toks[r]; t.word && !t.upper && (st.tagOf(t) == "NN" || st.tagOf(t) == "NNS") {
			if a := st.bareRelative(*c); a >= 0 {
				c.cs, c.t0 = int(st.toks[a].s), a
			}
			continue
		}
		if st.toks[r].low == "that" {
			// "that" after a noun is a relative pronoun when what follows
			// the cue lacks its subject ("a finish that he said defied
			// expectations") or is a predicate ("that they view as
			// ineffective"); else it may open a complement ("the news
			// that Trump endorsed Clinton").
			if starts == nil {
				starts = st.contentStarts()
			}
			if r == 0 || !strings.HasPrefix(st.tagOf(st.toks[r-1]), "NN") || starts[r] || starts[r+1] || !st.gapAt(c.cue0, c.t0) {
				continue
			}
		} else if !gapRelatives[st.toks[r].low] {
			continue
		}
		if r > 0 && prepositions[st.toks[r-1].low] {
			if st.toks[r-1].low != "of" || r < 2 || !partitives[st.toks[r-2].low] {
				continue // "in which", but "many of which"
			}
			r -= 2
		}
		c.cs, c.t0 = int(st.toks[r].s), r
	}
}

// predicateAs reports whether the content [k, end) is a predicate "as …"
// without a clause of its own, after noun r for no person: the object of
// a relative clause without its pronoun ("a result Trump hailed as a
// “complete reboot”").
func (st *state) predicateAs(r, k, end int) bool {
	if st.toks[k].low != "as" || st.finite(k, end) || st.wn == nil {
		return false
	}
	s, ok := st.wn.Noun(st.toks[r].low)
	return ok && s.Lex[0] != wordnet.NounPerson
}

// quantityHedges make a number approximate: "about 150 drugmakers".
var quantityHedges = setOf("about", "around", "nearly", "almost", "some", "roughly", "approximately", "over", "under")

// bareRelative returns the start of the noun phrase that a relative
// clause without its pronoun qualifies, when c's speaker and cue stand in
// one and the words after the cue fill its gap ("a probe [the agency
// said] was ongoing"), else -1. A name after a noun is in apposition to
// it ("insurance firm Marsh & McLennan has pleaded"), but not before a
// predicate "as" after a noun for no person ("a result Trump hailed as a
// “complete reboot”"; not "presenter Anne Robinson said as home secretary
// he gave …").
func (st *state) bareRelative(c cand) int {
	r := c.sp0 - 1
	if c.sp1 <= c.sp0 || r < 0 || st.sentAt(r) != st.sentAt(c.sp0) || c.t0 >= len(st.toks) {
		return -1
	}
	t := st.toks[r]
	if !t.word || t.upper || st.tagOf(t) != "NN" && st.tagOf(t) != "NNS" || timeNouns[t.low] || dayParts[t.low] {
		return -1
	}
	if sp := st.toks[c.sp0].low; !st.gapAt(c.cue0, c.t0) || relatives[sp] || quantifiers[sp] || st.toks[c.sp0].upper && !st.predicateAs(r, c.t0, c.t1) {
		return -1
	}
	if a, _ := st.np(r, st.sents[st.sentAt(r)].t0); a <= r {
		return a
	}
	return -1
}

// linkingVerbs take an adjective that describes their subject (by their
// WordNet keys).
var linkingVerbs = keySet("feel", "seem", "appear", "look", "sound", "remain", "become", "stay", "grow", "get")

// gapAt reports whether the content starting at token k (after the cue at
// cue) lacks its subject: it opens with a finite verb or a modal, or is a
// predicate (an adjective, "as …": "that economists consider
// sustainable").
func (st *state) gapAt(cue, k int) bool {
	switch st.tagOf(st.toks[k]) {
	case "VBD", "VBN", "VBZ", "VBP", "MD":
		return true
	case "JJ":
		// A predicate of the gap, not an attribute: "consider sustainable
		// in a growing economy", but "denounced former President Bush";
		// a linking verb's adjective is its subject's ("few investors
		// feel optimistic").
		if st.verbIn(cue, linkingVerbs) {
			return false
		}
		if k+1 >= len(st.toks) {
			return true
		}
		next := st.tagOf(st.toks[k+1])
		return !strings.HasPrefix(next, "NN") && !strings.HasPrefix(next, "JJ")
	}
	// "as" before a clause is a subordinator: "Brown will say as he sets
	// out …".
	return st.toks[k].low == "as" && k+1 < len(st.toks) && st.tagOf(st.toks[k+1]) != "PRP"
}

// contentStarts marks, by token, where the reported clauses of the
// candidates start.
func (st *state) contentStarts() []bool {
	starts := make([]bool, len(st.toks)+1)
	for _, o := range st.cands {
		if o.region < 0 {
			starts[o.t0] = true
		}
	}
	return starts
}

// verbGroup reports whether tokens [a, b) may all stand between a speaker
// and its cue (see skipsBeforeCue).
func (st *state) verbGroup(a, b int) bool {
	for k := a; k < b; k++ {
		if !st.skipsBeforeCue(k) {
			return false
		}
	}
	return true
}

// partitives open "many of which", "both of whom".
var partitives = setOf("many", "most", "some", "all", "both", "each", "one", "two", "three", "several", "none", "few", "much", "any", "either", "neither")

// conjoinedSpeakers widens a speaker to the coordinated subject it ends
// (see conjoined). Only speakers change, after the models have run.
func (st *state) conjoinedSpeakers() {
	for i := range st.cands {
		c := &st.cands[i]
		if c.sp1 > c.sp0 {
			c.sp0 = st.conjoined(c.sp0, st.sents[st.sentAt(c.sp0)].t0)
		}
	}
}

// purposeSpeakers gives a purpose infinitive's cue the subject of the verb
// whose object came before it: in "The cardinal used a Christmas message
// to denounce the war", the cardinal denounces, not the message. A verb
// that hands the infinitive to its object ("forced the minister to deny")
// keeps the object. Only the speaker changes, after the models have run;
// a participle inheriting the speaker (inheritSpeaker) inherits the
// corrected one.
func (st *state) purposeSpeakers() {
	for i := range st.cands {
		c := &st.cands[i]
		c.sp0, c.sp1 = st.purposeSpeaker(*c)
	}
}

// purposeSpeaker returns c's speaker, or the subject of the verb whose
// object c's speaker is when c's cue is a purpose infinitive after it.
func (st *state) purposeSpeaker(c cand) (int, int) {
	if c.sp0 >= c.sp1 || c.cue0 < c.sp1+1 || c.cue0-c.sp1 > 3 || st.toks[c.cue0-1].low != "to" {
		return c.sp0, c.sp1
	}
	lo := st.sents[st.sentAt(c.sp0)].t0
	v := st.verbBeforeObject(c.cue0-2, lo)
	if v < lo || v != c.sp0-1 || objectControls[st.toks[v].low] {
		return c.sp0, c.sp1
	}
	if s, e := st.subject(v, lo); e > s {
		return s, e
	}
	return c.sp0, c.sp1
}

// pastParticiple reports whether the word at k reads as a past participle
// set off after a subject: a form in -ed, or an irregular one before its
// infinitive ("thought to contain"); not "said" before a name ("…, said
// Mr Milburn, …").
func (st *state) pastParticiple(k int) bool {
	if strings.HasSuffix(st.toks[k].low, "ed") {
		return true
	}
	tag := st.tagOf(st.toks[k])
	return k+1 < len(st.toks) && st.toks[k+1].low == "to" && (tag == "VBN" || tag == "VBD")
}

// documentNouns name things that carry words, not speakers of a participle
// after them: "a lawsuit accusing", "a report warning" (a reduced relative).
var documentNouns = setOf("report", "reports", "lawsuit", "lawsuits", "suit", "case", "bill", "motion",
	"letter", "letters", "document", "documents", "memo", "petition", "complaint", "complaints", "ruling")

// relatives alone are no content: "the Bill, which will be considered by
// parliament" says nothing of parliament's.
var relatives = setOf("which", "who", "whom", "that", "what", "whose")

// dropMisreads removes reported speech that is no attribution:
//   - in a title zone, an act or stance ("Court rejects $280bn tobacco
//     case", "Labour plans maternity pay rise"): a headline attributes only
//     with a speech verb ("…, say Tories") or the colon convention
//     ("Campbell: E-mail row 'silly fuss'"), and the body repeats it;
//   - a participle modifying a noun ("a claim accusing X of Y"): a
//     reduced relative clause, not a finite attribution (but "with
//     officials saying …" is one);
//   - a content that is a relative pronoun alone.
//
// Quotes in marks stay: the marks are evidence of speech.
func (st *state) dropMisreads() {
	var titles []chronicle.Zone
	for _, z := range st.doc.Zones {
		if z.Kind == chronicle.ZoneTitle {
			titles = append(titles, z)
		}
	}
	out := st.cands[:0]
	for _, c := range st.cands {
		if c.region < 0 && st.misread(c, titles) {
			continue
		}
		if be := st.raisingPassive(c); be >= 0 {
			c.sp1, c.cue0 = c.sp0, be
		}
		out = append(out, c)
	}
	st.cands = out
}

// toObjectLemmas are the cues whose "to" introduces what they are about,
// not whom they address: "responded to a request", "agreed to a call".
var toObjectLemmas = setOf("respond", "reply", "react", "agree", "object", "refer", "admit", "confess", "consent", "point")

// onlyAddressee reports whether tokens [a, b) are "to" and a noun phrase
// alone, whom a clause could be said to rather than what: "acknowledged
// [to Bloomberg]", "wrote [to Lynch]".
func (st *state) onlyAddressee(a, b int) bool {
	for b > a && !st.toks[b-1].word {
		b--
	}
	if b-a < 2 || st.toks[a].low != "to" || st.infinitiveAt(a+1) {
		return false
	}
	s, e := st.npRight(a+1, b)
	return s == a+1 && e == b
}

// raisingPassive returns the be-form opening the cue of c when it is a
// raising passive ("He is said to be feeling …", "Some advisers are said
// to be urging"), whose subject is what is said, not who says it, as
// PolNeAR reads it: the cue is "is said" and there is no speaker. It
// returns -1 otherwise.
func (st *state) raisingPassive(c cand) int {
	if c.region >= 0 || c.sp1 <= c.sp0 || c.cue1 <= c.cue0 || c.cue1 >= len(st.toks) ||
		!impersonalCues[st.toks[c.cue0].low] || st.toks[c.cue1].low != "to" {
		return -1
	}
	for j := c.cue0 - 1; j >= c.sp1 && c.cue0-j <= 2; j-- {
		if w := st.toks[j].low; beForms[w] {
			return j
		} else if !st.adverbAt(j) {
			break
		}
	}
	return -1
}

// misread reports whether reported clause c is no attribution (see
// dropMisreads).
func (st *state) misread(c cand, titles []chronicle.Zone) bool {
	if relatives[strings.ToLower(strings.TrimSpace(st.text[c.cs:c.ce]))] {
		return true
	}
	if c.cue1 <= c.cue0 {
		return false
	}
	cue := st.toks[c.cue0]
	for _, z := range titles {
		if c.cs < z.End && c.ce > z.Start && cue.low != ":" && !headlineCues[cue.low] {
			return true
		}
	}
	if st.onlyTime(c.t0, c.t1) {
		return true
	}
	if e, _, ok := st.cueAt(c.cue0); ok && e.frame == frameThat && !toObjectLemmas[e.lemma] && st.onlyAddressee(c.t0, c.t1) {
		return true // "acknowledged [to Bloomberg]"; but "responded to a request" reports the request
	}
	if k := c.cue0; strings.HasSuffix(cue.low, "ing") && c.sp1 == k && k > 0 && (!st.tagged || st.tagOf(cue) == "VBG") {
		n := st.toks[k-1]
		noun := n.word && !n.upper && (claimNouns[n.low] || documentNouns[n.low])
		with := c.sp0 > 0 && (st.toks[c.sp0-1].low == "with" || st.toks[c.sp0-1].low == "without")
		if noun && !with {
			return true
		}
	}
	return false
}

// reducedRelative reports whether the cue of reported clause c is a
// participle inside its "speaker's" noun phrase, the subject of a verb
// that follows a short prepositional phrase: "The big trend predicted
// for this year is the convergence …" (a tagger may read "predicted" as
// a past tense). "Officials said on Monday it was time" has a subject
// before its verb and stays.
func (st *state) reducedRelative(c cand) bool {
	k := c.cue0
	if c.sp1 != k || c.sp1 <= c.sp0 || c.t0 != c.cue1 || c.t0 >= c.t1 || !strings.HasSuffix(st.toks[k].low, "ed") || !prepositions[st.toks[c.t0].low] {
		return false
	}
	for j := c.t0 + 1; j < c.t1 && j-c.t0 <= 5; j++ {
		t := st.toks[j]
		tag := st.tagOf(t)
		if isFiniteTag(tag) {
			return j > c.t0+1
		}
		if !t.word || t.region >= 0 || !(determiners[t.low] || possessives[t.low] || tag == "JJ" || tag == "CD" || strings.HasPrefix(tag, "NN")) || j > c.t0+1 && pronouns[t.low] {
			return false
		}
	}
	return false
}

// appositiveParticiple reports whether the cue of reported clause c opens
// a participle phrase set off by commas after the sentence's subject,
// before its main verb: "The song, titled Grief Never Grows Old and
// described as a ballad, was written by …", "The film, called Downfall,
// was released …". "Trump, asked about the wall, said …" is a question
// put to him and stays.
func (st *state) appositiveParticiple(c cand) bool {
	k := c.cue0
	if c.region >= 0 || c.cue1 <= k || k < 2 || !st.pastParticiple(k) || st.toks[k].low == "asked" {
		return false
	}
	si := st.sentAt(k)
	open := k - 1 // the comma opening the phrase, past a participle coordinated before the cue
	if w := st.toks[open].low; (w == "and" || w == "or") && k-open < 2 {
		for j := k - 2; j > st.sents[si].t0 && k-j < 15; j-- {
			if t := st.toks[j]; t.low == "," || t.region >= 0 || t.mark {
				if t.low == "," && strings.HasSuffix(st.toks[j+1].low, "ed") {
					open = j
				}
				break
			}
		}
	}
	if st.toks[open].low != "," {
		return false
	}
	if ms, me := st.mainSubject(si); me != open || me <= ms {
		return false
	}
	s := st.sents[si]
	for j := k + 1; j+1 < s.t1 && j-k < 30; j++ {
		t := st.toks[j]
		if t.region >= 0 || t.mark || t.low == ";" || t.low == ":" {
			return false
		}
		if t.low == "," {
			n := j + 1
			for n < s.t1 && st.adverbAt(n) {
				n++
			}
			return n < s.t1 && isFiniteTag(st.tagOf(st.toks[n]))
		}
	}
	return false
}

// namingCues name rather than report when they modify a noun: "a group
// called Citizens for Trump", "the so-called special relationship".
var namingCues = setOf("called", "named", "dubbed", "titled", "entitled")

// naming reports whether the cue of reported clause c gives a name: after
// "so" or "now" ("the so called Never Trumpers", "the resort, now called
// Trump National Doral"), or right after a common noun that is an object
// or a short indefinite phrase ("lead a program called Sandy Hook
// Promise", "A new group called Black Votes Matter") when the content
// opens with a name or a quote mark. "Trump called Clinton …", "Officials
// called Trump …" and "A spokesman for X called …" stay.
func (st *state) naming(c cand) bool {
	k := c.cue0
	if !namingCues[st.toks[k].low] || k == 0 {
		return false
	}
	switch prev := st.toks[k-1].low; {
	case prev == "so" || prev == "now" || prev == "so-":
		return true
	case prev == "-" && k > 1 && st.toks[k-2].low == "so":
		return true
	}
	if c.sp1 != k || c.sp1 <= c.sp0 || c.t0 >= len(st.toks) {
		return false
	}
	if h := st.toks[k-1]; !h.word || h.upper || pronouns[h.low] || relatives[h.low] {
		return false
	}
	if c.region >= 0 {
		// A quoted name right after the participle: "links called
		// “trackers”".
		return c.kind == "partial" && st.regions[c.region].t0 <= k+2 && st.innerNoun(k, c.sp0)
	}
	first := st.toks[c.t0]
	if first.low == "the" && c.t0+1 < len(st.toks) {
		first = st.toks[c.t0+1]
		if st.innerNoun(k, c.sp0) {
			return true // "discovered this new thing called the internet"
		}
	}
	if !first.upper && !first.mark && !isOpenQuote(st.text[first.s:first.e]) {
		return false
	}
	if c.sp0 > 0 && st.sentAt(c.sp0-1) == st.sentAt(c.sp0) {
		if tag := st.tagOf(st.toks[c.sp0-1]); strings.HasPrefix(tag, "VB") || tag == "IN" || tag == "TO" {
			return true
		}
	}
	if w := st.toks[c.sp0].low; (w == "a" || w == "an") && c.sp1-c.sp0 <= 3 {
		return true
	}
	return st.innerNoun(k, c.sp0)
}

// innerNoun reports whether the noun before the naming participle at k is
// not its sentence's subject but stands in a phrase after a preposition
// or a verb, within a few words before it: "a hybrid of a system called
// Unicode", "discovered this new thing called the internet".
func (st *state) innerNoun(k, sp0 int) bool {
	for j := k - 1; j > 0 && j >= sp0-1 && k-j <= 5 && st.sentAt(j) == st.sentAt(k); j-- {
		switch tag := st.tagOf(st.toks[j]); {
		case tag == "DT" || tag == "PRP$" || tag == "CD" || tag == "JJ" || strings.HasPrefix(tag, "NN") && !st.toks[j].upper:
		case tag == "IN" || strings.HasPrefix(tag, "VB"):
			return j < k-1
		default:
			return false
		}
	}
	return false
}

// generate finds the candidate attributions before they are filtered.
func (st *state) generate() {
	st.presentVerbs()
	st.invertedHeadlines()
	for ri := range st.regions {
		st.attributeRegion(ri)
	}
	spoke := make([]bool, len(st.sents)) // by sentence: a candidate of its own, as far as seen
	seen := 0
	for si := range st.sents {
		st.askedLead(si)
		st.indirect(si)
		for ; seen < len(st.cands); seen++ {
			spoke[st.cands[seen].sent] = true
		}
		if !spoke[si] {
			st.pollSource(si)
		}
	}
	st.turns()
	st.headlines()
	st.learnedCues()
	st.hearsay()
	st.selfDescribed()
	st.topicCues()
}

// pluralSubjects are the pronouns a present verb follows without "-s".
var pluralSubjects = setOf("we", "they", "you", "i")

// presentVerbs retags as a present verb (VBP) a base-form verb the
// tagger read as a singular noun between a plural subject and the opening
// of an object: "About three-quarters support a temporary ban", "they
// fear that …", not "the ban that passed" (the tagger, trained on Reuters, reads "support" after a
// plural as a noun far more often than news of polls does). A plural
// noun after a name, a pronoun or a determiner's noun and before a
// determiner or (after a name) "that" becomes a third-person verb (VBZ:
// "The USADA claims that …"); a past tense right before a finite verb
// becomes a participle (VBN).
func (st *state) presentVerbs() {
	if !st.tagged {
		return
	}
	for i := 1; i+1 < len(st.toks); i++ {
		t := st.toks[i]
		if t.upper || !t.word || t.region >= 0 || st.tagOf(t) != "NN" || st.sentAt(i-1) != st.sentAt(i) {
			continue
		}
		p, n := st.toks[i-1], st.toks[i+1]
		if pt := st.tagOf(p); p.region >= 0 || pt != "NNS" && pt != "NNPS" && !pluralSubjects[p.low] {
			continue
		}
		switch nt := st.tagOf(n); {
		case n.region >= 0 || nt != "DT" && nt != "PRP$" && nt != "PRP" && n.low != "that":
			continue
		case n.low == "that" && i+2 < len(st.toks) && st.relativeAfter(i+2):
			continue // "the assault weapons ban that passed in 1994"
		case nt == "DT" && st.timeAt(i+1):
			continue // "the social media network the week after"
		}
		if key, ok := st.wn.VerbKey(t.low); !ok || key != wordnet.Key(t.low) {
			continue
		}
		st.toks[i].tag = st.tagID(t.s, "VBP")
	}
	// A third-person verb read as a plural noun after a singular subject:
	// "the data suggests that", "The survey finds a rise".
	for i := 1; i+1 < len(st.toks); i++ {
		t, p, n := st.toks[i], st.toks[i-1], st.toks[i+1]
		if t.upper || !t.word || t.region >= 0 || p.region >= 0 || n.region >= 0 || st.tagOf(t) != "NNS" || st.sentAt(i-1) != st.sentAt(i) {
			continue
		}
		name := st.tagOf(p) == "NNP" || p.low == "he" || p.low == "she" || p.low == "it"
		if !name && (st.tagOf(p) != "NN" || i < 2 || !determiners[st.toks[i-2].low] && !possessives[st.toks[i-2].low]) {
			continue // a name, a pronoun or a determiner's noun: "Pew notes", "His victory deals"
		}
		switch nt := st.tagOf(n); {
		case nt == "PRP$", nt == "DT" && n.low != "a" && n.low != "an" && !st.timeAt(i+1):
		case n.low == "that" && name && i+2 < len(st.toks) && !st.relativeAfter(i+2):
		default:
			continue // (not "the insults he sprays", "the Iowa caucuses this month", "jobs a part of")
		}
		if key, ok := st.wn.VerbKey(t.low); !ok || key == wordnet.Key(t.low) {
			continue // (the base form: a noun indeed)
		}
		st.toks[i].tag = st.tagID(t.s, "VBZ")
	}
	// A past tense right before a finite verb is a participle: "50% of
	// those questioned said", "voters polled say".
	for i := 1; i+1 < len(st.toks); i++ {
		t, n := st.toks[i], st.toks[i+1]
		if t.region >= 0 || n.region >= 0 || st.tagOf(t) != "VBD" || !isFiniteTag(st.tagOf(n)) || st.sentAt(i+1) != st.sentAt(i) {
			continue
		}
		if p := st.tagOf(st.toks[i-1]); strings.HasPrefix(p, "NN") || p == "DT" {
			st.toks[i].tag = st.tagID(t.s, "VBN")
		}
	}
}

// relativeAfter reports whether token j, after a "that", goes on a
// relative clause rather than opening a subject: a verb, a modal or an
// adverb ("that was downed", "that essentially determines").
func (st *state) relativeAfter(j int) bool {
	tag := st.tagOf(st.toks[j])
	return strings.HasPrefix(tag, "VB") || tag == "MD" || strings.HasPrefix(tag, "RB")
}

// topicQuantities say how much was said: "said little about the plan".
var topicQuantities = setOf("little", "nothing", "much", "more", "less", "anything", "something", "everything")

// topicDegrees qualify a topic quantity: "said almost nothing about".
var topicDegrees = setOf("almost", "very", "so", "too", "relatively", "far", "much")

// focusAdverbs single out the phrase after them, which keeps them: in
// "agrees only on its opposition to …" the content is "only on …".
var focusAdverbs = setOf("only", "solely", "mainly", "mostly", "largely", "partly", "chiefly", "primarily",
	"especially", "particularly", "exclusively", "purely", "merely", "simply", "entirely")

// topicPreps open what a cue's words were about.
var topicPreps = setOf("about", "on", "over", "of")

// topicCues moves into the cue the words that say how much, how or to
// whom someone spoke before what about: in "Rubio has said little about
// the plan", "spoke briefly of his friendship", "dwelled heavily on the
// challenges", "spoke at length about her opinion" and "talked to
// McConnell on Monday about the court" the content is the topic ("the
// plan"), as PolNeAR marks it, and the cue runs to its preposition. "Of"
// follows an adverb only ("said much of his discussion … was about
// Israel" reports a clause); a time after "on" is no topic; after an
// addressee only "about" opens one ("spoke to reporters on condition of
// anonymity").
func (st *state) topicCues() {
	for i := range st.cands {
		c := &st.cands[i]
		if c.region >= 0 || c.kind != "indirect" || c.cue1 <= c.cue0 || c.t0 != c.cue1 {
			continue
		}
		j, amount, quantity, addressee := c.t0, false, false, false
		for range 3 {
			if k, q := st.topicAmount(j, c.t1, c.cue1); k > j && !amount {
				j, amount, quantity = k, true, q
			} else if k := st.addresseeAt(j, c.t1); k > j && !addressee && st.cueCache[c.cue0].frame != frameTo {
				j, addressee = k, true
			} else if k := st.pastTimeAdjunct(j, c.t1); k > j && (amount || addressee) && st.toks[k-1].low != "," {
				j = k
			} else {
				break
			}
		}
		if !amount && !addressee || j+1 >= c.t1 {
			continue
		}
		switch w := st.toks[j].low; {
		case addressee && w != "about", !topicPreps[w], quantity && w == "of", st.timeAt(j + 1), st.hedgeAt(j):
			continue
		}
		if q := st.toks[j+1]; !q.word && q.region < 0 && !q.mark {
			continue
		}
		c.cue1, c.t0 = j+1, j+1
		c.cs = int(st.toks[j+1].s)
	}
}

// topicAmount returns the token after the words at i (before hi) that say
// how much or how someone spoke ("little", "almost nothing", "a lot",
// "briefly", "at length") and whether they are a quantity, else i. cue1
// ends the cue, which may hold the "at" of "at length".
func (st *state) topicAmount(i, hi, cue1 int) (int, bool) {
	j := i
	if j+1 < hi && topicDegrees[st.toks[j].low] && (topicQuantities[st.toks[j+1].low] || st.toks[j+1].low == "much") {
		j++
	}
	if j >= hi {
		return i, false
	}
	switch w := st.toks[j].low; {
	case topicQuantities[w]:
		return j + 1, true
	case w == "a" && j+1 < hi && st.toks[j+1].low == "lot":
		return j + 2, true
	case j == cue1 && st.adverbialIdiom(j-1): // the cue took the "at" of "at length"
		return j + 1, false
	case st.adverbialIdiom(j) && j+2 <= hi:
		return j + 2, false
	case strings.HasSuffix(w, "ly") && st.tagOf(st.toks[j]) == "RB" && !focusAdverbs[w]:
		return j + 1, false
	}
	return i, false
}

// addresseeAt returns the token after an addressee at i (before hi): "to"
// or "with" and a short noun phrase holding a name, a pronoun or a noun
// ("to McConnell", "with reporters", "to Breitbart News"), else i.
func (st *state) addresseeAt(i, hi int) int {
	if i+1 >= hi || st.toks[i].low != "to" && st.toks[i].low != "with" || st.toks[i].low == "to" && st.infinitiveAt(i+1) {
		return i
	}
	j, noun := i+1, false
	for ; j < hi && j-i <= 6; j++ {
		t := st.toks[j]
		if !t.word || t.region >= 0 {
			break
		}
		tag := st.tagOf(t)
		switch {
		case strings.HasPrefix(tag, "NN") || tag == "PRP":
			noun = true
		case tag == "DT" || tag == "PRP$" || tag == "JJ" || tag == "CD" || tag == "POS":
		default:
			if noun {
				return j
			}
			return i
		}
	}
	if noun && j < hi && j-i <= 6 {
		return j
	}
	return i
}

// selfCues follow "self-" in a word that reports how one describes
// oneself: "a self-described democratic socialist".
var selfCues = setOf("described", "proclaimed", "styled", "professed", "identified", "declared", "avowed")

// selfDescribed adds, for each "self-described" (or "-proclaimed", …)
// word, the noun phrase it modifies as what one calls oneself, with the
// word as cue, spoken by the one an appositive describes ("[Bernie
// Sanders], a self-described [democratic socialist]"), else by no one
// named.
func (st *state) selfDescribed() {
	for k, t := range st.toks {
		if t.region >= 0 || !strings.HasPrefix(t.low, "self-") || !selfCues[t.low[len("self-"):]] || st.cueUsed(k) {
			continue
		}
		si := st.sentAt(k)
		s := st.sents[si]
		end, noun := k+1, false
		for j := k + 1; j < s.t1 && j-k <= 8; j++ {
			tk := st.toks[j]
			if tk.mark || tk.region >= 0 {
				if tk.mark && tk.region < 0 && j+1 < s.t1 && st.toks[j+1].region < 0 && end < j {
					break // a closing mark of a quote opened before the phrase
				}
				end = j + 1
				continue
			}
			tag := st.tagOf(tk)
			if !tk.word || !(strings.HasPrefix(tag, "JJ") || strings.HasPrefix(tag, "NN") || tag == "CD" || tag == "RB" || tag == "VBG") {
				break
			}
			end = j + 1
			noun = noun || strings.HasPrefix(tag, "NN")
			if strings.HasPrefix(tag, "NN") && (j+1 >= s.t1 || !strings.HasPrefix(st.tagOf(st.toks[j+1]), "NN")) {
				break // the head noun
			}
		}
		if end <= k+1 || !noun && end-k > 2 {
			continue
		}
		// In an appositive the one described names themself: "Bernie
		// Sanders, a self-described …".
		sp0, sp1 := k, k
		if d := k - 1; d-1 > s.t0 && articles[st.toks[d].low] && st.toks[d-1].low == "," {
			if a, b := st.np(d-2, s.t0); b > a {
				sp0, sp1 = a, b
			}
		}
		cs, ce := st.span(k+1, end)
		st.useCue(k)
		st.add(cand{cs: cs, ce: ce, kind: st.reportedKind(cs, ce), sp0: sp0, sp1: sp1, cue0: k, cue1: k + 1, region: -1, sent: si, t0: k + 1, t1: end, whole: true})
	}
}

// hearsayAdverbs mark a clause as reported by someone unnamed: "The FBI
// is reportedly making arrangements to interview Clinton".
var hearsayAdverbs = setOf("reportedly", "allegedly", "purportedly", "reputedly")

// relativeWords open a relative clause.
var relativeWords = setOf("who", "which", "that", "whom", "whose")

// hearsay adds, for each hearsay adverb whose verb is no cue already, the
// clause it stands in, from its subject on, with the adverb as cue and no
// speaker, as PolNeAR marks them. A clause inside another content is
// left to that one.
func (st *state) hearsay() {
	var cov []bool
	for k, t := range st.toks {
		if !hearsayAdverbs[t.low] || t.upper || t.region >= 0 || st.cueUsed(k) {
			continue // (a title-case headline's "Reportedly" too)
		}
		si := st.sentAt(k)
		s := st.sents[si]
		v := k + 1 // the verb it modifies, when it comes after it
		for v < s.t1 && (auxiliaries[st.toks[v].low] || strings.HasPrefix(st.tagOf(st.toks[v]), "RB")) {
			v++
		}
		if v < s.t1 && st.cueUsed(v) {
			continue // "Trump reportedly said": the verb's attribution
		}
		b := k
		for b-1 >= s.t0 && (auxiliaries[st.toks[b-1].low] || st.skipsBeforeCue(b-1)) {
			b--
		}
		if b == k && !(v == k+1 && v < s.t1 && isFiniteTag(st.tagOf(st.toks[v]))) {
			continue // a participle in a noun phrase: "a civilian allegedly killed by troops"
		}
		if b == s.t0 || !st.toks[b-1].word {
			continue // no subject right before it: "…, reportedly winning over"
		}
		sp0, sp1 := st.subject(b, s.t0)
		if sp1 <= sp0 || sp1 > b || relativeWords[st.toks[sp0].low] {
			continue
		}
		if cov == nil {
			cov = st.covered()
		}
		if cov[k] {
			continue
		}
		start := st.passiveSubject(sp0, sp1)
		if st.tagOf(st.toks[start]) == "IN" || adverbialOpeners[st.toks[start].low] || start > s.t0 && prepositions[st.toks[start-1].low] {
			continue // a fronted adjunct: "During its investigation FBI agents …"
		}
		end, cs, ce, ok := st.learnedSpan(si, start, k, nil)
		if !ok {
			continue
		}
		st.useCue(k)
		st.add(cand{cs: cs, ce: ce, kind: st.reportedKind(cs, ce), sp0: k, sp1: k, cue0: k, cue1: k + 1, region: -1, sent: si, t0: start, t1: end, whole: true})
	}
}

// nonSources are head nouns of subjects that point at evidence rather than
// report speech: "Recent signs indicate that …" is the writer's inference.
// Claims and allegations are what is said, not who says it: "A US
// government claim accusing …".
var nonSources = setOf("signs", "sign", "indications", "indication", "trends", "signals",
	"claim", "claims", "allegation", "allegations", "accusation", "accusations", "assertion", "assertions")

// eventNouns head subjects that are events, not sources: "The move will
// signal a frantic week" is the writer's reading of the move.
var eventNouns = setOf("move", "moves", "decision", "decisions", "step", "steps", "shift", "victory", "defeat",
	"win", "loss", "development", "developments")

// timeNouns head a time phrase, which names no source ("the last two
// weeks have signaled …"), and may open a subject after a fronted "in"
// ("in recent years governments have …").
var timeNouns = setOf("years", "year", "weeks", "week", "months", "month", "days", "decades", "hours")

// timeModifiers may stand before a time noun in a time phrase.
var timeModifiers = setOf("the", "a", "recent", "past", "last", "next", "few", "several", "many", "this", "that",
	"these", "those", "each", "every", "two", "three", "four", "five", "six", "ten", "some", "coming")

// seemVerbs take an expletive "it": "it seems that …" has no source.
var seemVerbs = setOf("seem", "seems", "seemed", "appear", "appears", "appeared")

// dropNonSources removes reported speech whose speaker is a non-source
// (direct quotes keep their marks as evidence of speech): evidence such as
// "signs", an event ("The move will signal"), a time phrase ("the past two
// years show"), or an expletive "it" ("it is hard to see how …", "makes
// it hard to predict", "it seems that", "It is clear that"). A time phrase
// opening a longer speaker is cut from it ("recent years governments").
// A subject of "seem" or "appear" is no speaker either: the attribution
// has none and its content opens with the subject ("Trump seemed to …").
func (st *state) dropNonSources() {
	out := st.cands[:0]
	for _, c := range st.cands {
		if c.region < 0 && c.sp1 > c.sp0 {
			c.sp0 = st.pastTimePhrase(c.sp0, c.sp1)
			if nonSources[st.toks[c.sp1-1].low] {
				continue
			}
			if h := st.headOf(c.sp0, c.sp1); h >= 0 && !st.toks[h].upper && (eventNouns[st.toks[h].low] || timeNouns[st.toks[h].low]) {
				continue
			}
			if st.expletive(c) {
				c.sp1 = c.sp0
			} else if st.seeming(c) {
				// "The music seemed to match …" is the writer's
				// impression, as PolNeAR reads it: no speaker, and the
				// subject and the verb are part of the content.
				c.cs, c.t0, c.sp1 = int(st.toks[c.sp0].s), c.sp0, c.sp0
			}
		}
		out = append(out, c)
	}
	st.cands = out
}

// pastTimePhrase returns the first token of speaker [sp0, sp1) past a time
// phrase opening it ("recent years governments" → "governments"), or sp0.
func (st *state) pastTimePhrase(sp0, sp1 int) int {
	for j := sp0; j < sp1-1 && j-sp0 < 4; j++ {
		w := st.toks[j].low
		if timeNouns[w] && j > sp0 {
			return j + 1
		}
		if !timeModifiers[w] && !(w != "" && unicode.IsDigit(rune(w[0]))) {
			break
		}
	}
	return sp0
}

// headOf returns the head noun of speaker [sp0, sp1): its last word
// before a preposition, a relative pronoun, a time word or a comma
// ("People briefed on the move" → briefed, "a study last year" → study),
// or -1 when the speaker opens with one.
func (st *state) headOf(sp0, sp1 int) int {
	h := -1
	for j := sp0; j < sp1; j++ {
		w := st.toks[j].low
		if prepositions[w] || relatives[w] || timeWords[w] || w == "," {
			break
		}
		if st.toks[j].word {
			h = j
		}
	}
	return h
}

// seeming reports whether the cue of c is "seem" or "appear" in the
// sense of an impression ("seemed to match", "appears uneasy", "seemed
// like …", "appeared more interested"), not a presence ("appears in the
// Sun", "appeared alongside"), its subject close before it.
func (st *state) seeming(c cand) bool {
	if c.cue1 != c.cue0+1 || !seemVerbs[st.toks[c.cue0].low] || c.cue0-c.sp1 > 3 && st.toks[c.sp1].low != "," || c.cue1 >= len(st.toks) {
		return false
	}
	next := st.toks[c.cue1]
	if next.low == "to" || next.low == "that" {
		return true
	}
	if st.attitudeAdjective(c.cue1) && c.sp1 > c.sp0 && !expletives[st.toks[c.sp0].low] {
		return false // "Rubio seemed hopeful that …": his hope ("it seems likely that" is no one's)
	}
	if strings.HasPrefix(st.toks[c.cue0].low, "appear") {
		// "appeared along side her husband on TV" is a presence
		tag := st.tagOf(next)
		return st.tagged && (strings.HasPrefix(tag, "JJ") || tag == "RBR" || next.low == "more" || next.low == "less")
	}
	return !prepositions[next.low]
}

// emergeVerbs take an expletive "it" too: "it emerged that …".
var emergeVerbs = setOf("emerged", "emerges", "emerging", "transpired", "transpires")

// expletive reports whether the speaker of c is an expletive "it": the
// cue an infinitive after it ("it is too soon to say", "makes it hard to
// see"), a raising verb ("it seems that", "it emerged that"), a predicate
// adjective ("It is clear that") or a passive participle with "that"
// after it ("it is expected that", "it is understood that").
func (st *state) expletive(c cand) bool {
	if c.sp1-c.sp0 != 1 || st.toks[c.sp0].low != "it" || c.cue1 <= c.cue0 {
		return false
	}
	cue := st.toks[c.cue0]
	if seemVerbs[cue.low] || emergeVerbs[cue.low] || st.tagged && st.tagOf(cue) == "JJ" {
		return true
	}
	for j := c.sp1; j < c.cue0 && j-c.sp1 < 6; j++ {
		if st.toks[j].low == "to" {
			return true
		}
	}
	if c.cue1 < len(st.toks) && st.toks[c.cue1].low == "that" && st.tagged && st.tagOf(cue) == "VBN" {
		for j := c.sp1; j < c.cue0 && j-c.sp1 < 3; j++ {
			if beForms[st.toks[j].low] {
				return true // "it is expected that"
			}
		}
	}
	return false
}

// dropDuplicates keeps the first of reported clauses with the same
// content: "the journalist had not been called on", found by two cues,
// is one utterance; the first with a speaker when the first has none
// ("The two firms are expected to seal the deal, according to news
// agency reports": the reports').
func (st *state) dropDuplicates() {
	// The candidates are in content start order (inheritNearby sorted
	// them): a duplicate lies among the kept ones of the same start.
	out := st.cands[:0]
	for _, c := range st.cands {
		dup := false
		for k := len(out) - 1; c.region < 0 && k >= 0 && out[k].cs == c.cs; k-- {
			if out[k].region < 0 && out[k].ce == c.ce {
				if out[k].sp1 <= out[k].sp0 && c.sp1 > c.sp0 {
					out[k] = c
				}
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, c)
		}
	}
	st.cands = out
}

// reportsClause reports whether the cue at k takes a reported clause by
// the lexicon ("say", "argue", "tell").
func (st *state) reportsClause(k int) bool {
	e, _, lexical := st.cueAt(k)
	return !lexical || e.frame == frameThat || e.frame == frameObj
}

// sameContents keeps one of two reported clauses with the same content,
// after relativeContents: the one whose cue is in it, a relative clause's
// ("Boeing unveiled a move it hopes will stoke competition": the move is
// what it hopes will, not a saying of Boeing's).
func (st *state) sameContents() {
	type span struct{ cs, ce int }
	inside := map[span]bool{}
	for _, c := range st.cands {
		if c.region < 0 && c.sp1 > c.sp0 && cueInside(c) {
			inside[span{c.cs, c.ce}] = true
		}
	}
	if len(inside) == 0 {
		return
	}
	out := st.cands[:0]
	for _, c := range st.cands {
		if c.region < 0 && !cueInside(c) && inside[span{c.cs, c.ce}] {
			continue
		}
		out = append(out, c)
	}
	st.cands = out
}

// cueInside reports whether c's cue lies inside its reported clause.
func cueInside(c cand) bool { return c.t0 <= c.cue0 && c.cue1 <= c.t1 }

// foldPartials keeps one record per utterance: a partial quote inside the
// reported clause that carries it (same cue) is not reported on its own,
// the clause is, as kind "mixed", with the quoted words and their marks
// in its text. This is PolNeAR's reading too: one cue, one content.
//
// A partial quote folds into the first clause in order with its cue that
// contains it; clauses are never folded themselves, so the clauses of each
// cue, listed once, give the same first clause as a scan of all. A partial
// quote that opens inside such a clause and goes on past it extends the
// clause to its closing mark, or, when nothing but the quote is in the
// clause, is the content itself, direct.
func (st *state) foldPartials() {
	type cue struct{ c0, c1 int }
	clauses := map[cue][]int{}
	for i, o := range st.cands {
		if o.region < 0 {
			clauses[cue{o.cue0, o.cue1}] = append(clauses[cue{o.cue0, o.cue1}], i)
		}
	}
	mixed := map[int]bool{}
	folded := make([]bool, len(st.cands))
	for n, c := range st.cands {
		if c.region >= 0 && c.kind == "partial" && c.cue1 > c.cue0 {
			for _, i := range clauses[cue{c.cue0, c.cue1}] {
				if o := st.cands[i]; o.cs <= c.cs && c.ce <= o.ce {
					mixed[i], folded[n] = true, true
					break
				}
			}
			if folded[n] {
				continue
			}
			// A quote opening inside the clause and going on past it
			// (`said that “to be able to beat expectations would be
			// helpful. I think …”`): the clause runs to the quote's end.
			for _, i := range clauses[cue{c.cue0, c.cue1}] {
				if o := &st.cands[i]; o.cs <= c.cs && c.cs < o.ce && o.ce < c.ce {
					rg := st.regions[c.region]
					if o.cs >= rg.open {
						// Nothing before the quote: it is the content, direct.
						st.cands[n].kind, folded[i] = "direct", true
						break
					}
					o.ce = c.ce
					if rg.close >= 0 {
						o.ce = rg.close + markLen(st.text, rg.close)
					}
					mixed[i], folded[n] = true, true
					break
				}
			}
		}
	}
	for i := range mixed {
		st.cands[i].kind = "mixed"
	}
	// A quote wholly inside a mixed clause of another cue is reported by
	// that clause already, quote marks and all ("a new campaign message:
	// “It's about me.”" holds the quote "It's about me."): one record per
	// utterance.
	if slices.ContainsFunc(st.cands, func(o cand) bool { return o.region < 0 && o.kind == "mixed" }) {
		inMixed := newSpanIndex(st.cands, func(o cand) bool { return o.region < 0 && o.kind == "mixed" })
		for n, c := range st.cands {
			if c.region >= 0 && !folded[n] && inMixed.contains(c.cs, c.ce, func(cand) bool { return true }) {
				folded[n] = true
			}
		}
	}
	out := st.cands[:0]
	for n, c := range st.cands {
		if !folded[n] {
			out = append(out, c)
		}
	}
	st.cands = out
}

// onlyQuote reports whether region rg and its marks make up their
// paragraph.
func (st *state) onlyQuote(rg region) bool {
	a := rg.t0 - 1
	for a >= 0 && st.toks[a].mark && st.paraAt(a) == st.paraAt(rg.t0) {
		a--
	}
	b := rg.t1
	for b < len(st.toks) && (st.toks[b].mark || isEndPunct(st.toks[b].low)) && st.paraAt(b) == st.paraAt(rg.t1-1) {
		b++
	}
	return (a < 0 || st.paraAt(a) != st.paraAt(rg.t0)) && (b >= len(st.toks) || st.paraAt(b) != st.paraAt(rg.t1-1))
}

// dashCredits gives a direct quote without a cue the name that a dash
// credits it to at the end of its paragraph, or in the next paragraph
// after one that is only the quote, as vox-pop lists and epigraphs do:
// `“…” ― Sonya Herridge`, `"…" — Jane Doe, 34, Ohio`, `"…"¶- Sanders.`.
// The dash is the cue.
func (st *state) dashCredits() {
	for i := range st.cands {
		c := &st.cands[i]
		if c.region < 0 || c.cue1 > c.cue0 || c.kind != "direct" {
			continue
		}
		rg := st.regions[c.region]
		k := rg.t1
		for k < len(st.toks) && st.toks[k].mark && st.paraAt(k) == st.paraAt(rg.t1-1) {
			k++
		}
		// The credit ends the quote's paragraph, or is the next paragraph
		// after a paragraph that is only the quote: `"…"¶- Sanders.`
		next := k < len(st.toks) && st.paraAt(k) == st.paraAt(rg.t1-1)+1 && st.onlyQuote(rg)
		if k+1 >= len(st.toks) || st.paraAt(k) != st.paraAt(rg.t1-1) && !next || !isCreditDash(st.toks[k].low) && !(next && st.toks[k].low == "-") {
			continue
		}
		e := k + 1
		for e < len(st.toks) && st.paraAt(e) == st.paraAt(k) && st.toks[e].region < 0 && !st.toks[e].mark && e-k <= 12 {
			e++
		}
		if e < len(st.toks) && st.paraAt(e) == st.paraAt(k) {
			continue // more text follows in the paragraph: not a credit line
		}
		// The name: capitalised words up to a comma or the end.
		n := k + 1
		for n < e && st.toks[n].word && (st.toks[n].upper || npLinks[st.toks[n].low]) {
			n++
		}
		if n == k+1 || n-(k+1) > 5 {
			continue
		}
		c.sp0, c.sp1, c.cue0, c.cue1 = k+1, n, k, k+1
	}
}

// isCreditDash reports whether w is a dash that may credit a quote.
func isCreditDash(w string) bool { return w == "―" || w == "—" || w == "–" || w == "--" }

// inheritNearby gives a direct quote without a speaker the speaker of the
// attribution just before it (in its sentence or the one before): a quote
// paragraph following "Clinton said she …" is Clinton's.
func (st *state) inheritNearby() {
	slices.SortStableFunc(st.cands, func(a, b cand) int { return a.cs - b.cs })
	for i := range st.cands {
		c := &st.cands[i]
		if c.region < 0 || c.sp1 > c.sp0 || i == 0 {
			continue
		}
		p := st.cands[i-1]
		if p.sp1 <= p.sp0 || p.ce > c.cs {
			continue
		}
		pend := st.sentOfByte(p.ce)
		if st.sentAt(st.regions[c.region].t0)-pend <= 1 && st.sentBetweenBytes(p.ce, c.cs) == 0 {
			c.sp0, c.sp1 = p.sp0, p.sp1
			// One utterance: `"A" of the plan, Mr. Holtz-Eakin said. "B."`
			// shares the cue ending the sentence before it.
			if c.cue1 <= c.cue0 && p.cue1 > p.cue0 && (p.kind == "mixed" || p.kind == "direct") && st.sentAt(p.cue0) == st.sentAt(st.regions[c.region].t0)-1 && st.paraAt(p.cue0) == st.paraAt(st.regions[c.region].t0) {
				c.cue0, c.cue1 = p.cue0, p.cue1
			}
		}
	}
}

// introducedQuotes gives a direct quote that opens its sentence with no
// speaker nor cue the person the sentence before it is about, when that
// sentence holds no attribution of its own: "May performed with Rodgers
// in London in September. ¶ “We were both so amazed …”" is May's. The
// person is the sentence's subject, a person's name or "he" or "she",
// in the quote's paragraph or the one before.
func (st *state) introducedQuotes() {
	for i := range st.cands {
		c := &st.cands[i]
		if c.region < 0 || c.kind != "direct" || c.sp1 > c.sp0 || c.cue1 > c.cue0 {
			continue
		}
		rg := st.regions[c.region]
		qs := st.sentAt(rg.t0)
		if qs == 0 || st.paraAt(st.sents[qs-1].t0) < st.paraAt(rg.t0)-1 {
			continue
		}
		opens := true
		for k := st.sents[qs].t0; k < rg.t0; k++ {
			if st.toks[k].word {
				opens = false
				break
			}
		}
		if !opens || st.attributed(qs-1) && !st.onlyAsked(qs-1) {
			continue
		}
		ms, me := st.mainSubject(qs - 1)
		if me > ms && st.personSubject(ms, me) && !st.namedWithin(me-1, rg.t0, rg.t1) {
			c.sp0, c.sp1 = ms, me
		}
	}
}

// onlyAsked reports whether every attribution of sentence si is a
// question put to its subject, with no quote: "Dr Fox was asked if he
// would say yes. ¶ “I'm sure …”" answers it.
func (st *state) onlyAsked(si int) bool {
	s := st.sents[si]
	for k := s.t0; k < s.t1; k++ {
		if st.toks[k].region >= 0 || st.toks[k].mark {
			return false
		}
	}
	n := 0
	for _, c := range st.cands {
		if c.sent != si || c.region >= 0 {
			continue
		}
		if c.cue1 <= c.cue0 || st.toks[c.cue0].low != "asked" || c.cue0 == 0 || !beForms[st.toks[c.cue0-1].low] {
			return false
		}
		n++
	}
	return n > 0
}

// namedWithin reports whether the word at token k, a name, recurs in
// tokens [a, b): a quote naming the person is about them, not by them
// ("Bob was driven. ¶ “Bob was a very driven individual …”").
func (st *state) namedWithin(k, a, b int) bool {
	if !st.toks[k].upper {
		return false
	}
	for j := a; j < b; j++ {
		if st.toks[j].low == st.toks[k].low {
			return true
		}
	}
	return false
}

// attributed reports whether sentence si holds a quote or the cue or the
// content of an attribution.
func (st *state) attributed(si int) bool {
	s := st.sents[si]
	for k := s.t0; k < s.t1; k++ {
		if st.toks[k].region >= 0 || st.toks[k].mark {
			return true
		}
	}
	a, b := int(st.toks[s.t0].s), int(st.toks[s.t1-1].e)
	for _, c := range st.cands {
		if c.cs < b && c.ce > a || c.cue1 > c.cue0 && st.sentAt(c.cue0) == si {
			return true
		}
	}
	return false
}

// personIn reports whether a person's mention starts in tokens [a, b)
// ("Giovanni Maria Vian, the editor in chief of the Vatican's official
// newspaper, L'Osservatore Romano, said": Vian has the appositives).
func (st *state) personIn(a, b int) bool {
	if b <= a {
		return false
	}
	mi := st.mentions()
	lo, hi := int(st.toks[a].s), int(st.toks[b-1].s)
	i, j := mi.startingIn(lo, hi)
	for _, m := range mi.ms[i:j] {
		if m.Type == "PERSON" && m.Start >= lo && m.Start <= hi {
			return true
		}
	}
	return false
}

// capitalised reports whether every word of tokens [a, b) is
// capitalised: a name with its titles ("Gov. John Kasich").
func (st *state) capitalised(a, b int) bool {
	for k := a; k < b; k++ {
		if t := st.toks[k]; t.word && !t.upper {
			return false
		}
	}
	return true
}

// personSubject reports whether tokens [a, b) name one person: "he",
// "she", or a noun phrase ending with a person's name.
func (st *state) personSubject(a, b int) bool {
	if b == a+1 && (st.toks[a].low == "he" || st.toks[a].low == "she") {
		return true
	}
	mi := st.mentions()
	for _, i := range mi.endingAt(int(st.toks[b-1].e)) {
		if m := mi.ms[i]; m.Type == "PERSON" && m.Start >= int(st.toks[a].s) {
			return true
		}
	}
	return false
}

// sentOfByte returns the sentence holding the token that ends at or after b.
func (st *state) sentOfByte(b int) int {
	i, _ := slices.BinarySearchFunc(st.toks, b, func(t tok, b int) int { return int(t.e) - b })
	return st.sentAt(min(i, len(st.toks)-1))
}

// sentBetweenBytes counts non-quote sentences wholly between bytes a and b.
func (st *state) sentBetweenBytes(a, b int) int {
	n := 0
	for si := st.sentOfByte(a) + 1; si < len(st.sents); si++ {
		s := st.sents[si]
		if int(st.toks[s.t1-1].e) > b {
			break
		}
		if st.toks[s.t0].region < 0 && !st.toks[s.t0].mark {
			n++
		}
	}
	return n
}

// splitCoordinated ends a reported clause before a coordinated
// attribution inside it: in "Trump wants the votes and Peña Nieto wants to
// be a hero", Trump wants the votes and Peña Nieto wants to be a hero; the
// second is not nested in the first.
func (st *state) splitCoordinated() {
	for i := range st.cands {
		c := st.cands[i]
		if c.region >= 0 || c.cue1 <= c.cue0 {
			continue
		}
		if j := st.coordinatedCue(c); j >= 0 {
			st.endBefore(c, j)
			continue
		}
		if c.sp1 <= c.sp0 || c.sp1 != c.cue0 {
			continue
		}
		j := c.sp0 - 1 // the coordinator before the speaker
		if j < 1 || !coordinators[st.toks[j].low] {
			continue
		}
		for k := range st.cands {
			o := &st.cands[k]
			if k == i || o.region >= 0 || o.t1 <= o.t0 || o.t0 >= j || j >= o.t1 || o.sent != c.sent {
				continue
			}
			st.endAtCoordinator(o, j)
		}
	}
}

// endAtCoordinator ends reported clause o before coordinator j (and a
// comma before it), unless nothing would be left.
func (st *state) endAtCoordinator(o *cand, j int) {
	e := j
	if st.toks[e-1].low == "," {
		e--
	}
	if e-o.t0 < 1 {
		return
	}
	cs, ce := st.span(o.t0, e)
	if ce = st.trimMarks(cs, ce); ce > cs {
		o.t1, o.ce = e, ce
		if o.kind == "mixed" {
			o.kind = st.reportedKind(o.cs, o.ce)
		}
	}
}

// coordinatedCue returns the "and" or "but" before the cue of c when that
// cue shares its subject with a verb before it, -1 when not: "Rubio thanked
// Miami and said it was great to be home".
func (st *state) coordinatedCue(c cand) int {
	if tag := st.tagOf(st.toks[c.cue0]); !st.coordinated(c.cue0, st.sents[c.sent].t0) || !isFiniteTag(tag) && tag != "VBG" {
		return -1
	}
	j := c.cue0 - 1
	for j > 0 && st.toks[j].low != "and" && st.toks[j].low != "but" {
		j--
	}
	return j
}

// endBefore ends the reported clause of every other candidate of c's
// sentence that runs past coordinator j from a cue before it and holds no
// finite verb of its own before j: the verb after j goes on with that
// cue's subject, not with the content ("thanked Miami | and said …").
func (st *state) endBefore(c cand, j int) {
	for k := range st.cands {
		o := &st.cands[k]
		if o.region >= 0 || o.sent != c.sent || o.t0 >= j || j >= o.t1 || o.cue1 <= o.cue0 || o.cue1 > o.t0 || o.cue0 == c.cue0 {
			continue
		}
		if st.finite(o.t0, j) {
			continue
		}
		if tag := st.tagOf(st.toks[c.cue0]); !isFiniteTag(tag) && st.tagOf(st.toks[o.cue0]) != tag {
			continue // "pointing to his record and saying …", not "said the law was wrong, urging …"
		}
		st.endAtCoordinator(o, j)
	}
}

// coordinators join two clauses, each with its own attribution.
var coordinators = setOf("and", "but", "while", "whereas")

// endBeforeSubordinates ends a reported clause before a subordinate
// clause inside it that holds an attribution of its own, subject and cue:
// in "Clinton was booed at the debate when she said the attack was
// wrong" and "Blunkett has apologised to MPs after the Home Office
// announced a review" what she said and what the Home Office announced
// are theirs, not part of the first clause (which dropNested would
// otherwise keep whole and drop them).
func (st *state) endBeforeSubordinates() {
	idx := newSpanIndex(st.cands, func(o cand) bool { return o.region < 0 })
	for i := range st.cands {
		c := st.cands[i]
		if c.region >= 0 || c.sp1 <= c.sp0 || c.cue1 <= c.cue0 || c.sp1 > c.cue0 || c.sp0 < 1 {
			continue
		}
		sub := c.sp0 - 1
		if w := st.toks[sub].low; !subordinators[w] || w == "as" || w == "if" || w == "unless" || st.toks[sub].region >= 0 {
			continue // (an aside, "as Rubio has said", and a condition stay in the clause)
		}
		if e, _, ok := st.cueAt(c.cue0); !ok || !speechLemmas[e.lemma] {
			continue // "if she wanted to win", "as if he wanted a role": no saying
		}
		b := int(st.toks[sub].s)
		for _, j := range idx.starting(b-idx.maxLen, b) {
			o := &st.cands[j]
			if j == i || o.cs >= b || o.ce < int(st.toks[c.cue1-1].e) || o.t1 <= sub || o.t0 >= sub || o.cue0 >= sub || o.cue1 <= o.cue0 {
				continue
			}
			if e, _, ok := st.cueAt(o.cue0); st.toks[o.cue0].low == ":" || ok && e.frame != frameNP {
				// A reported clause holds its subordinates: "said the plan
				// would fail because officials warned …", "called on
				// Republicans to unendorse Trump after he claimed …"; so
				// does a transcript turn.
				continue
			}
			e := sub
			for e > o.t0 && !st.toks[e-1].word && !st.toks[e-1].mark {
				e--
			}
			if e-o.t0 < 1 {
				continue
			}
			cs, ce := st.span(o.t0, e)
			if cs != o.cs {
				continue // (the content's bytes do not start at its first token)
			}
			o.ce, o.t1 = st.trimMarks(o.cs, ce), e
			o.kind = st.reportedKind(o.cs, o.ce)
		}
	}
}

// dropNested removes reported speech whose cue lies inside the content of
// another quote: PolNeAR-style attribution is univocal, and "X said Y
// agreed to Z" reports what X said, not what Y agreed.
func (st *state) dropNested() {
	// A candidate is compared with those kept before it and with those
	// from its own position on as the filter leaves them: the kept ones
	// are moved to the front as it goes, so one dropped earlier counts
	// only while no kept one has taken its place.
	all := newSpanIndex(st.cands, func(cand) bool { return true })
	kept := make([]bool, len(st.cands))
	out := st.cands[:0]
	for i, c := range st.cands {
		nested := false
		if c.region < 0 && c.cue1 > c.cue0 {
			cs, ce := int(st.toks[c.cue0].s), int(st.toks[c.cue1-1].e)
			rel := -2 // c's bareRelative, found on first need
			for _, k := range all.starting(ce-all.maxLen, cs) {
				o := all.cands[k]
				if o.cs <= cs && ce <= o.ce && !(o.cs == c.cs && o.ce == c.ce) && (kept[k] || (k >= len(out) && k != i)) {
					if o.region < 0 && o.cue1 > o.cue0 && c.cs <= int(st.toks[o.cue0].s) && int(st.toks[o.cue1-1].e) <= c.ce && st.outranks(c, o) {
						continue // each holds the other's cue: one of them stays
					}
					if rel == -2 {
						rel = st.bareRelative(c)
					}
					if rel >= 0 && o.region < 0 && int(st.toks[rel].s) == o.cs && !st.reportsClause(o.cue0) {
						// A relative clause qualifying the object of a verb
						// that reports no clause, whose content it will be
						// (see sameContents): "Boeing unveiled a move it
						// hopes will …", but "said the numbers he saw were
						// dramatic" is what was said.
						continue
					}
					nested = true
					break
				}
			}
		}
		if !nested {
			kept[i] = true
			out = append(out, c)
		}
	}
	st.cands = out
	// A partial quote inside a reported clause belongs to that clause's
	// attribution: "Rubio says he feels he did “great”" is Rubio's. The
	// clause is taken as the rules found it, before the end model
	// trimmed it: in `said instead of the "bonfire of quangos" New
	// Labour had promised, there had been an "explosion" of them` the
	// explosion is the speaker's, not New Labour's.
	reported := newSpanIndex(st.cands, func(o cand) bool { return o.region < 0 })
	ruleEnd := func(o cand) int { return max(o.ce, o.ruleCE) }
	for i := range st.cands {
		c := &st.cands[i]
		if c.region < 0 || c.kind != "partial" {
			continue
		}
		best := -1 // the longest reported clause containing c, first of equals
		for _, j := range reported.starting(c.ce-reported.maxLen, c.cs) {
			o := st.cands[j]
			n, bn := ruleEnd(o)-o.cs, 0
			if best >= 0 {
				bn = ruleEnd(st.cands[best]) - st.cands[best].cs
			}
			if o.cs <= c.cs && c.ce <= ruleEnd(o) && (best < 0 || n > bn || n == bn && j < best) {
				best = j
			}
		}
		if best >= 0 {
			o := st.cands[best]
			c.sp0, c.sp1, c.cue0, c.cue1 = o.sp0, o.sp1, o.cue0, o.cue1
		}
	}
}

// outranks reports whether candidate c stays when it and o each hold the
// other's cue: a transcript turn or a headline ("FALLIN: Well, …, and
// understand that, people are scared"), else a speech verb over another
// cue ("The trend shows X, said a panel of experts" is the panel's),
// else the longer content.
func (st *state) outranks(c, o cand) bool {
	if c.whole != o.whole {
		return c.whole
	}
	speech := func(x cand) bool {
		e, ok := st.cueCache[x.cue0]
		return ok && speechLemmas[e.lemma] || st.toks[x.cue0].low == "according"
	}
	if sc, so := speech(c), speech(o); sc != so {
		return sc
	}
	return c.ce-c.cs > o.ce-o.cs
}

// reportedKind is the kind of a reported clause spanning [cs, ce):
// "mixed" when a quoted region lies within it, else "indirect".
func (st *state) reportedKind(cs, ce int) string {
	r0, r1 := st.regionsStartingIn(cs, ce)
	for _, rg := range st.regions[r0:r1] {
		if rg.cs >= cs && rg.ce <= ce {
			return "mixed"
		}
	}
	return "indirect"
}

// regionsStartingIn returns the range of st.regions holding every region
// whose content starts in [cs, ce] (all of them when they are not in
// text order).
func (st *state) regionsStartingIn(cs, ce int) (int, int) {
	if !st.regionsSorted {
		return 0, len(st.regions)
	}
	i, _ := slices.BinarySearchFunc(st.regions, cs, func(r region, b int) int { return r.cs - b })
	j, _ := slices.BinarySearchFunc(st.regions, ce+1, func(r region, b int) int { return r.cs - b })
	return i, max(i, j)
}

// A spanIndex finds the candidates whose content contains a byte range
// without scanning them all: it holds the indices of some candidates
// sorted by content start, and their longest content, so that a candidate
// containing [s, e) starts in [e-maxLen, s].
type spanIndex struct {
	cands  []cand // a copy: the caller may overwrite its slice
	order  []int  // indices into cands by cs, then index
	maxLen int
}

func newSpanIndex(cands []cand, keep func(cand) bool) spanIndex {
	x := spanIndex{cands: slices.Clone(cands)}
	for i, c := range cands {
		if keep(c) {
			x.order = append(x.order, i)
			x.maxLen = max(x.maxLen, c.ce-c.cs, c.ruleCE-c.cs)
		}
	}
	slices.SortStableFunc(x.order, func(a, b int) int { return cands[a].cs - cands[b].cs })
	return x
}

// starting returns the indices of the candidates whose content starts in
// [lo, hi], by start then index.
func (x *spanIndex) starting(lo, hi int) []int {
	i, _ := slices.BinarySearchFunc(x.order, lo, func(k, b int) int { return x.cands[k].cs - b })
	j, _ := slices.BinarySearchFunc(x.order, hi+1, func(k, b int) int { return x.cands[k].cs - b })
	return x.order[i:max(i, j)]
}

// contains reports whether a candidate for which ok holds contains
// [s, e).
func (x *spanIndex) contains(s, e int, ok func(cand) bool) bool {
	for _, k := range x.starting(e-x.maxLen, s) {
		if o := x.cands[k]; o.cs <= s && e <= o.ce && ok(o) {
			return true
		}
	}
	return false
}

// cueAt reports whether a cue starts at token i (outside quotes) and how
// many tokens it has.
func (st *state) cueAt(i int) (cueEntry, int, bool) {
	if i < 0 || i >= len(st.toks) {
		return cueEntry{}, 0, false
	}
	t := st.toks[i]
	if t.region >= 0 || !t.word {
		return cueEntry{}, 0, false
	}
	es := st.lex[t.low]
	for _, e := range es {
		n := len(e.words)
		if i+n > len(st.toks) {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			if st.toks[i+k].low != e.words[k] || st.sentAt(i+k) != st.sentAt(i) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if n > 1 && st.hedgeAt(i+n-1) {
			continue // "said about 8,500 vehicles had arrived": a number's hedge, no topic
		}
		if e.lemma == "go on" && !st.quoteBeside(i, n) {
			continue // "went on to win", "as the day went on": no speech
		}
		if t.upper && i > 0 && st.sentAt(i-1) == st.sentAt(i) {
			// "Clinton Says Russians Hacked DNC": in a title-case
			// headline a finite speech form is still a cue.
			if !(headlineCues[t.low] && st.titleCaseSent(st.sentAt(i))) {
				return cueEntry{}, 0, false // a name or a noun: "United States"
			}
		} else if st.tagged && st.tagOf(t) != "" && !strings.HasPrefix(st.tagOf(t), "VB") && !st.postposedNoun(i, n) && !st.namedSubjectNoun(i, n) {
			return cueEntry{}, 0, false
		}
		if i+n < len(st.toks) && st.toks[i+n].low == "by" && !(i+n+1 < len(st.toks) && channels[st.toks[i+n+1].low]) {
			return cueEntry{}, 0, false // passive: "reported by" (but "said by telephone")
		}
		if st.comparedIdiom(i) {
			return cueEntry{}, 0, false // an idiom: "easier said than done"
		}
		if n == 1 && i > 0 && i+1 < len(st.toks) && (st.tagOf(st.toks[i-1]) == "JJ" && !(st.tagOf(t) == "VBD" && speechLemmas[e.lemma] && e.lemma != "call") && strings.HasPrefix(st.tagOf(st.toks[i+1]), "NN") && st.sentAt(i+1) == st.sentAt(i) || st.prenominal(i)) {
			// (A verb of speech in the past tense is no such word: "The
			// 34-year-old told Norwich's website"; "called" may name: "a
			// scruffy little Austrian called Adolf Hitler".)
			return cueEntry{}, 0, false // inside a noun phrase: "a liberal think tank", "the best supporting actor award"
		}
		for j := i - 1; j >= 0 && i-j <= 3 && st.sentAt(j) == st.sentAt(i); j-- {
			w := st.toks[j].low
			if beForms[w] && !progressive(t.low, w) {
				if e.frame != frameTo || !strings.HasSuffix(t.low, "ed") {
					return cueEntry{}, 0, false // passive: "was announced"
				}
			}
			if !st.adverbAt(j) {
				break
			}
		}
		if i > 0 && st.sentAt(i-1) == st.sentAt(i) {
			p := st.toks[i-1].low
			if (possessiveClitic(p)) && progressive(t.low, p) && i > 1 && (pronouns[st.toks[i-2].low] || st.tagOf(st.toks[i-1]) == "VBZ") {
				return e, n, true // "He's claiming": "'s" is "is"
			}
			if (determiners[p] && !(quantifiers[p] && isFiniteTag(st.tagOf(t)))) || possessiveClitic(p) {
				return cueEntry{}, 0, false // a noun: "the claim", "his remarks"; not "many said"
			}
		}
		return e, n, true
	}
	return cueEntry{}, 0, false
}

// quoteBeside reports whether the cue at i (n tokens) introduces a quote
// (a colon or an opening mark follows it) or closes one (a closing mark
// ends the words before its subject in its paragraph, within four
// tokens): `Then he went on: “…”`, `“…,” Trump went on`.
func (st *state) quoteBeside(i, n int) bool {
	if j := i + n; j < len(st.toks) && (st.toks[j].low == ":" || st.toks[j].mark) {
		return true
	}
	for j := i - 1; j >= 0 && i-j <= 5 && st.paraAt(j) == st.paraAt(i); j-- {
		if st.toks[j].mark {
			// (A quote closed by a full stop ends its sentence: `“….” He
			// went on to endorse Ayotte`.)
			return j > 0 && st.toks[j-1].region >= 0 && st.toks[j-1].low != "."
		}
		if !st.toks[j].word && st.toks[j].low != "," {
			return false
		}
	}
	return false
}

// namedSubjectNoun reports whether the cue word at i (n tokens), tagged
// as a plural noun, is the verb of a name opening its sentence, before a
// quote, a colon or "that": "Viguerie notes “Not only …”" (a tagger reads
// "notes" as a plural).
func (st *state) namedSubjectNoun(i, n int) bool {
	t := st.toks[i]
	if st.tagOf(t) != "NNS" || !strings.HasSuffix(t.low, "s") || i+n >= len(st.toks) || i == 0 {
		return false
	}
	if nx := st.toks[i+n]; !(nx.mark || nx.low == ":" || nx.low == "that") || st.sentAt(i+n) != st.sentAt(i) {
		return false
	}
	j := i - 1
	for j >= 0 && st.toks[j].upper && st.toks[j].word && st.tagOf(st.toks[j]) == "NNP" && i-j <= 4 {
		j--
	}
	first := st.firstWord(st.sents[st.sentAt(i)].t0, i)
	return j < i-1 && (first == j+1 || first == j && st.toks[j].low == "as") // "As Mr Prior remarks:"
}

// postposedNoun reports whether the cue word at i (n tokens), tagged as a
// noun, is a verb closing a postposed attribution after a name or a noun
// phrase: "…, BBC Sport understands." (a tagger reads "understands" as a
// plural).
func (st *state) postposedNoun(i, n int) bool {
	t := st.toks[i]
	if n > 2 || st.tagOf(t) != "NNS" || !strings.HasSuffix(t.low, "s") || i+n >= len(st.toks) || !isEndPunct(st.toks[i+n].low) {
		return false // (two words: "…, Mr Hadi points out.")
	}
	j := i - 1
	for j >= 0 && st.toks[j].upper && st.toks[j].word && i-j <= 4 {
		j--
	}
	if j < i-1 && j >= 0 && st.toks[j].low == "," {
		return true
	}
	// After a noun phrase set off by a comma from a clause: "…, a survey
	// of 2,000 adults suggests."
	// A verb in -s wants a singular subject: not "…, rebuttals and counter
	// claims." nor "…, denials of the central claims.".
	lo := st.sents[st.sentAt(i)].t0
	sp0, sp1 := st.subject(i, lo)
	if sp1 != i || sp0-1 <= lo || st.toks[sp0-1].low != "," || !st.finite(lo, sp0-1) {
		return false
	}
	h := st.headOf(sp0, sp1)
	if tag := st.tagOf(st.toks[max(h, sp0)]); h < 0 || tag == "NNS" || tag == "NNPS" || tag == "JJ" {
		return false
	}
	for k := sp0; k < sp1; k++ {
		if st.toks[k].low == "and" {
			return false
		}
	}
	return true
}

// hedgeAt reports whether token i, "about" or "around", hedges the number
// after it ("said about 8,500 vehicles had arrived") rather than opening a
// topic.
func (st *state) hedgeAt(i int) bool {
	if i+1 >= len(st.toks) || st.toks[i].low != "about" && st.toks[i].low != "around" {
		return false
	}
	w := st.toks[i+1].low
	return numeral(w)
}

// numeral reports whether w is a number in digits or in words: "8,500",
// "forty-three".
func numeral(w string) bool { return isDigit(w) || numberWord(w) }

// numberWord reports whether w spells a number: "forty-three", "ten".
func numberWord(w string) bool {
	for _, p := range strings.Split(w, "-") {
		if !numberWords[p] {
			return false
		}
	}
	return true
}

// numberWords are the words that spell numbers up to the hundreds.
var numberWords = setOf("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
	"fifty", "sixty", "seventy", "eighty", "ninety", "hundred")

// nounCompounds open with a cue word but are nouns.
var nounCompounds = setOf("think tank", "think tanks", "claims court", "warning signs", "warning sign")

// dropCompoundCues removes the attributions whose cue opens a noun
// compound ("the economics think tank said …" is no thinking); the
// verb after the compound keeps its own. It runs after generate, so the
// models, trained on generate's output, see what they were trained on.
func (st *state) dropCompoundCues() {
	st.cands = slices.DeleteFunc(st.cands, func(c cand) bool {
		return c.region < 0 && (c.cue1 == c.cue0+1 && c.cue1 < len(st.toks) &&
			nounCompounds[st.toks[c.cue0].low+" "+st.toks[c.cue1].low] || st.reducedRelative(c) || st.appositiveParticiple(c)) || st.naming(c)
	})
}

// progressive reports whether be-form be before the -ing form w makes a
// progressive ("is warning"), not a passive or a gerund ("being").
func progressive(w, be string) bool {
	return strings.HasSuffix(w, "ing") && be != "been" && be != "be" && be != "being"
}

// prizes are what one claims by winning: "claimed the top spot", "claimed
// his second title".
var prizes = setOf("spot", "title", "titles", "place", "crown", "medal", "medals", "prize", "trophy", "victory",
	"win", "seat", "seats", "lives", "life", "points", "point", "wickets", "wicket", "record", "gold", "silver", "bronze", "pole")

// titles are the prizes one defends or retains: "will defend the Davis
// Cup crown" (not "defended her record").
var titles = setOf("title", "titles", "crown", "medal", "medals", "trophy", "championship", "cup", "belt")

// prizeAt reports whether the noun phrase at start (before end) names a
// prize of the set: "claimed [the top spot]" took it, claiming nothing.
func (st *state) prizeAt(start, end int, set map[string]bool) bool {
	for j := start; j < end && j-start < 5; j++ {
		if t := st.toks[j]; !t.word || prepositions[t.low] || strings.HasPrefix(st.tagOf(t), "VB") || st.tagOf(t) == "MD" {
			break
		} else if set[t.low] && (j+1 >= end || !st.finite(j+1, min(end, j+3))) {
			return true
		}
	}
	return false
}

// participleAfterObject reports whether the speech participle at k (entry
// e) follows the object of its sentence's verb, sp0..sp1, rather than a
// noun that could say anything: "Jennifer Lopez cancelled an appearance
// at the premiere saying she was too ill" is Lopez's; "a sign saying …",
// "a statement saying …" and "protesters saying …" are theirs.
func (st *state) participleAfterObject(k int, e cueEntry, sp0, sp1 int) bool {
	if sp1 != k || sp1 <= sp0 || st.tagOf(st.toks[k]) != "VBG" || !st.finite(st.sents[st.sentAt(k)].t0, sp0) {
		return false
	}
	if sp1 == sp0+1 && sp0 >= 2 && st.tagOf(st.toks[sp0]) == "NN" && prepositions[st.toks[sp0-1].low] && strings.HasPrefix(st.tagOf(st.toks[sp0-2]), "VB") {
		return true // a bare noun after a verb's preposition: "had come into office promising …", "are on record opposing …"
	}
	if !speechLemmas[e.lemma] {
		return false
	}
	hi := st.headOf(sp0, sp1)
	if hi < 0 || hi-1 >= sp0 && beForms[st.toks[sp0-1].low] {
		return false // "He is a puppet saying …": the puppet says it
	}
	if h := st.toks[hi].low; documentNouns[h] || wordCarriers[h] {
		return false
	}
	// The head names an act, an event, a time, a state or a place, which
	// says nothing: "an appearance", "the match", "the day".
	return st.silentHead(sp0, sp1)
}

// carrierOwner returns, when the speaker [sp0, sp1) of the participle at
// k is a thing that carries words ("a statement", "signs") and the object
// of a verb just before it, that verb's subject: in "she released a
// statement saying …" and "workers carrying signs saying …" she and the
// workers speak. It returns sp0, sp1 otherwise.
func (st *state) carrierOwner(k, sp0, sp1 int) (int, int) {
	if sp1 <= sp0 || sp0 < 1 || st.tagOf(st.toks[k]) != "VBG" || sp1 != k && !st.adjunctGap(sp1, k) {
		return sp0, sp1
	}
	s0, s1 := sp0, sp1
	hi := st.headOf(sp0, sp1)
	if hi < 0 || !wordCarriers[st.toks[hi].low] {
		// An adjunct between the carrier and its participle: "issued a
		// statement late on Friday saying", "a statement through
		// Arsenal describing".
		c := st.carrierBefore(sp1)
		if c < 0 || st.toks[c+1].low == "from" || st.toks[c+1].low == "by" {
			return sp0, sp1 // (an author named: "an open letter from its president saying")
		}
		sp0 = c
		for sp0 > 0 && k-sp0 < 12 {
			if tag := st.tagOf(st.toks[sp0-1]); tag != "DT" && tag != "PRP$" && tag != "CD" && !strings.HasPrefix(tag, "JJ") && !strings.HasPrefix(tag, "NN") {
				break
			}
			sp0--
		}
		if sp0 < 1 {
			return s0, s1
		}
	}
	v := sp0 - 1
	if tag := st.tagOf(st.toks[v]); !strings.HasPrefix(tag, "VB") || beForms[st.toks[v].low] || receivingVerbs[st.toks[v].low] || st.toks[v].region >= 0 {
		return s0, s1 // (not "people trying to browse the site get a message saying")
	}
	lo := st.sents[st.sentAt(k)].t0
	s, e := st.subject(v, lo)
	if e <= s && st.tagOf(st.toks[v]) == "VBG" {
		s, e = st.inheritSpeaker(v) // "…, carrying signs saying"
	}
	if e <= s || e > v {
		return s0, s1
	}
	return s, e
}

// carrierBefore returns the word carrier ending a noun phrase before an
// adjunct that ends at token k ("a statement [late on Friday]", "a
// statement [through Arsenal]", "a statement [Wednesday]"), or -1.
func (st *state) carrierBefore(k int) int {
	lo := st.sents[st.sentAt(k)].t0
	for j := k - 2; j >= lo && k-j <= 7; j-- {
		t := st.toks[j]
		if !t.word || t.region >= 0 {
			return -1
		}
		if wordCarriers[t.low] && strings.HasPrefix(st.tagOf(t), "NN") {
			if !st.adjunctGap(j+1, k) {
				return -1
			}
			return j
		}
	}
	return -1
}

// adjunctGap reports whether tokens [a, b) are a short adjunct of time,
// place or means between a noun and a participle of its: "late on
// Friday", "Wednesday", "through Arsenal".
func (st *state) adjunctGap(a, b int) bool {
	if a >= b || b-a > 6 {
		return false
	}
	if w := st.toks[a].low; !(prepositions[w] || w == "through" || w == "via" || timeWords[w] || st.dayAt(a) || st.adverbAt(a) || w == "late" || w == "early") {
		return false
	}
	for i := a; i < b; i++ {
		t := st.toks[i]
		if tag := st.tagOf(t); !t.word || t.region >= 0 || strings.HasPrefix(tag, "VB") || tag == "MD" || tag == "WDT" || tag == "WP" {
			return false
		}
	}
	return true
}

// laterWords place a time after or before another: "Priebus later
// Thursday told", "Hours later, …".
var laterWords = setOf("later", "earlier")

// channels carry what one says: "said by telephone", "told by email".
var channels = setOf("telephone", "phone", "email", "e-mail", "text", "letter", "video", "videolink", "satellite", "fax")

// receivingVerbs take what others wrote: "get a message saying …".
var receivingVerbs = setOf("get", "gets", "got", "getting", "receive", "receives", "received", "receiving", "see", "sees",
	"saw", "seen", "seeing", "read", "reads", "reading", "find", "finds", "found", "finding", "have", "has", "had", "having")

// silentSenses are the WordNet noun supersenses of things that say
// nothing: acts, attributes, events, locations, states, times.
var silentSenses = map[uint8]bool{wordnet.NounAct: true, wordnet.NounAttribute: true, wordnet.NounEvent: true,
	wordnet.NounLocation: true, wordnet.NounState: true, wordnet.NounTime: true}

// carrierReads reports whether "read" at token k, after a quote ending
// before token i, says what a thing carrying words says: its subject
// before it ("a BBC statement read") or, inverted, after it ("read a
// statement from the firm") is a word carrier.
func (st *state) carrierReads(k, i, hi int) bool {
	s, e := st.subject(k, i)
	if k == i {
		s, e = st.npRight(k+1, hi)
	}
	h := st.headOf(s, e)
	return e > s && h >= 0 && wordCarriers[st.toks[h].low]
}

// wordCarriers are things that say what is written on them: "a sign
// saying …", "a statement saying …".
var wordCarriers = setOf("sign", "signs", "statement", "statements", "message", "messages", "note", "notes", "email",
	"emails", "e-mail", "e-mails", "tweet", "tweets", "post", "posts", "banner", "banners", "placard", "placards",
	"poster", "posters", "advert", "adverts", "ad", "ads", "advertisement", "leaflet", "leaflets", "text", "texts",
	"headline", "headlines", "caption", "release", "notice", "website", "page", "label", "card", "cards", "shirt",
	"shirts", "t-shirt", "t-shirts", "video", "videos", "song", "book", "article", "editorial", "column", "survey",
	"poll", "polls", "study", "studies", "paper", "papers", "analysis", "review", "filing", "filings", "brief", "briefs", "record", "records", "transcript",
	"letter", "letters")

// isParticiple reports whether the cue at i is an -ing form opening a
// clause after a comma ("…, adding that").
func (st *state) isParticiple(i int) bool {
	if !strings.HasSuffix(st.toks[i].low, "ing") {
		return false
	}
	j := i - 1
	for j >= 0 && st.toks[j].mark {
		j--
	}
	if j >= 0 && st.toks[j].low == "," {
		return true
	}
	// "Clinton responded on Facebook writing, …": an -ing cue after an
	// earlier cue of its sentence shares that cue's speaker.
	lo := st.sents[st.sentAt(i)].t0
	for k := lo; k < i; k++ {
		if st.isCueStart(k) {
			return true
		}
	}
	return false
}

// placeAfterComma reports whether tokens (k, j) after the comma at k are a
// place that the place before the comma lies in: "Wilmington, N.C.",
// "Leeds, West Yorkshire".
func (st *state) placeAfterComma(k, j int) bool {
	if k < 1 || k+1 >= j {
		return false
	}
	mi := st.mentions()
	place := func(a, b int) bool {
		for _, i := range mi.endingAt(int(st.toks[b-1].e)) {
			if m := mi.ms[i]; (m.Type == "LOC" || m.Type == "GPE") && m.Start <= int(st.toks[a].s) {
				return true
			}
		}
		return false
	}
	return place(k+1, j) && place(k-1, k)
}

// auxiliaryOf reports whether token a is an auxiliary of the verb at c: a
// form of "have" before a participle, a modal or a form of "do" before a
// bare verb (not "had anything to do with the company deciding").
func (st *state) auxiliaryOf(a, c int) bool {
	tag := st.tagOf(st.toks[c])
	switch w := st.toks[a].low; {
	case w == "has" || w == "have" || w == "had":
		return tag == "VBN" || tag == "VBD"
	case w == "do" || w == "does" || w == "did" || st.tagOf(st.toks[a]) == "MD":
		return tag == "VB" || tag == "VBP" // (the tagger reads "ways argue" as a present tense)
	}
	return false
}

// adverbialPhraseStart returns the preposition opening a short phrase
// that ends at token j, a preposition and up to three determiners,
// adjectives or nouns in lower case ("in particular", "in some ways", "in
// recent weeks"), or -1 when none does.
func (st *state) adverbialPhraseStart(j, lo int) int {
	for k := j; k >= lo && j-k <= 3; k-- {
		t := st.toks[k]
		if !t.word || t.upper || t.region >= 0 {
			return -1
		}
		if prepositions[t.low] && t.low != "to" {
			if k == j {
				return -1
			}
			return k
		}
		if tag := st.tagOf(t); !(determiners[t.low] || tag == "JJ" || tag == "CD" || strings.HasPrefix(tag, "NN")) {
			return -1
		}
	}
	return -1
}

// monthAt reports whether token k names a month, not a person ("May" of
// "Brian May").
func (st *state) monthAt(k int) bool {
	return months[st.toks[k].low] && !(st.toks[k].upper && st.inPersonName(k))
}

// inName reports whether token k lies inside a name the entity layer
// found (a mention of two words or more).
func (st *state) inName(k int) bool {
	s, e := int(st.toks[k].s), int(st.toks[k].e)
	return st.inMention(k, func(m chronicle.Mention) bool { return m.Start < s || m.End > e })
}

// inPersonName reports whether token k lies inside a person mention.
func (st *state) inPersonName(k int) bool {
	return st.inMention(k, func(m chronicle.Mention) bool { return m.Type == "PERSON" })
}

// inMention reports whether token k lies inside a mention for which ok
// holds.
func (st *state) inMention(k int, ok func(chronicle.Mention) bool) bool {
	mi := st.mentions()
	s, e := int(st.toks[k].s), int(st.toks[k].e)
	i, j := mi.startingIn(max(0, s-64), s)
	for _, m := range mi.ms[i:j] {
		if m.Start <= s && m.End >= e && ok(m) {
			return true
		}
	}
	return false
}

// skipsBeforeCue reports whether token j may stand between a speaker and
// its cue: an auxiliary or an adverb of the list, or any adverb the
// tagger marks ("Sanders has routinely ticked off", "she could very well").
func (st *state) skipsBeforeCue(j int) bool {
	t := st.toks[j]
	if skipBeforeCue[t.low] {
		return !t.upper || !st.inPersonName(j) // not a name's: "Brian May has said", "May wrote"
	}
	if degreeWords[t.low] && j > 0 && j+1 < len(st.toks) {
		b := j - 1
		for b > 0 && st.adverbAt(b) {
			b--
		}
		if tag := st.tagOf(st.toks[j+1]); (tag == "JJ" || tag == "VBN") && beForms[st.toks[b].low] {
			return true // "I could not be more delighted by", "were even more pessimistic about"; not "most considered"
		}
	}
	return t.word && !t.upper && strings.HasPrefix(st.tagOf(t), "RB") && !nonSkipAdverbs[t.low]
}

// degreeWords grade an adjective: "more delighted", "less worried".
var degreeWords = setOf("more", "less", "most", "least")

// nonSkipAdverbs are adverbs that do not stand inside a speaker's verb
// group: "so", "there", "as".
var nonSkipAdverbs = setOf("so", "there", "as", "that", "thus", "therefore", "however", "instead", "otherwise")

// subject finds the speaker noun phrase ending just before the cue at c,
// not reaching before token lo. It returns the phrase's tokens [s, e).
func (st *state) subject(c, lo int) (int, int) {
	if a, b, ok := st.timeSpentOn(c); ok {
		return a, b
	}
	j := c - 1
	for j >= lo && st.skipsBeforeCue(j) {
		j--
	}
	if j >= lo && beForms[st.toks[j].low] && progressive(st.toks[c].low, st.toks[j].low) {
		// "Trump is (now) warning", "He's claiming".
		j--
		for j >= lo && st.skipsBeforeCue(j) {
			j--
		}
	}
	if j-1 > lo && dayParts[st.toks[j].low] && (st.toks[j-1].low == "this" || st.toks[j-1].low == "last" || st.toks[j-1].low == "next") {
		j -= 2 // "Trump this week also said"
	}
	if j-3 > lo && (dayParts[st.toks[j].low] || st.toks[j].low == "day") && st.toks[j-1].low == "the" && st.toks[j-2].low == "in" && laterWords[st.toks[j-3].low] {
		j -= 4 // "Gowdy earlier in the day touted"
		for j >= lo && st.skipsBeforeCue(j) {
			j--
		}
	}
	// A time phrase between the speaker and the cue: "Sean Spicer on
	// Thursday evening said", "Trump on Monday said", "an arbitration
	// panel in 2001 found", "prosecutors in April charged", "China has in
	// the past said".
	for k := j; k >= lo && j-k < 4; k-- {
		if w := st.toks[k].low; !timeWords[w] && !dayParts[w] && !dayWords[w] && w != "past" && !(w == "the" && k < j) && !laterWords[w] && !st.dateWord(k) {
			w := st.toks[k].low
			switch {
			case (w == "on" || w == "in" || w == "at") && k < j:
				j = k - 1
			case k < j && k > lo && (st.tagOf(st.toks[k]) == "VBN" || st.tagOf(st.toks[k]) == "VBD") && !st.toks[k].upper && st.nominal(k-1):
				j = k - 1 // a participle and its time: "A statement issued Tuesday said"
			case k < j && (timeWords[st.toks[k+1].low] && !dayParts[st.toks[k+1].low] || laterWords[st.toks[k+1].low]) && (w == "," || st.nominal(k)) && !st.toks[k].mark:
				// "Reince Priebus, the GOP chairman, this past week
				// announced", "Priebus later Thursday told"
				j = k
			default:
				k = lo // no time phrase
			}
			for j >= lo && st.skipsBeforeCue(j) {
				j--
			}
			break
		}
	}
	// An adverbial phrase after an auxiliary: "critics have in particular
	// noted", "its reaction will in some ways dictate".
	if p := st.adverbialPhraseStart(j, lo); p > lo && st.auxiliaryOf(p-1, c) {
		j = p - 1
		for j >= lo && st.skipsBeforeCue(j) {
			j--
		}
	}
	// A parenthesis: "Sen. Bernie Sanders (I-Vt.) said".
	if j > lo && st.toks[j].low == ")" {
		k := j - 1
		for k > lo && st.toks[k].low != "(" && j-k < 8 {
			k--
		}
		if st.toks[k].low == "(" {
			j = k - 1
		}
	}
	// An infinitive: "he went on to say", "Trump wants to tell"; after
	// the object of a verb that hands on the doing, the object does it:
	// "pressed Stumpf to admit", "led the journalist to fear".
	if j > lo && st.toks[j].low == "to" {
		v := j - 1
		for v > lo && j-v <= 6 && (st.nominal(v) || determiners[st.toks[v].low] || possessiveClitic(st.toks[v].low)) && st.toks[v].region < 0 {
			v--
		}
		if v < j-1 && objectControls[st.toks[v].low] {
			return v + 1, j
		}
		k, verb := j-1, false
		for k >= lo && j-k <= 3 && st.toks[k].word && !st.toks[k].upper && !pronouns[st.toks[k].low] && !clauseStarts[st.toks[k].low] && !coordinators[st.toks[k].low] && st.toks[k].low != "the" && st.toks[k].low != "a" && st.toks[k].low != "an" &&
			!(verb && strings.HasPrefix(st.tagOf(st.toks[k]), "NN")) { // (past a verb group only its subject: "Many EU ministers | are thought to")
			verb = verb || strings.HasPrefix(st.tagOf(st.toks[k]), "VB")
			k--
		}
		if k < j-1 {
			j = k
			for j >= lo && st.skipsBeforeCue(j) {
				j--
			}
		}
	}
	// A parenthetical between dashes: "Murphy — after a gesture — told",
	// "The United States and others - including … - want".
	if j > lo && isDash(st.toks[j].low) {
		k := j - 1
		for k > lo && !isDash(st.toks[k].low) && st.toks[k].region < 0 && !st.toks[k].mark && j-k < 25 {
			k--
		}
		if k > lo && isDash(st.toks[k].low) {
			if s, e := st.np(k-1, lo); e > s {
				return s, e
			}
		}
		return c, c
	}
	// An appositive or parenthetical: "Trump, who …, said", "Bill
	// Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said".
	if j >= lo && st.toks[j].low == "," {
		k := j - 1
		for k >= lo && st.toks[k].low != "," && j-k < 25 {
			if b := st.shortQuoteBefore(k); b < k && st.toks[b].low != "," {
				k = b // (a quoted title set off by commas is an appositive of its own: `his book, “Sin Miedo”,`)
				continue
			}
			if st.toks[k].region >= 0 || st.toks[k].mark {
				break
			}
			k--
			if k > lo && st.toks[k].low == "," && st.placeAfterComma(k, j) {
				k-- // "Trump, speaking at a rally in Wilmington, N.C., warned": one appositive
			}
		}
		// A relative clause holding commas of its own: "Westmacott, who
		// served in Iran, Turkey and France, praised".
		// (A subject relative: in "its exchange rate, which G7 nations, in
		// particular the US, have blamed" the nations speak.)
		for r := k; r > lo+1 && r+1 < j && j-r <= 30 && st.toks[r].region < 0 && !st.toks[r].mark; r-- {
			if w := st.toks[r].low; (w == "who" || w == "which" || w == "whose") && st.toks[r-1].low == "," {
				// (After "whose" the clause's own verb comes before the comma
				// that closes it: "Marco Rubio, whose hometown, Miami, is
				// projected …, argues".)
				if n := st.toks[r+1]; w == "whose" && st.finite(r+1, j) || w != "whose" && !st.nominal(r+1) && !determiners[n.low] && !pronouns[n.low] {
					k = r - 1
				}
				break
			}
		}
		if k > lo && st.toks[k].low == "," {
			p := k - 1
			if st.toks[p].low == ")" {
				// "Sen. Rob Portman (R-Ohio), another incumbent, said"
				q := p - 1
				for q > lo && st.toks[q].low != "(" && p-q < 8 {
					q--
				}
				if st.toks[q].low == "(" {
					p = q - 1
				}
			}
			// More appositives before it: "Mr Mubanga, 32, from Wembley,
			// London, said".
			for hops := 0; hops < 3; hops++ {
				b := p
				for b > lo && st.toks[b].low != "," && p-b < 8 {
					b--
				}
				if b <= lo || st.toks[b].low != "," || b+1 > p {
					break
				}
				if w := st.toks[b+1].low; !isDigit(w) && w != "from" && w != "of" && w != "in" && w != "aged" {
					break
				}
				p = b - 1
			}
			s, e := st.np(p, lo)
			if s-2 >= lo && prepositions[st.toks[s-1].low] && st.timePhrase(s, e) && strings.HasPrefix(st.tagOf(st.toks[s-2]), "NN") {
				if hs, he := st.np(s-2, lo); he == s-1 && hs < he {
					s = hs // "A study in 2000, which was commissioned by …, found"
				}
			}
			if e == s+1 && s-1 == lo && prepositions[st.toks[lo].low] && !st.toks[s].upper {
				// A fronted adverbial, no subject: "In fact, the only time
				// Clinton came up was when …, referred to".
				return c, c
			}
			if e > s && s > lo && prepositions[st.toks[s-1].low] && !subordinators[st.toks[s-1].low] && st.toks[s-1].low != "of" {
				// What stands before the comma is the object in a fronted
				// phrase, no subject with an appositive: "Tuesday …, after
				// winning Ohio in the primary, Gov. John Kasich (R-OH),
				// said"; the person between the commas speaks (not in "the
				// play's organiser in Uganda, Sarah Mukasa, told").
				a, b := k+1, j
				if st.toks[b-1].low == ")" {
					for q := b - 2; q > a; q-- {
						if st.toks[q].low == "(" {
							b = q
							break
						}
					}
				}
				f := st.toks[st.firstWord(lo, k)].low
				fronted := prepositions[f] || subordinators[f] || dayWords[f]
				if b > a && fronted && st.capitalised(a, b) && st.personSubject(a, b) && !st.personIn(lo, k) {
					return a, b
				}
			}
			if e > s {
				return s, e
			}
		}
		return c, c
	}
	if j >= lo && (st.toks[j].low == "who" || st.toks[j].low == "which") {
		return j, j + 1 // the relative pronoun; resolve finds its antecedent
	}
	if j-2 >= lo && (st.toks[j].low == "whom" || st.toks[j].low == "which") && st.toks[j-1].low == "of" && (quantifiers[st.toks[j-2].low] || floating[st.toks[j-2].low]) {
		return j - 2, j + 1 // "many of whom say"
	}
	s, e := st.np(j, lo)
	v := s - 1 // the word before the phrase, past a quantity's hedge: "are more than 150 drugmakers"
	if v-2 >= lo && st.toks[v].low == "than" && (st.toks[v-1].low == "more" || st.toks[v-1].low == "less" || st.toks[v-1].low == "fewer") {
		v -= 2
	} else if v-1 >= lo && quantityHedges[st.toks[v].low] {
		v--
	}
	if e > s && s > lo && v >= lo && strings.HasPrefix(st.tagOf(st.toks[v]), "VB") && (!beForms[st.toks[v].low] || v < s-1) && !st.isCueStart(v) {
		// A phrase after a verb is its object: "and" in it joins two
		// clauses, the speaker is the conjunct after it ("could take
		// months and Icann officials warned"; two names stay together:
		// "helped Microsoft and Sony"; after a cue the phrase is the
		// subject of its clause: "said the security services and police
		// backed").
		for a := e - 2; a > s; a-- {
			if st.toks[a].low == "and" {
				if !(st.toks[a-1].upper && st.toks[a+1].upper) {
					s = a + 1
				}
				break
			}
		}
	}
	if e > s && isFiniteTag(st.tagOf(st.toks[c])) {
		if as, ae := st.subjectRelative(s, lo); ae > as && !namingCues[st.toks[c].low] {
			return as, ae
		}
		if as, ae := st.openAppositive(s, lo, c); ae > as {
			return as, ae
		}
	}
	// A participle phrase after the head: "A statement posted on the
	// website said", "Officials briefed on the talks said".
	// The head is a common noun and its phrase no object of a
	// preposition: not "the 1,000 shares tumbled after it said" nor "In a
	// statement issued on Wednesday Lord Woolf said".
	if p := s - 2; e > s && p-1 >= lo && prepositions[st.toks[s-1].low] && !subordinators[st.toks[s-1].low] && !pronouns[st.toks[s].low] &&
		strings.HasSuffix(st.toks[p].low, "ed") && st.toks[p].word && !st.toks[p].upper {
		if hs := st.headBefore(p, lo); hs >= 0 {
			return hs, e
		}
	}
	// A present participle and its object after the head: "The five
	// unions meeting Mr Prescott want", "Another intelligence source
	// speaking to Fox News said".
	p := s - 1
	if p-2 >= lo && (st.toks[p].low == "to" || st.toks[p].low == "with") && st.presentParticiple(p-1) {
		p--
	}
	if e > s && p-1 >= lo && st.presentParticiple(p) && !st.toks[p].upper && !st.isCueStart(p) && isFiniteTag(st.tagOf(st.toks[c])) {
		if hs := st.headBefore(p, lo); hs >= 0 {
			return hs, e
		}
	}
	return s, e
}

// shortQuoteBefore returns, when token k closes a short quoted name or
// title in title case (“Ted Cruz”, at most five words) inside a sentence,
// the token before its opening mark; else k.
func (st *state) shortQuoteBefore(k int) int {
	if k < 2 || k >= len(st.toks) || !st.toks[k].mark || st.toks[k-1].region < 0 {
		return k
	}
	rg := st.regions[st.toks[k-1].region]
	if rg.t1 != k || rg.t1-rg.t0 > 5 || rg.t0 < 2 || !st.toks[rg.t0-1].mark || st.sentAt(rg.t0-1) != st.sentAt(k) || !st.titleCase(rg.t0, rg.t1) {
		return k
	}
	return rg.t0 - 2
}

// headBefore returns the start of the noun phrase that ends before the
// participle at token p, if it is headed by a common noun and is no
// preposition's object; else -1.
func (st *state) headBefore(p, lo int) int {
	h := st.toks[p-1]
	hs, he := st.np(p-1, lo)
	if he != p || he <= hs || !h.word || st.tagOf(h) != "NN" && st.tagOf(h) != "NNS" || hs-1 >= lo && (prepositions[st.toks[hs-1].low] || st.tagOf(st.toks[hs-1]) == "IN") {
		return -1
	}
	return hs
}

// presentParticiple reports whether token p is a present participle:
// tagged so, or an "-ing" word tagged as a noun after a plural ("the five
// unions meeting Mr Prescott").
func (st *state) presentParticiple(p int) bool {
	t := st.tagOf(st.toks[p])
	return t == "VBG" || t == "NN" && strings.HasSuffix(st.toks[p].low, "ing") && p > 0 && st.tagOf(st.toks[p-1]) == "NNS"
}

// participleAfterHead returns where the head of speaker [sp0, sp1) ends:
// before a present participle that follows a common noun and takes an
// object of its own ("A lawyer representing Mr Doherty", "guests
// entering the ceremony"; not "deputy planning director"), else sp1. A
// past participle's agent stays the source ("The statement issued by
// Lycos").
func (st *state) participleAfterHead(sp0, sp1 int) int {
	for j := sp0 + 1; j+1 < sp1; j++ {
		p, o := st.toks[j-1], st.toks[j+1]
		if !strings.HasPrefix(st.tagOf(p), "NN") || p.upper && st.tagOf(p) != "NNS" || !st.presentParticiple(j) {
			continue
		}
		if determiners[o.low] || possessives[o.low] || o.upper {
			return j
		}
	}
	return sp1
}

// subjectRelative returns the antecedent of a subject relative clause
// that holds the noun phrase starting at token s, before a finite cue,
// and that no comma closed: in "The 28-year-old host who also presents Stars In Their
// Eyes said" and "Mr Galloway, who on Thursday won £150,000 in libel
// damages from the Daily Telegraph said" the speaker is the host and
// Galloway, not the show or the paper. A relative verb that takes a
// clause may hold the cue ("people who believe Trump said"): none then.
// It returns an empty span when there is no such clause.
func (st *state) subjectRelative(s, lo int) (int, int) {
	r := s - 1
	for r > lo && s-r <= 20 {
		t := st.toks[r]
		if t.low == "who" || t.low == "which" {
			break
		}
		if t.low == "," || t.low == ";" || t.low == ":" || t.low == "(" || t.low == ")" || isDash(t.low) || t.mark || t.region >= 0 ||
			clauseStarts[t.low] || subordinators[t.low] || t.low == "whom" || t.low == "whose" || t.low == "than" || t.low == "as" {
			return 0, 0 // "Mr. Obama, who gets less credit than aides say"
		}
		r--
	}
	if r <= lo || r == s-1 || st.toks[r].low != "who" && st.toks[r].low != "which" {
		return 0, 0
	}
	v := r + 1
	for v < s && v-r <= 4 {
		if j := st.pastTimeAdjunct(v, s); j > v {
			v = j // "who on Thursday won"
		} else if st.adverbAt(v) || st.tagOf(st.toks[v]) == "RB" {
			v++ // "who also presents"
		} else {
			break
		}
	}
	if v >= s || !isFiniteTag(st.tagOf(st.toks[v])) || st.isCueStart(v) || clauseVerbs[st.toks[v].low] {
		return 0, 0
	}
	for k := v + 1; k < s; k++ {
		if t := st.tagOf(st.toks[k]); isFiniteTag(t) || t == "MD" {
			return 0, 0 // "murderers who face a 15-year tariff could get five years knocked off"
		}
	}
	a := r - 1
	if st.toks[a].low == "," {
		a--
	}
	if a < lo {
		return 0, 0
	}
	// The antecedent opens the sentence's main clause: after a comma it
	// may be an appositive ("…, a service which would allow users to
	// receive phone calls").
	as, ae := st.np(a, lo)
	if ae != a+1 || !st.contentful(as, ae) {
		return 0, 0
	}
	if st.commaIn(lo, as) {
		// Only the comma closing a fronted clause: "Although there is no
		// such overlap, a White House official who spoke anonymously to
		// discuss internal strategy said".
		if ms, _ := st.mainSubject(st.sentAt(as)); ms != as {
			return 0, 0
		}
	}
	return as, ae
}

// openAppositive returns the name before an appositive "of" or "from"
// phrase that holds the noun phrase starting at token s and that no comma
// closed before the cue: in "Dr Erel Avineri, of the Centre for Transport
// and Society at the University of the West of England in Bristol said"
// the speaker is Dr Avineri. A person's name opening the sentence before
// a described appositive is the speaker too ("Sam Lau, the communications
// director for the Iowa Democratic Party said"). It returns an empty span
// when there is none. Token c is the cue.
func (st *state) openAppositive(s, lo, c int) (int, int) {
	for k := s - 1; k > lo && s-k <= 20; k-- {
		t := st.toks[k]
		if t.low == "," {
			w := st.toks[k+1].low
			// (Not before a parenthetical cue: "Mr. Obama, officials
			// said, has become …".)
			described := k+1 == s && (determiners[w] || isTitleWord(w)) && !(c+1 < len(st.toks) && st.toks[c+1].low == ",")
			if (w != "of" && w != "from" && !described) || !st.toks[k-1].upper || st.tagOf(st.toks[k-1]) != "NNP" {
				return 0, 0
			}
			as, ae := st.np(k-1, lo)
			if ae != k || !st.contentful(as, ae) || described && (as != lo || !st.personSubject(as, ae)) {
				return 0, 0
			}
			return as, ae
		}
		if !t.word || t.mark || t.region >= 0 || isFiniteTag(st.tagOf(t)) || clauseStarts[t.low] || subordinators[t.low] || relatives[t.low] {
			return 0, 0
		}
	}
	return 0, 0
}

// clauseVerbs take a clause without "that" and are no cues: in "ideas
// which means companies like BT want" the cue's subject is the clause's.
var clauseVerbs = setOf("means", "meant", "mean", "ensures", "ensured", "ensure", "implies", "implied", "guarantees", "guaranteed", "proves", "proved")

// verbBeforeObject returns the finite verb right before the noun phrase
// that ends at token j ("used [a Christmas message]"), or -1: the phrase
// is a determiner or possessive and up to four words ending in a common
// noun.
func (st *state) verbBeforeObject(j, lo int) int {
	if j <= lo || !strings.HasPrefix(st.tagOf(st.toks[j]), "NN") || st.toks[j].region >= 0 {
		return -1
	}
	for k := j - 1; k >= lo && j-k <= 5; k-- {
		t := st.toks[k]
		if t.region >= 0 || t.mark || !t.word {
			return -1
		}
		switch tag := st.tagOf(t); {
		case t.low == "the" || t.low == "a" || t.low == "an" || tag == "PRP$":
			if k-1 >= lo && isFiniteTag(st.tagOf(st.toks[k-1])) && !beForms[st.toks[k-1].low] {
				return k - 1
			}
			return -1
		case strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "JJ") || tag == "CD":
		default:
			return -1
		}
	}
	return -1
}

// objectControls hand an infinitive after their object to the object:
// "urged France to condemn", "forced the minister to deny".
var objectControls = setOf("asked", "asks", "urged", "urges", "told", "tells", "persuaded", "convinced",
	"forced", "invited", "encouraged", "ordered", "required", "prompted", "pressed", "allowed", "allows",
	"expected", "expects", "wanted", "wants", "called", "calls", "challenged", "begged", "instructed", "led", "leads")

// expected handles the sourceless prediction "X is expected to …" at
// the be-form at k, as PolNeAR reads it: the content is the whole clause
// from its subject (or relative pronoun) on, the cue "is expected", and
// there is no speaker. It reports whether it added one.
func (st *state) expected(si, k int) bool {
	s := st.sents[si]
	if !beForms[st.toks[k].low] || st.toks[k].region >= 0 {
		return false
	}
	j := k + 1
	for j < s.t1 && j-k <= 2 && (st.adverbAt(j) || floating[st.toks[j].low]) { // "are all expected to"
		j++
	}
	if j+1 >= s.t1 || st.toks[j].low != "expected" || st.toks[j+1].low != "to" {
		return false
	}
	a := s.t0
	for i := k - 1; i >= s.t0; i-- {
		w := st.toks[i].low
		if w == "which" || w == "who" || w == "that" {
			a = i
			break
		}
		if w == "," && i == k-1 {
			if o := st.adverbialAside(i, s.t0); o > s.t0 {
				i = o // "The UK economy, on the other hand, is expected to slow"
				continue
			}
		}
		if isDash(w) && i == k-1 {
			o := i - 1 // "more than 140,000 shoppers - an all-time record - were expected"
			for o > s.t0 && i-o < 12 && !isDash(st.toks[o].low) && st.toks[o].region < 0 {
				o--
			}
			if o > s.t0 && isDash(st.toks[o].low) {
				i = o
				continue
			}
		}
		if w == "," && i > s.t0 && (st.listComma(i, k) || st.toks[i+1].low == "including") {
			continue // "Sony, Microsoft and Nintendo are all expected", "British hopefuls, including Kate Winslet, …"
		}
		if w == "," || w == ";" || isDash(w) || st.toks[i].region >= 0 || st.toks[i].mark {
			a = i + 1
			break
		}
	}
	if a < k && (st.toks[a].low == "but" || st.toks[a].low == "and") {
		a++ // "- but it is widely expected to be 5 May"
	}
	b := st.contentEnd(si, j+1)
	if b-a < 4 {
		return false
	}
	st.addClause(si, a, b, 0, 0, k, j+1)
	return true
}

// listComma reports whether the comma at token i separates items of a
// list of names or noun phrases that "and" or "or" closes before token k:
// "Sony, Microsoft and Nintendo", "Growth, inflation, the balance of
// payments and foreign exchange reserves".
func (st *state) listComma(i, k int) bool {
	item := func(j int) bool { return st.nominal(j) || determiners[st.toks[j].low] }
	if !st.nominal(i-1) && !st.toks[i-1].upper || i+1 >= k || !item(i+1) {
		return false // (a name opening a sentence may be tagged as an adverb: "Sony,")
	}
	for j := i + 1; j < k; j++ {
		switch w := st.toks[j].low; {
		case w == "and" || w == "or":
			return j+1 < k && item(j+1)
		case !item(j) && w != "," && w != "of":
			return false
		}
	}
	return false
}

// adverbialAside returns the comma opening an adverbial set off by commas
// that ends with the comma at c ("The UK economy, on the other hand, is
// …", "Growth, however, is …"), after a word of the subject; -1 when there
// is none.
func (st *state) adverbialAside(c, lo int) int {
	for o := c - 1; o > lo && c-o <= 5; o-- {
		t := st.toks[o]
		if t.low == "," {
			first := st.toks[o+1].low
			if o+1 < c && st.toks[o-1].word && (prepositions[first] || st.adverbAt(o+1) || first == "however") && !st.finite(o+1, c) {
				return o
			}
			return -1
		}
		if !t.word || t.region >= 0 {
			return -1
		}
	}
	return -1
}

// impersonalAfter reports whether the comma at token c ends a clause
// that an impersonal passive closing the sentence reports: "…, it is
// reported.", "…, it was claimed last night.".
func (st *state) impersonalAfter(c int) bool {
	s := st.sents[st.sentAt(c)]
	if st.toks[c].low != "," || c+3 >= s.t1 || st.toks[c+1].low != "it" || !beForms[st.toks[c+2].low] {
		return false
	}
	j := c + 3
	for j < s.t1 && j-c <= 4 && st.adverbAt(j) {
		j++
	}
	if j >= s.t1 || !impersonalCues[st.toks[j].low] {
		return false
	}
	return st.adjunctOnly(j+1, s.t1)
}

// impersonalCues are participles of "it is said that"-style passives.
var impersonalCues = setOf("said", "reported", "believed", "thought", "alleged", "claimed", "announced",
	"understood", "feared", "known", "rumored", "rumoured", "estimated", "argued", "suggested", "assumed")

// impersonal handles "it was reported that X" at the be-form at k, and
// "it (has) emerged that X" at the verb or its auxiliary: X is a
// sourceless attribution, the cue "was reported" or "emerged". It
// reports whether it added one.
func (st *state) impersonal(si, k int) bool {
	s := st.sents[si]
	if k-1 < s.t0 || st.toks[k-1].low != "it" || st.toks[k].region >= 0 {
		return false
	}
	if e := k + boolInt(st.toks[k].low == "has" || st.toks[k].low == "had"); e+2 < s.t1 && emergeVerbs[st.toks[e].low] && st.toks[e+1].low == "that" {
		b := st.contentEnd(si, e+2)
		if b-(e+2) < 3 {
			return false
		}
		st.addClause(si, e+2, b, 0, 0, k, e+1)
		return true
	}
	if !beForms[st.toks[k].low] {
		return false
	}
	if k-2 > s.t0 && st.impersonalAfter(k-2) {
		// Postposed: "X plans to sue the government, it is reported."
		a := st.firstWord(s.t0, k-2)
		if k-2-a < 3 {
			return false
		}
		j := k + 1
		for j+1 < s.t1 && st.adverbAt(j) {
			j++
		}
		st.addClause(si, a, k-2, 0, 0, k, j+1)
		return true
	}
	j := k + 1
	for j < s.t1 && j-k <= 2 && st.adverbAt(j) {
		j++
	}
	if j+2 >= s.t1 || !impersonalCues[st.toks[j].low] || st.toks[j+1].low != "that" {
		return false
	}
	b := st.contentEnd(si, j+2)
	if b-(j+2) < 3 {
		return false
	}
	st.addClause(si, j+2, b, 0, 0, k, j+1)
	return true
}

// claimNouns report speech or belief when a "that"-clause follows them:
// "Trump's claim that …", "his belief that …".
var claimNouns = setOf("claim", "claims", "assertion", "assertions", "view", "belief", "beliefs", "argument",
	"suggestion", "insistence", "contention", "allegation", "allegations", "warning", "promise", "pledge",
	"prediction", "statement", "declaration", "admission", "accusation", "accusations", "charge", "complaint",
	"hope", "fear", "fears", "concern", "concerns", "insinuation", "boast", "vow", "threat", "announcement")

// possessives are determiners naming the speaker of a nominal cue.
var possessives = setOf("his", "her", "their", "its", "my", "our", "your")

// nominalCue handles a claim noun at k followed by a "that"-clause:
// "Trump's claim that X" reports X with speaker Trump and cue "claim";
// "his belief that X" has speaker "his"; "the belief that X", "growing
// concerns that X" have none. It reports whether
// it added one.
func (st *state) nominalCue(si, k int) bool {
	s := st.sents[si]
	t := st.toks[k]
	if t.region < 0 && k+2 < s.t1 && k-1 >= s.t0 && st.toks[k+1].low == "to" && intentNouns[t.low] && st.infinitiveAt(k+2) {
		return st.intentNoun(si, k)
	}
	if t.region >= 0 || k+2 >= s.t1 || k-1 < s.t0 || st.toks[k+1].low != "that" || !claimNouns[t.low] {
		return false
	}
	if st.tagged && st.tagOf(t) != "" && !strings.HasPrefix(st.tagOf(t), "NN") {
		return false
	}
	var sp0, sp1 int
	q := k - 1 // past adjectives: "Electrolux's separate announcement that"
	for q-1 >= s.t0 && k-q <= 2 && st.tagOf(st.toks[q]) == "JJ" && st.toks[q].word && (possessives[st.toks[q-1].low] || possessiveClitic(st.toks[q-1].low) || st.tagOf(st.toks[q-1]) == "JJ") {
		q--
	}
	p := st.toks[q].low
	switch {
	case possessives[p]:
		sp0, sp1 = q, q+1
	case possessiveClitic(p):
		sp0, sp1 = st.np(q-1, s.t0)
		if sp1 <= sp0 {
			return false
		}
	case articles[p] || st.tagOf(st.toks[k-1]) == "JJ":
		sp0, sp1 = k, k // "the belief that X", "growing concerns that X": no speaker
	default:
		return false
	}
	// "the claim that the man who …" is a clause only when a verb follows
	// somewhere: the content ends as reported clauses do, or, when the
	// claim is the sentence's subject, before the main verb: "Trump's
	// claim that Mexico will pay was mocked".
	b := st.contentEnd(si, k+2)
	if b-(k+2) < 3 || !st.finite(k+2, b) {
		return false
	}
	if !st.finite(s.t0, sp0) {
		seen := false
		for j := k + 2; j < b; j++ {
			if !isFiniteTag(st.tagOf(st.toks[j])) {
				continue
			}
			if prev := st.toks[j-1]; seen && !isFiniteTag(st.tagOf(prev)) && !st.adverbAt(j-1) && !conjunctions[prev.low] && !clauseStarts[prev.low] && prev.low != "who" && prev.low != "which" && prev.low != "," {
				b = j
				break
			}
			seen = true
		}
	}
	st.useCue(k)
	st.addClause(si, k+2, b, sp0, sp1, k, k+1)
	return true
}

// intentNouns report an intention when an infinitive follows them: "his
// pledge to cut taxes".
var intentNouns = setOf("pledge", "promise", "vow", "threat", "plan", "plans", "decision", "agreement", "proposal",
	"determination", "refusal", "reluctance", "commitment", "commitments", "call", "calls", "effort", "efforts",
	"bid", "push", "desire", "intention", "willingness", "attempt", "offer", "demand", "demands", "request")

// intentNoun handles a possessed intention noun at k followed by an
// infinitive: the infinitive clause is the content and the possessor the
// speaker ("Trump's pledge to X", "his refusal to X"). Unpossessed ones
// ("an agreement to X") are left out: on PolNeAR train only a third of
// them are attributions.
func (st *state) intentNoun(si, k int) bool {
	s := st.sents[si]
	t := st.toks[k]
	if st.tagged && st.tagOf(t) != "" && !strings.HasPrefix(st.tagOf(t), "NN") {
		return false
	}
	var sp0, sp1 int
	p := st.toks[k-1]
	switch {
	case possessives[p.low]:
		sp0, sp1 = k-1, k
	case possessiveClitic(p.low):
		sp0, sp1 = st.np(k-2, s.t0)
		if sp1 <= sp0 {
			return false
		}
	default:
		return false
	}
	b := st.contentEnd(si, k+1)
	if b-(k+1) < 3 {
		return false
	}
	st.useCue(k)
	st.addClause(si, k+1, b, sp0, sp1, k, k+1)
	return true
}

// postNominal participles follow the noun they describe in a speaker:
// "those surveyed", "voters polled".
var postNominal = setOf("surveyed", "polled", "interviewed", "questioned", "asked", "contacted", "sampled")

// dayParts may follow a day name in a time phrase: "Thursday evening".
var dayParts = setOf("morning", "afternoon", "evening", "night", "week", "month", "year", "weekend")

// headlineCues are the cue forms a title-case headline uses.
var headlineCues = setOf("says", "say", "said", "shows", "show", "calls", "warns", "claims", "tells", "urges",
	"slams", "blasts", "vows", "admits", "denies", "insists", "predicts", "suggests", "wants", "thinks")

// titleCaseSent reports whether most words of sentence si are capitalised,
// as in a headline.
func (st *state) titleCaseSent(si int) bool {
	s := st.sents[si]
	words, upper := 0, 0
	for k := s.t0; k < s.t1 && k-s.t0 < 40; k++ {
		t := st.toks[k]
		if !t.word || stopWords[t.low] {
			continue
		}
		words++
		if t.upper {
			upper++
		}
	}
	return words >= 3 && 5*upper >= 4*words
}

// floating quantifiers may follow the subject they quantify.
var floating = setOf("both", "all", "each")

// quantifiers can stand alone as speakers: "many said", "a third said".
var quantifiers = setOf("many", "most", "some", "both", "few", "several", "others", "half", "third", "quarter", "majority", "minority", "plurality")

// definite open a noun phrase that names a known thing or every one of
// a set: "the case", "each state", "all countries".
var definite = setOf("the", "this", "these", "those", "each", "every", "all", "both", "many", "most")

// npBadStarts cannot open the noun-phrase content of a cue: they start an
// adjunct ("a report issued in May", "compared with the October debate").
var npBadStarts = setOf("in", "with", "as", "while", "when", "after", "before", "during", "since", "until", "at")

// npWants are infinitive cues that also take a noun phrase: "they want
// those things now".
var npWants = setOf("want", "seek", "demand")

// isDash reports whether w is a dash token.
func isDash(w string) bool { return w == "—" || w == "–" || w == "--" || w == "-" }

// np collects a noun phrase leftwards from token j (inclusive).
func (st *state) np(j, lo int) (int, int) {
	if j < lo || j < 0 {
		return j + 1, j + 1
	}
	t := st.toks[j]
	if t.region >= 0 || t.mark {
		return j + 1, j + 1
	}
	if pronouns[t.low] {
		return j, j + 1
	}
	// "many said", "most of them said", "a third said", "both think".
	if floating[t.low] && j-1 >= lo {
		// A floating quantifier: "Cruz and Rubio have both urged", "He and
		// Goodlatte both condemned".
		k := j - 1
		for k >= lo && skipBeforeCue[st.toks[k].low] {
			k--
		}
		if k >= lo && (st.nominal(k) || st.toks[k].low == ")" || st.toks[k].low == "," || pronouns[st.toks[k].low]) {
			if s, e := st.subject(k+1, lo); e > s {
				return s, e
			}
		}
	}
	if quantifiers[t.low] {
		if j-1 >= lo && (st.toks[j-1].low == "a" || st.toks[j-1].low == "the") {
			return j - 1, j + 1
		}
		return j, j + 1
	}
	if (t.low == "them" || t.low == "us") && j-2 >= lo && st.toks[j-1].low == "of" && quantifiers[st.toks[j-2].low] {
		return j - 2, j + 1
	}
	// "those surveyed say", "voters polled said": a post-nominal
	// participle ends the speaker.
	if postNominal[t.low] && j-1 >= lo {
		if s, e := st.np(j-1, lo); e > s {
			return s, j + 1
		}
		if w := st.toks[j-1].low; w == "those" || w == "people" {
			return j - 1, j + 1
		}
	}
	// "47% say", "52 percent believe", "Forty-three per cent thought".
	if (t.low == "%" || t.low == "percent") && j-1 >= lo && j-1 >= 0 && unicode.IsDigit(rune(st.toks[j-1].low[0])) {
		return j - 1, j + 1
	}
	if t.low == "cent" && j-2 >= lo && st.toks[j-1].low == "per" {
		if n := j - 2; numeral(st.toks[n].low) {
			if n-1 >= lo && (st.toks[n-1].low == "some" || st.toks[n-1].low == "about" || st.toks[n-1].low == "only") {
				n--
			}
			return n, j + 1
		}
	}
	e := j + 1
	s := e
	for k := j; k >= lo && e-k <= 10; k-- {
		t := st.toks[k]
		if t.region >= 0 || t.mark {
			break
		}
		if possessiveClitic(t.low) || t.low == "'" || t.low == "’" {
			if k == j {
				break
			}
			s = k
			continue
		}
		if !t.word && t.low != "&" && t.low != "-" {
			break
		}
		if determiners[t.low] {
			s = k
			break
		}
		if npLinks[t.low] {
			// Only between nominal words.
			if k-1 < lo || k+1 >= e || !st.nominal(k-1) {
				break
			}
			s = k
			continue
		}
		if !st.nominal(k) && !(k+1 < e && (nounCompounds[t.low+" "+st.toks[k+1].low] || st.prenominal(k))) {
			break // (a participle before its noun stays: "the Premier League's governing body")
		}
		s = k
	}
	// Drop links left dangling at the start.
	for s < e && npLinks[st.toks[s].low] {
		s++
	}
	if s >= e {
		return e, e
	}
	// "three out of four girls said", "One in four said": the share.
	if n := s - 1; n-1 >= lo && (st.toks[n].low == "in" || st.toks[n].low == "of" && n-2 >= lo && st.toks[n-1].low == "out") {
		if st.toks[n].low == "of" {
			n--
		}
		if numeral(st.toks[n-1].low) && numeral(st.toks[s].low) {
			s = n - 1
		}
	}
	// "a turnover of £392.1m and experts suggest": an amount is no
	// conjunct of a speaker.
	for k := s; k < e; k++ {
		if st.toks[k].low == "and" && st.amounts(s, k) && !st.amounts(k+1, e) {
			s = k + 1
		}
	}

	// "Friends of the actress", "advisers to Mr. Obama", "sources close
	// to Gordon Brown": a noun and its complement, past the determiner
	// or title that stopped the walk. The noun heads the phrase.
	linked := false
	for s-2 >= lo && e-s <= 10 && !determiners[st.toks[e-1].low] {
		link, h := st.toks[s-1].low, s-2
		if link == "to" && st.toks[h].low == "close" {
			h--
		}
		if h < lo || !(link == "of" || link == "for" || link == "at" || link == "to" && (h < s-2 || toNouns[st.toks[h].low])) {
			break
		}
		if link == "of" && st.toks[h].low == "%" && h-1 >= lo && isDigit(st.toks[h-1].low) {
			s, linked = h-1, true // "44% of respondents", as "44 percent of" is
			break
		}
		// (A capitalised noun is a name's word, unless it opens the
		// sentence or follows "the": "The Speaker of the House said",
		// "Speaker of the House Paul Ryan said".)
		if st.toks[h].upper && !toNouns[st.toks[h].low] && h > lo && !determiners[st.toks[h-1].low] || !st.nominal(h) || st.toks[h].region >= 0 {
			break
		}
		hs, he := st.np(h, lo)
		if he != h+1 || hs >= he {
			break
		}
		s, linked = hs, true
	}
	if linked {
		return s, e
	}

	// "On Tuesday Sir Alan said", "In Tanzania Mr Brown said": a fronted
	// phrase of time or place runs into the name, which opens at its
	// honorific.
	if s-1 >= lo && prepositions[st.toks[s-1].low] {
		for h := s + 1; h < e-1; h++ {
			if honorifics[strings.TrimSuffix(st.toks[h].low, ".")] && st.toks[h].upper {
				return h, e
			}
		}
	}

	// "a result Trump hailed": keep the trailing proper name when a common
	// noun precedes it, but not when a preposition links them: "the court
	// in Washington" is a court, "the head of BP" a head.
	if st.toks[e-1].upper {
		n := e - 1
		for n > s && (st.toks[n-1].upper || npLinks[st.toks[n-1].low] && st.toks[n-1].low != "and") {
			n--
		}
		for n < e && npLinks[st.toks[n].low] {
			n++
		}
		if n-1 > s && (npLinks[st.toks[n-1].low] && st.toks[n-1].low != "and" || st.toks[n-1].low == "to") {
			return s, e // "the mother of Joseph Smith", "critics of Tony Blair"
		}
		for k := s; k < n; k++ {
			tk := st.toks[k]
			if !tk.upper && !determiners[tk.low] && !npLinks[tk.low] && !possessiveClitic(tk.low) && !isTitleWord(tk.low) &&
				!(determiners[st.toks[s].low] && strings.HasPrefix(st.tagOf(tk), "JJ")) { // after a determiner an adjective modifies the name: "A super PAC"
				return n, e
			}
		}
	}
	return s, e
}

// conjoined returns the start of a coordinated subject whose last conjunct
// starts at token s: "He and the Archbishop of Canterbury have both spoken
// out" is spoken by both. Only a subject pronoun or a noun phrase that
// opens the clause (at lo) is taken as the first conjunct, so that "…
// wants the votes and Peña Nieto wants" stays two clauses.
func (st *state) conjoined(s, lo int) int {
	if s-2 < lo || st.toks[s-1].low != "and" || st.toks[s-1].region >= 0 {
		return s
	}
	if p := st.toks[s-2].low; pronouns[p] && p != "it" && p != "you" {
		if s-2 == lo || !st.toks[s-3].word {
			return s - 2
		}
		return s
	}
	if ls, le := st.np(s-2, lo); le == s-1 && ls == lo && le > ls {
		return ls
	}
	return s
}

// nominal reports whether token k can be part of a speaker noun phrase.
func (st *state) nominal(k int) bool {
	t := st.toks[k]
	if !t.word && t.low != "-" {
		return false
	}
	if st.tagged && st.tagOf(t) != "" {
		switch {
		case strings.HasPrefix(st.tagOf(t), "NN"), strings.HasPrefix(st.tagOf(t), "JJ"), st.tagOf(t) == "CD", st.tagOf(t) == "VBN" && t.upper,
			t.upper && st.inName(k): // "Downing Street said": a name's word tagged a verb
			return !stopWords[t.low] || t.upper && !pronouns[t.low] && !clauseStarts[t.low] && t.low != "and" && t.low != "but"
		}
		return false
	}
	if t.upper {
		txt := st.text[t.s:t.e]
		if len(txt) >= 2 && strings.ToUpper(txt) == txt {
			return true // US, CNN
		}
		if pronouns[t.low] || objPronouns[t.low] {
			return false
		}
		first := k == st.sents[st.sentAt(k)].t0 || st.toks[k-1].mark || !st.toks[k-1].word
		return !first || !stopWords[t.low]
	}
	if stopWords[t.low] || objPronouns[t.low] || pronouns[t.low] {
		return false
	}
	// A lower-case word: accept nouns that look like sources and titles,
	// and any word not ending like a verb or adverb.
	if isTitleWord(t.low) {
		return true
	}
	if strings.HasSuffix(t.low, "ly") || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.low)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

var titleWords = setOf("spokesman", "spokeswoman", "spokesperson", "official", "officials", "source",
	"sources", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "minister", "ministry",
	"secretary", "president", "candidate", "nominee", "senator", "sen.", "rep.", "gov.", "governor",
	"chairman", "chairwoman", "chair", "director", "manager", "leader", "leaders", "analyst",
	"analysts", "expert", "experts", "critic", "critics", "supporter", "supporters", "voter", "voters",
	"people", "campaign", "report", "reports", "poll", "polls", "survey", "study", "statement",
	"lawmaker", "lawmakers", "democrats", "republicans", "officer", "police", "prosecutors",
	"attorney", "lawyer", "lawyers", "press", "white", "house", "department", "agency", "media",
	"outlets", "outlet", "newspaper", "reporter", "reporters", "member", "members", "chief",
	"executive", "ceo", "founder", "author", "professor", "researchers", "researcher", "economist",
	"economists", "strategist", "strategists", "operative", "pollster", "pollsters", "documents",
	"government", "administration", "committee", "council", "party", "group", "organization",
	"foundation", "staff", "staffer", "staffers", "team", "friend", "friends", "ally", "allies",
	"opponent", "opponents", "rival", "rivals", "speaker", "mayor", "judge", "justice", "ambassador",
	"envoy", "commander", "general", "witness", "witnesses", "residents", "resident", "insiders",
	"observers", "commentators", "host", "anchor", "editor", "writer", "columnist", "data", "figures",
	"numbers", "records", "analysis", "findings", "release", "article", "book", "memo", "letter",
	"email", "emails", "post", "tweet", "ad", "website", "site", "us", "u.s.", "chinese", "american",
	"foreign", "state", "national", "federal", "senior", "former", "top", "deputy", "vice", "general",
	"republican", "democratic", "democrat", "republican", "gop", "conservative", "liberal", "election",
	"presidential", "political", "security", "defense", "trade", "commerce", "treasury", "justice")

func isTitleWord(w string) bool { return titleWords[w] }

// pastTitle returns, when token o opens a short quoted title that ends an
// addressee ("told ABC's “Good Morning America” on Monday the tone was
// cordial"), the token after it and any time phrase; else o.
func (st *state) pastTitle(o, hi int) int {
	if o >= hi || !st.toks[o].mark || st.toks[o].region >= 0 || o+1 >= hi || st.toks[o+1].region < 0 || o == 0 ||
		!(possessiveClitic(st.toks[o-1].low) || st.toks[o-1].upper) {
		return o
	}
	rg := st.regions[st.toks[o+1].region]
	if rg.close < 0 || rg.t1-rg.t0 > 5 || !st.titleCase(rg.t0, rg.t1) {
		return o
	}
	j := rg.t1
	for j < hi && st.toks[j].mark {
		j++
	}
	if j < hi && (st.toks[j].low == "on" || st.toks[j].low == "this" || st.toks[j].low == "last") && j+1 < hi && (st.dateWord(j+1) || dayParts[st.toks[j+1].low] || timeWords[st.toks[j+1].low]) {
		j += 2
	} else if j < hi && (st.dateWord(j) || timeWords[st.toks[j].low]) {
		j++
	}
	if j >= hi || !st.toks[j].word {
		return o
	}
	return j
}

// objectAfter skips an addressee noun phrase starting at i ("reporters",
// "The Post", "the crowd", "him") and returns the index after it.
func (st *state) objectAfter(i, hi int) int {
	if i >= hi {
		return i
	}
	t := st.toks[i]
	if t.region >= 0 || t.mark || clauseStarts[t.low] {
		return i
	}
	if objPronouns[t.low] {
		return i + 1
	}
	j := i
	if determiners[t.low] || possessives[t.low] && st.tagged {
		j++
		if j < hi && st.toks[j].word && !st.toks[j].upper && st.toks[j].region < 0 && !clauseStarts[st.toks[j].low] {
			j++ // "the crowd"
		}
		// "his closest advisers", "his monthly news conference": the
		// words before the head noun.
		for j < hi && j-i <= 4 && (st.tagOf(st.toks[j-1]) == "JJ" || strings.HasPrefix(st.tagOf(st.toks[j-1]), "NN")) && st.toks[j].word && !st.toks[j].upper && st.toks[j].region < 0 &&
			(strings.HasPrefix(st.tagOf(st.toks[j]), "NN") || st.tagOf(st.toks[j]) == "JJ") {
			j++
		}
		if st.tagged && j > i+1 && !st.toks[j-1].upper && strings.HasPrefix(st.tagOf(st.toks[j-1]), "NN") && (j >= hi || !possessiveClitic(st.toks[j].low)) {
			return j // a common noun heads it: "told his news conference Britain had …"
		}
	}
	for j < hi && j-i < 8 {
		t := st.toks[j]
		if t.region >= 0 || t.mark {
			break
		}
		// A name's possessive, a number in a name and the common noun
		// heading the phrase: "BBC Radio 4's Today programme", "Five's
		// Wright Stuff show".
		prevName := j > i && (st.toks[j-1].upper || isDigit(st.toks[j-1].low))
		if prevName && (possessiveClitic(t.low)) {
			j++
			continue
		}
		if !t.word || clauseStarts[t.low] {
			break
		}
		if prevName && (isDigit(t.low) || nameLinks[t.low] && j+1 < hi && st.toks[j+1].upper) {
			j++ // "Radio 4", "Breakfast with Frost"
			continue
		}
		if j > i && !t.upper {
			if e := st.outletAfterName(j, hi); e > j {
				j = e // "Britain's ITV television station", "the Reuters news agency"
				break
			}
			if st.headAfterName(j, hi) {
				j++
				break
			}
		}
		if !(t.upper || isTitleWord(t.low)) || pronouns[t.low] && t.low != "us" {
			break
		}
		j++
	}
	return j
}

// nameLinks join the words of a programme's or a body's name: "Breakfast
// with Frost", "Department of Health".
var nameLinks = setOf("of", "with", "and", "on")

// isDigit reports whether w starts with an ASCII digit.
func isDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// outletNouns head the name of a medium or a gathering one speaks to:
// "the AFP news agency", "BBC Radio 4's Today programme".
var outletNouns = setOf("agency", "programme", "program", "show", "newspaper", "paper", "website", "station",
	"channel", "television", "radio", "magazine", "network", "broadcaster", "newsletter", "podcast", "blog", "daily", "weekly")

// outletAfterName returns the token after a run of up to three lower-case
// nouns at j that follows a name and ends in an outlet noun ("ITV
// [television station]", "Reuters [news agency]"), unless a finite verb
// follows it; else j.
func (st *state) outletAfterName(j, hi int) int {
	if !st.toks[j-1].upper {
		return j
	}
	e := j
	for e < hi && e-j < 3 && st.toks[e].word && !st.toks[e].upper && st.toks[e].region < 0 && strings.HasPrefix(st.tagOf(st.toks[e]), "NN") {
		e++
	}
	if e == j || !outletNouns[st.toks[e-1].low] || e < hi && isFiniteTag(st.tagOf(st.toks[e])) {
		return j // "urges Nelly show boycott": the run ends in no outlet
	}
	return e
}

// headAfterName reports whether the lower-case word at j heads the noun
// phrase whose name comes before it ("Today programme", "Wright Stuff
// show"): a common noun after a capitalised word, before a colon, "that",
// a quote, the sentence's end or what opens a clause (a pronoun, "there",
// a determiner, a wh-word, a name).
func (st *state) headAfterName(j, hi int) bool {
	if !st.toks[j-1].upper || !strings.HasPrefix(st.tagOf(st.toks[j]), "NN") {
		return false
	}
	if j+1 >= hi {
		return true
	}
	n := st.toks[j+1]
	switch st.tagOf(n) {
	case "PRP", "EX", "DT", "WP", "WRB", "WDT", "NNP", "NNPS":
		return true
	}
	return n.low == ":" || n.low == "that" || n.low == "," || n.region >= 0 || n.mark || pronouns[n.low]
}

// contentEnd returns the end token of a reported clause starting at i in
// sentence si: the sentence end without final punctuation or closing marks
// outside any quote.
func (st *state) contentEnd(si, i int) int {
	e := st.sents[si].t1
	// A content inside a parenthesis or between dashes ends with it:
	// "The bill - which critics say is badly flawed - passed", "The
	// senator (who said the bill was flawed) voted for it"; so does one
	// in a relative clause set off by commas whose pronoun is the
	// object: "The plan, which officials said would cost $5bn, was …".
	if close := st.enclosingClose(si, i); close > i && close < e {
		e = close
	}
	// A content inside a fronted adjunct ends with it: "With
	// Republicans wondering about his ability to continue, Clinton's
	// scare has …", "Although Trump has admitted using the tax code, he
	// …".
	f := st.firstWord(st.sents[si].t0, i)
	for n := 0; n < 2 && f+1 < i && (conjunctions[st.toks[f].low] || st.adverbAt(f)) && !frontedOpeners[st.toks[f].low]; n++ {
		f++ // "But just as Trump's swoon had Republicans wondering about …, Clinton's scare has …"
	}
	// So does one inside a fronted free relative: "In what the party had
	// hoped would be a show of unity, he is due …".
	whatPhrase := f+1 < i && prepositions[st.toks[f].low] && st.toks[f+1].low == "what"
	if f < i && (frontedOpeners[st.toks[f].low] || whatPhrase) && !st.commaIn(f, i) {
		paren := 0
		for j := i + 1; j < e && j-i < 60; j++ {
			switch t := st.toks[j]; {
			case t.low == "(":
				paren++
			case t.low == ")":
				paren--
			case t.low == "," && paren <= 0 && t.region < 0 && j+1 < e && !isDigit(st.toks[j+1].low):
				e = j
			}
			if e == j {
				break
			}
		}
	}
	// Clause breaks are looked for in the first 150 tokens only: longer
	// "sentences" are lists or debris, and the scan must stay linear. A
	// semicolon inside a parenthesis opened in the clause is none: "net
	// profits of A$1.33bn ($1bn; £550m) in 2004".
	depth := 0
	for j := i + 1; j < e && j-i < 150; j++ {
		t := st.toks[j]
		if t.region >= 0 {
			continue
		}
		switch {
		case t.low == "(":
			depth++
		case t.low == ")" && depth > 0:
			depth--
		}
		if t.low == ";" && depth == 0 {
			e = j
			break
		}
		if (t.low == "," || t.low == "(" || t.low == "—") && j+2 < e && st.sourceAt(j+1, e) || st.impersonalAfter(j) {
			e = j // "…, according to X", "…, as reported by X", "…, it is reported": another attribution
			break
		}
		if t.low == "," && j+1 < e && (clauseBreaks[st.toks[j+1].low] && !st.goesOnAfterComma(j+1, e) ||
			j+2 < e && (st.toks[j+1].low == "and" || st.toks[j+1].low == "but") && subordinators[st.toks[j+2].low] && st.toks[j+2].low != "as") {
			e = j // "…, and while I have no plans …"
			break
		}
		if t.mark && j+1 < e && st.isCueStart(j+1) && strings.HasSuffix(st.toks[j+1].low, "ing") {
			e = j + 1 // `“…,” adding that`
			break
		}
		if t.low == "(" && j-i >= 3 && st.attributionAt(j+1, e, false) {
			e = j // "… to a van (her campaign later disclosed that …)": an attribution of its own
			break
		}
		if t.low == "," && j-i >= 3 && st.attributionAt(j+1, e, true) && !st.openSubordinate(i, j) {
			// ", and more than 4 in 10 said …", ", a man yelled …": a new
			// attribution starts (not "because, not too long ago, many
			// people thought …": the subordinate clause's own verb).
			e = j
			break
		}
		if t.mark && j > i && st.toks[j-1].region >= 0 && st.toks[j-1].low == "," && st.attributionAt(j+1, e, false) {
			// `calling Trump “an orange buffoon,” Susan said`: the quote's
			// own attribution follows it.
			e = j + 1
			break
		}
		if t.low == "," || t.low == "—" || t.low == "–" || t.low == "--" {
			n := j + 1
			for n < e && st.toks[n].mark {
				n++
			}
			if n < e && st.isCueStart(n) && strings.HasSuffix(st.toks[n].low, "ing") {
				e = j // "…, adding that"
				if n > j+1 {
					e = n // keep the closing mark with its quote
				}
				break
			}
		}
		if (t.low == "and" || t.low == "but") && j-i >= 3 {
			k := j + 1
			subj := t.low == "but" || st.npClause
			for k < e && k-j <= 4 && (st.adverbAt(k) || pronouns[st.toks[k].low] || skipBeforeCue[st.toks[k].low]) {
				subj = subj || pronouns[st.toks[k].low]
				k++
			}
			if !subj && k < e {
				// "said she was tired and hoped …" (a verb that is no
				// cue) is one clause; "said X and said that Y" and "adds
				// that she has released X and called on Sanders to …" (a
				// finite cue, PolNeAR's second attribution) are two.
				ce, n, ok := st.cueAt(k)
				subj = ok && (speechLemmas[ce.lemma] || k+n < e && st.toks[k+n].low == "that" || isFiniteTag(st.tagOf(st.toks[k])))
			}
			if t.low == "but" && k == j+1 {
				// "but his lawyer, Antony Townsden, told": a subject
				// with its appositive, then a cue.
				k = st.pastSubject(k, e)
			}
			if !subj {
				continue
			}
			if k < e && st.isCueStart(k) && !strings.HasSuffix(st.toks[k].low, "ing") {
				e = j
				if st.toks[e-1].low == "," {
					e--
				}
				break
			}
		}
	}
	for e > i {
		t := st.toks[e-1]
		if t.word || t.region >= 0 || t.low == "%" || st.keepsEnd(e-1, i) {
			break // "its shares rise 25%", "similar to Kennedy's"
		}
		if t.mark {
			// A closing mark ends a quote whose content is kept.
			break
		}
		e--
	}
	return e
}

// goesOnAfterComma reports whether the clause break word at i, after a
// comma, goes on with the reported clause rather than ending it: a second
// complement ("…, but that he would not support …", coordinatedThat) or a
// concession ("…, even if they did not entirely agree with him", which
// PolNeAR keeps; not "even as" nor "even though").
func (st *state) goesOnAfterComma(i, hi int) bool {
	return st.coordinatedThat(i, hi) || st.toks[i].low == "even" && i+1 < hi && st.toks[i+1].low == "if"
}

// coordinatedThat reports whether "but that" at i (before hi) opens a
// second complement of the clause's cue ("said the U.S. needs to secure
// the border, but that he would not support …"), not a clause of its own
// whose subject is "that" ("but that was before …", "but that plan …").
func (st *state) coordinatedThat(i, hi int) bool {
	if i+2 >= hi || st.toks[i].low != "but" || st.toks[i+1].low != "that" || st.demonstrativeThat(i+1, hi) {
		return false
	}
	n := st.toks[i+2]
	return !(n.word && !n.upper && st.tagOf(n) == "NN")
}

// clauseSubordinators are the subordinators that only open clauses (not
// "before", "since" or "as", which may be adverbs: "as never before").
var clauseSubordinators = setOf("because", "although", "though", "if", "unless", "whereas", "while", "when")

// openSubordinate reports whether a subordinator in tokens [a, b) opens
// a clause with no finite verb before b: "he was surprised because, not
// too long ago, | many people thought …", "said that, if in government, |
// he would refuse …".
func (st *state) openSubordinate(a, b int) bool {
	for k := b - 1; k >= a; k-- {
		t := st.toks[k]
		switch {
		case t.region >= 0:
		case isFiniteTag(st.tagOf(t)):
			return false
		case clauseSubordinators[t.low]:
			return true
		}
	}
	return false
}

// attributionAt reports whether a speaker noun phrase of a few words and
// then a cue (not a participle) start at token k, before e: ", a man
// yelled", "” Susan said". With conj, a conjunction or subordinator may
// open it (", and more than 4 in 10 said").
func (st *state) attributionAt(k, e int, conj bool) bool {
	if conj && k < e && (conjunctions[st.toks[k].low] || subordinators[st.toks[k].low]) {
		k++
	}
	s0 := k
	for k < e && k-s0 < 7 && (st.toks[k].word && !st.isCueStart(k) && (st.nominal(k) || determiners[st.toks[k].low] || pronouns[st.toks[k].low] || npLinks[st.toks[k].low] || st.toks[k].low == "in" || st.toks[k].low == "than") || k > s0 && possessiveClitic(st.toks[k].low)) {
		k++
	}
	for k < e && skipBeforeCue[st.toks[k].low] {
		k++
	}
	return k > s0 && k < e && st.isCueStart(k) && !strings.HasSuffix(st.toks[k].low, "ing")
}

// pastSubject returns the token after a short noun phrase starting at k
// ("his lawyer", "the firm's chief executive") and the name an appositive
// sets off by commas after it (", Antony Townsden,"), before b; k when
// none starts there.
func (st *state) pastSubject(k, b int) int {
	n := k
	for n < b && n-k < 7 && st.toks[n].word && st.toks[n].region < 0 && !st.isCueStart(n) &&
		(st.nominal(n) || determiners[st.toks[n].low] || possessives[st.toks[n].low] || npLinks[st.toks[n].low] && n > k) {
		n++
	}
	if n == k {
		return k
	}
	if n+2 < b && st.toks[n].low == "," {
		m := n + 1
		for m < b && m-n <= 5 && st.toks[m].word && st.toks[m].upper {
			m++
		}
		if m > n+1 && m < b && st.toks[m].low == "," {
			n = m + 1
		}
	}
	for n < b && skipBeforeCue[st.toks[n].low] {
		n++
	}
	return n
}

// span returns the byte span of tokens [a, b), trimmed of quote marks
// outside regions when asked.
func (st *state) span(a, b int) (int, int) {
	return int(st.toks[a].s), int(st.toks[b-1].e)
}

// workNouns name works a title in quotes may follow.
var workNouns = setOf("book", "memoir", "autobiography", "novel", "film", "movie", "documentary", "song", "album",
	"play", "show", "series", "programme", "program", "column", "essay", "article", "poem", "single", "musical")

// workTitle reports whether quote region rg, opening after token openTok,
// is a short title in title case set off by a comma after a noun naming a
// work: "his 2012 book, “An American Son.”", "the film, “Gone Girl”".
func (st *state) workTitle(rg region, openTok int) bool {
	if openTok < 2 || st.toks[openTok-1].low != "," || !workNouns[st.toks[openTok-2].low] {
		return false
	}
	return st.titleCase(rg.t0, rg.t1) && !st.sentences2(rg)
}

// attributeRegion decides whether quote region ri is direct or partial and
// finds its speaker and cue.
func (st *state) attributeRegion(ri int) {
	rg := st.regions[ri]
	if rg.t1 <= rg.t0 {
		return
	}
	openTok := rg.t0 - 1
	for openTok >= 0 && !st.toks[openTok].mark {
		openTok--
	}
	if openTok < 0 {
		openTok = rg.t0
	}
	closeTok := rg.t1 // first token after the content: the closing mark, if any
	for closeTok < len(st.toks) && st.toks[closeTok].mark && int(st.toks[closeTok].s) < rg.ce+3 {
		closeTok++
	}
	sO, sC := st.sentAt(rg.t0), st.sentAt(rg.t1-1)
	lo, hi := st.sents[sO].t0, st.sents[sC].t1

	// Direct or partial: what precedes the opening mark in its sentence?
	partial := false
	prev := openTok - 1
	if prev >= lo {
		p := st.toks[prev]
		switch {
		case possessiveClitic(p.low):
			partial = true // CNN’s “New Day”
		case !p.word && p.low != "that":
			// ":" "," "(" "—": a quote introduced by punctuation.
		case st.cueEndsAt(prev):
		case conjunctions[p.low] && st.firstWord(lo, openTok) == prev && st.firstWord(closeTok, hi) >= hi:
			// `But “Donald Trump’s candidacy is strengthened … It helps.”`:
			// a conjunction alone before a quote that ends the sentence.
		default:
			partial = true
		}
	}
	// A quote that opens its sentence and holds whole sentences stays
	// direct though words follow it: `"I wouldn't call it reform. … just
	// a tax increase" for the top income bracket.`
	whole := prev < lo && sO != sC && !st.hasCue(closeTok, hi)
	// So does an exclamation or a question right after its cue: `Wilson
	// yelled "You lie!" at the president`.
	if t := strings.TrimRight(st.text[rg.cs:rg.ce], " "); (strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")) && prev >= lo && st.cueEndsAt(prev) {
		whole = true
	}
	if !partial && !whole && closeTok < hi && st.sentAt(closeTok) == sC {
		n := st.toks[closeTok]
		if n.word && !n.upper && !pronouns[n.low] && !st.isCueStart(closeTok) && !determiners[n.low] && !(st.sourceAt(closeTok, hi) && st.firstWord(lo, openTok) >= openTok) {
			// A lower-case word after the quote makes it part of a
			// sentence, unless it opens the speaker of a postposed
			// attribution: `"…," former candidate Herman Cain said`.
			if _, _, _, _, ok := st.postposed(closeTok, hi); !ok || !st.endsClause(rg) {
				partial = true
			}
		}
	}
	if t := st.text[rg.cs:rg.ce]; !strings.ContainsAny(t, " \n") && strings.Contains(t, "/") {
		return // a quoted address, not speech
	}
	if !partial && st.workTitle(rg, openTok) {
		return // a work named after its noun: "in his 2012 book, ''An American Son.''"
	}
	c := cand{cs: rg.cs, ce: rg.ce, kind: "direct", region: ri, sent: sO}
	if partial {
		c.kind = "partial"
		if st.titleCase(rg.t0, rg.t1) {
			return // a title: CNN’s “New Day”
		}
	}

	// After the closing mark: ", he said" / ", said Smith", unless a cue
	// right before the opening mark introduces it: "someone shouted,
	// “Cruz,” Beck joked" — Cruz is what someone shouted.
	introduced := false
	if p := openTok - 1; p >= lo && (st.toks[p].low == "," || st.toks[p].low == ":") {
		introduced = p-1 >= lo && st.cueEndsAt(p-1)
	}
	if closeTok < hi && !partial && !introduced {
		// `"…," according to CNN.`, `"…", as reported by the Times.`: a
		// quote opening its sentence (after one opened by words, the
		// source credits the whole sentence).
		j := closeTok
		if st.toks[j].low == "," {
			j++
		}
		if cue1, src, ok := st.sourceCue(j, hi); ok && !st.cueUsed(j) && st.firstWord(lo, openTok) >= openTok {
			if sp0, sp1 := st.npRight(src, hi); sp1 > sp0 {
				sp0, sp1, _ = st.sourceSpan(st.sentAt(j), cue1, src, sp0, sp1) // (the source as "according to" phrases have it)
				c.sp0, c.sp1, c.cue0, c.cue1 = sp0, sp1, j, cue1
				st.useCue(j)
				st.add(c)
				return
			}
		}
		if sp0, sp1, k, n, ok := st.postposed(closeTok, hi); ok {
			c.sp0, c.sp1, c.cue0, c.cue1 = sp0, sp1, k, k+n
			st.useCue(k)
			st.add(c)
			return
		}
	}
	// Before the opening mark: "Smith said:" or, for partial quotes, the
	// nearest cue before it in the sentence.
	lim := 12
	if partial {
		lim = 25
	}
	for k := openTok - 1; k >= lo && openTok-k <= lim; k-- {
		if st.toks[k].region >= 0 || st.toks[k].mark {
			if !partial {
				break
			}
			continue
		}
		if st.toks[k].low == "according" && k+2 < openTok && st.toks[k+1].low == "to" && !st.cueUsed(k) && k == st.firstWord(lo, openTok) && !st.runsOn(rg, closeTok, hi) {
			// `According to the Daily Caller, “…”`: the source opening the
			// sentence before the quote, with only a comma or colon between.
			if sp0, sp1 := st.npRight(k+2, openTok); sp1 > sp0 && sp1+1 == openTok && (st.toks[sp1].low == "," || st.toks[sp1].low == ":") {
				c.sp0, c.sp1, c.cue0, c.cue1 = sp0, sp1, k, k+2
				st.useCue(k)
				st.add(c)
				return
			}
		}
		_, n, ok := st.cueAt(k)
		if !ok {
			continue
		}
		c.cue0, c.cue1 = k, k+n
		if st.cueUsed(k) {
			// “A,” said Smith, “B.”: the cue of the quote before.
			for _, o := range st.cands {
				if o.cue0 == k && o.sp1 > o.sp0 {
					c.sp0, c.sp1 = o.sp0, o.sp1
					st.add(c)
					return
				}
			}
		}
		st.useCue(k)
		if st.isParticiple(k) {
			c.sp0, c.sp1 = st.inheritSpeaker(k)
		} else {
			c.sp0, c.sp1 = st.subject(k, lo)
			if c.sp1 <= c.sp0 && k-3 >= lo && st.toks[k-1].low == "and" && strings.HasPrefix(st.tagOf(st.toks[k-2]), "VB") {
				c.sp0, c.sp1 = st.np(k-3, lo) // "Ms. Sherry smiled and said, “…”"
			}
			if c.sp1 <= c.sp0 {
				c.sp0, c.sp1 = st.invertedLead(k, n, lo, openTok)
			}
			if c.sp1 <= c.sp0 && partial && k-1 >= lo && st.toks[k-1].low == "," {
				// An inverted parenthetical before the partial quote's
				// clause: "there will be, says Mr Donofrio, no value in
				// being “computer illiterate”".
				if s0, s1 := st.invertedNP(k+n, openTok); s1 > s0 && s1 < openTok && st.toks[s1].low == "," {
					c.sp0, c.sp1 = s0, s1
				}
			}
			if c.sp1 <= c.sp0 {
				c.sp0, c.sp1 = st.inheritSpeaker(k) // "… and added:"
			}
			c.sp0, c.sp1 = st.carrierOwner(k, c.sp0, c.sp1)
		}
		if !partial && st.leadIn(k, n, openTok) && !(c.sp0 > k && c.sp1 <= openTok) {
			// `said Friday that if he won, “she would sign it”`: the quote
			// ends a reported clause that opens before it.
			c.kind, partial = "partial", true
		}
		st.add(c)
		if partial {
			st.mixed(c, k, n)
		}
		return
	}
	if partial {
		// A partial quote with its cue after it: `"very good," Trump said of…`
		// Only an attribution right after it: a cue later in the sentence
		// has its own content ("the “autopsy” recommended …").
		if sp0, sp1, k, n, ok := st.postposed(closeTok, hi); ok && st.endsClause(rg) {
			c.cue0, c.cue1 = k, k+n
			st.useCue(k)
			c.sp0, c.sp1 = sp0, sp1
			// `The party, …, "allows us to get our message out," said X`:
			// the sentence up to the quote is one mixed content.
			if a := st.firstWord(lo, openTok); a < openTok && !st.hasCue(a, openTok) {
				cs, _ := st.span(a, openTok)
				m := c
				m.cs, m.kind, m.region, m.via = cs, "mixed", -1, ri+1
				st.add(m)
				return
			}
			st.add(c)
			return
		}
		return // a scare quote: no attribution in its sentence
	}
	// A colon-ended sentence before: "Smith said:" then the quote.
	if sO > 0 {
		ps := st.sents[sO-1]
		last := ps.t1 - 1
		if last >= ps.t0 && st.toks[last].low == ":" {
			for k := last - 1; k >= ps.t0 && last-k <= 10; k-- {
				if _, n, ok := st.cueAt(k); ok {
					c.cue0, c.cue1 = k, k+n
					st.useCue(k)
					c.sp0, c.sp1 = st.subject(k, ps.t0)
					st.add(c)
					return
				}
			}
		}
		// "Iowa State's Dianne Bystrom agreed." then the quote: a short
		// sentence of a speaker and a speech cue alone introduces it.
		if last >= ps.t0 && st.toks[last].low == "." && st.paraAt(last) == st.paraAt(rg.t0) && st.toks[last].region < 0 {
			k := last - 1
			for k > ps.t0 && st.adverbAt(k) {
				k--
			}
			for j := k; j >= ps.t0 && k-j < 3; j-- {
				e, n, ok := st.cueAt(j)
				if !ok || j+n-1 != k || e.frame != frameThat && !speechLemmas[e.lemma] || st.cueUsed(j) {
					continue
				}
				if sp0, sp1 := st.subject(j, ps.t0); sp1 > sp0 && sp0 == st.firstWord(ps.t0, j) {
					c.sp0, c.sp1, c.cue0, c.cue1 = sp0, sp1, j, j+n
					st.useCue(j)
					st.add(c)
					return
				}
				break
			}
		}
	}
	if st.titleCase(rg.t0, rg.t1) && !st.sentences2(rg) {
		return // a title without a speaker: his book “Sin Miedo”
	}
	// Introduced by a colon without a known cue: "The headline reads: “…”",
	// "Clinton released the following statement:". The speaker is the
	// subject of the clause before the colon.
	if p := openTok - 1; p >= 0 && st.toks[p].low == ":" && st.toks[p].region < 0 {
		si := st.sentAt(p)
		s, e := st.mainSubject(si)
		if v := p - 1; v > st.sents[si].t0 && strings.HasPrefix(st.tagOf(st.toks[v]), "VB") {
			// The verb before the colon has its subject: "The crowd
			// cheers, and then Wallnau continues:", "Isaiah 45:1 reads:".
			if vs, ve := st.subject(v, st.sents[si].t0); ve > vs {
				s, e = vs, ve
			}
		} else if ns := st.labelAfterDash(p, st.sents[si].t0); ns < p {
			s, e = ns, p // "HIGHER TURNOUT IN IOWA - Michael P. McDonald: “…”"
		}
		if e == p && e-s >= 2 && st.invertedCueWord(s) && st.capitalised(s+1, e) {
			// "Stated Stone: “…”", "Continued Stone: “…”": a verb of
			// saying before the name, in inverted order.
			c.sp0, c.sp1, c.cue0, c.cue1 = s+1, e, s, s+1
			st.useCue(s)
			st.add(c)
			return
		}
		if e > s && e <= p {
			c.sp0, c.sp1, c.cue0, c.cue1 = s, e, p, p+1
			st.useCue(p)
			st.add(c)
			return
		}
	}
	// A quote ending in "!" or "?" with its attribution in the next
	// sentence is that attribution's, not a continuation of the quote
	// before: `"Nooooo!" the crowd cried out. ¶ "Or do we …?" Clinton asked.`
	if (st.exclaims(rg) || st.leadsQuote(rg, sC)) && st.nextSentenceAttribution(&c, rg, sC) {
		st.add(c)
		return
	}
	// Continuation: the speaker of the previous direct quote nearby.
	for i := len(st.cands) - 1; i >= 0; i-- {
		p := st.cands[i]
		if p.sp1 <= p.sp0 {
			continue
		}
		prg := p.region
		if prg < 0 {
			prg = p.via - 1
		}
		if prg < 0 {
			continue
		}
		if p.region >= 0 && p.kind != "direct" && (p.kind != "partial" || p.cue0 < st.regions[p.region].t1) {
			continue // only a partial quote with its cue after it: `… “x,” Smith said. “…”`
		}
		prev := st.regions[prg]
		between := st.sentBetween(prev, rg)
		if between == 1 && p.cue1 > p.cue0 && st.sentAt(p.cue0) == st.sentAt(rg.t0)-1 && st.sentAt(p.cue0) > st.sentAt(prev.t1-1) {
			between = 0 // the sentence between is the attribution: `“A?” Trump asked, smiling. “B?”`
		}
		// A quote inside a sentence of its own words ("However, he
		// characterized Kaine as, “…”") is that sentence's, not a
		// continuation of the quote before.
		// A conjunction alone ("But “…”") is none of its own words.
		fw := st.firstWord(st.sents[st.sentAt(rg.t0)].t0, openTok)
		if fw < openTok && conjunctions[st.toks[fw].low] && st.firstWord(fw+1, openTok) == openTok {
			fw = openTok
		}
		inner := st.sentAt(rg.t0) != st.sentAt(prev.t1-1) && st.sentAt(rg.t0) != st.sentAt(max(p.cue0, 0)) && fw < openTok
		// A few sentences about the speaker may stand between the parts
		// of one utterance in its paragraph: `"A," said Robin Maynard,
		// half joking. He holds two degrees …. "B."`.
		samePara := !inner && between > 0 && between <= 3 && p.cue1 > p.cue0 && st.paraAt(p.cue0) == st.paraAt(rg.t0) &&
			st.paraAt(prev.t1-1) == st.paraAt(rg.t0)
		otherCue := st.otherCue(prev.t1, openTok, p.cue0, p.cue1)
		if samePara && !otherCue && !st.namedCue(prev.t1, openTok, p.cue0, p.cue1) && !st.otherPersonSubject(prev.t1, openTok, p.sp0, p.sp1) {
			between = 0
		}
		if between == 0 && st.paraAt(rg.t0)-st.paraAt(prev.t1-1) <= 2 {
			c.sp0, c.sp1 = p.sp0, p.sp1
			// The quote opens the sentence after the one holding the cue,
			// in its paragraph: `“A,” Spencer said, as fighters …. “B.”`
			sameTail := p.cue1 > p.cue0 && st.sentAt(p.cue0) == st.sentAt(rg.t0)-1 && st.paraAt(p.cue0) == st.paraAt(rg.t0)
			if !inner && !otherCue && (st.adjacent(prev.t1, rg.t0, p.cue0) || sameTail || samePara) {
				// One utterance interrupted by its attribution or a
				// paragraph break: it shares the cue.
				c.cue0, c.cue1 = p.cue0, p.cue1
			}
		}
		break
	}
	if c.sp1 <= c.sp0 {
		st.nextSentenceAttribution(&c, rg, sC)
	}
	st.add(c)
}

// dateWord reports whether token k is a month name or a year ("April",
// "2001").
func (st *state) dateWord(k int) bool {
	t := st.toks[k]
	if months[t.low] {
		return t.upper
	}
	if len(t.low) != 4 || t.low[0] != '1' && t.low[0] != '2' {
		return false
	}
	for i := 0; i < 4; i++ {
		if t.low[i] < '0' || t.low[i] > '9' {
			return false
		}
	}
	return true
}

// bareRest reports whether tokens [a, b) hold no clause of their own: no
// finite verb, "that", colon or quote ("asked reporters rhetorically
// during a news conference late last month").
func (st *state) bareRest(a, b int) bool {
	if b-a > 15 {
		return false
	}
	for k := a; k < b; k++ {
		t := st.toks[k]
		if t.region >= 0 || t.mark || t.low == "that" || t.low == ":" || isFiniteTag(st.tagOf(t)) {
			return false
		}
	}
	return true
}

// exclaims reports whether region rg's content ends in "!" or "?".
func (st *state) exclaims(rg region) bool {
	t := strings.TrimRight(st.text[rg.cs:rg.ce], "'’\"”") // "… what can we do to help?’”"
	return strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// otherCue reports whether a cue other than tokens [cue0, cue1) and
// coordinated with it starts in tokens [a, b): `"A," he said - and argued
// for …. "B."` is what he argued. A participle ("said, referencing …") or
// a cue inside a relative clause leaves the quote to the first cue.
func (st *state) otherCue(a, b, cue0, cue1 int) bool {
	for k := a; k < b; k++ {
		if w := st.toks[k].low; k >= cue1 && (w == "who" || w == "which") {
			return false // `said Don Fowler, who helmed … and has backed …`
		}
		if (k < cue0 || k >= cue1) && st.toks[k].region < 0 && st.isCueStart(k) && st.coordinated(k, a) {
			return true
		}
	}
	return false
}

// otherPersonSubject reports whether a sentence wholly inside tokens [a, b)
// has for its subject a named person other than the speaker [sp0, sp1):
// `"A," Forster told BBC Wales Sport. Ruddock is keen …. "B."` — B is no
// more Forster's.
func (st *state) otherPersonSubject(a, b, sp0, sp1 int) bool {
	speaker := st.personEntity(sp0, sp1)
	if speaker == "" {
		return false // "he", "the Arsenal boss": whom they name is resolved later
	}
	for si := st.sentAt(a); si < len(st.sents) && st.sents[si].t0 < b; si++ {
		if s := st.sents[si]; s.t0 < a || s.t1 > b {
			continue
		}
		if ms, me := st.mainSubject(si); me > ms && !pronouns[st.toks[ms].low] {
			if id := st.personEntity(ms, me); id != "" && id != speaker {
				return true
			}
		}
	}
	return false
}

// personEntity returns the entity of the first person mention inside
// tokens [a, b) ("Brian Taylor of Wells Fargo": Brian Taylor's), or "".
func (st *state) personEntity(a, b int) string {
	if b <= a {
		return ""
	}
	mi := st.mentions()
	from, to := int(st.toks[a].s), int(st.toks[b-1].e)
	i, j := mi.startingIn(from, to)
	for _, m := range mi.ms[i:j] {
		if m.Type == "PERSON" && m.Start >= from && m.End <= to && m.Entity != "" {
			return m.Entity
		}
	}
	return ""
}

// namedCue reports whether a cue other than tokens [cue0, cue1), with a
// subject of its own that is no pronoun, stands in tokens [a, b): `Jan
// Shaw said: "A." But Sir Andrew Green said the decision was a "step in
// the wrong direction". "B."` is Sir Andrew's, not a continuation of A.
// Only a sentence's first cue counts: in "He said many firms readily
// admit …" the firms are what he said.
func (st *state) namedCue(a, b, cue0, cue1 int) bool {
	done := -1 // the last sentence whose first cue was seen
	for k := a; k < b; k++ {
		si := st.sentAt(k)
		if si == done || k >= cue0 && k < cue1 || st.toks[k].region >= 0 || !st.isCueStart(k) {
			continue
		}
		done = si
		if s, e := st.subject(k, st.sents[si].t0); e > s && !pronouns[st.toks[e-1].low] && st.nominal(e-1) {
			return true // (not "Instead, said Mr Doctorow", nor "Disney - which … reported")
		}
	}
	return false
}

// leadsQuote reports whether the sentence after sC, in the paragraph of
// region rg, is an attribution that introduces another quote: `“B.” He
// added, “C.”` gives B to "added", as PolNeAR reads it, not to the cue of
// a quote before B.
func (st *state) leadsQuote(rg region, sC int) bool {
	if sC+1 >= len(st.sents) {
		return false
	}
	ns := st.sents[sC+1]
	if st.paraAt(ns.t0) != st.paraAt(rg.t0) {
		return false
	}
	for k := ns.t0; k < ns.t1 && k-ns.t0 < 6; k++ {
		if st.toks[k].region >= 0 || st.toks[k].mark {
			return false
		}
		if _, n, ok := st.cueAt(k); ok {
			j := k + n
			if j+1 < ns.t1 && (st.toks[j].low == "," || st.toks[j].low == ":") && st.toks[j+1].mark && st.toks[j+1].region < 0 {
				return true
			}
			return false
		}
	}
	return false
}

// nextSentenceAttribution gives direct quote c in region rg, whose
// content ends in sentence sC, the speaker and cue of an attribution
// opening the next sentence, and reports whether it found one.
func (st *state) nextSentenceAttribution(c *cand, rg region, sC int) bool {
	// The next sentence: `"…" That is what Smith said.` is rare; a quote
	// followed by "Smith said." in its own sentence is common.
	if sC+1 < len(st.sents) {
		ns := st.sents[sC+1]
		// A quote ending in "!" or "?" ends its sentence, so its
		// postposed attribution is the next one, which may name the
		// speaker at length and end in an adjunct: `"…!" Scott's niece,
		// state Del. Marcia Price (D-Newport News), shouted to the crowd.`
		exclaim := st.exclaims(rg)
		lim := 6
		if exclaim {
			lim = 16
		}
		for k := ns.t0; k < ns.t1 && k-ns.t0 < lim; k++ {
			if st.toks[k].region >= 0 || st.toks[k].mark {
				break
			}
			if ce, n, ok := st.cueAt(k); ok {
				s, e := st.subject(k, ns.t0)
				r := k + n
				if ce.frame == frameObj {
					r = st.objectAfter(r, ns.t1) // "… Renteria told reporters during the call."
				}
				adjunct := exclaim && r < ns.t1 && (prepositions[st.toks[r].low] && ns.t1-r <= 8 || st.bareRest(r, ns.t1) || st.adjunctOnly(r, ns.t1) || isEndPunct(st.toks[r].low) ||
					st.whenClause(r, ns.t1)) // `"…!" Smith said as he left.`
				if e > s && exclaim && s > ns.t0 && !st.finite(ns.t0, s) {
					s = ns.t0 // the speaker with its appositives
				}
				if e > s && s == ns.t0 && (st.contentEnd(sC+1, k+n) <= k+n || adjunct || k+n < ns.t1 && st.toks[k+n].low == ",") {
					c.sp0, c.sp1, c.cue0, c.cue1 = s, e, k, k+n
					st.useCue(k)
					return true
				}
				break
			}
		}
	}
	return false
}

func (st *state) add(c cand) { st.cands = append(st.cands, c) }

// endsClause reports whether region rg's content ends with a comma, a
// question or exclamation mark: the end of a quoted utterance.
func (st *state) endsClause(rg region) bool {
	t := strings.TrimRight(st.text[rg.cs:rg.ce], " \n'’\"”")
	return strings.HasSuffix(t, ",") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, ".")
}

// firstWord returns the first word token in [a, b), or b.
func (st *state) firstWord(a, b int) int {
	for a < b && !st.toks[a].word {
		a++
	}
	return a
}

// clauseAfterComma reports whether a comma at a opens a clause of its own
// up to the next comma or the end at b: a finite verb comes before any
// "that" or subordinator, and the words do not open with a subordinator,
// a preposition or "and" ("…, he said, replacing her would be harder",
// not "…, he said, as he left" or "…, he said, adding that it would").
func (st *state) clauseAfterComma(a, b int) bool {
	if !st.tagged || a+1 >= b || st.toks[a].low != "," {
		return false
	}
	if w := st.toks[a+1]; subordinators[w.low] || prepositions[w.low] || conjunctions[w.low] || clauseStarts[w.low] || w.region >= 0 || w.mark {
		return false
	}
	for k := a + 1; k < b && k-a <= 12; k++ {
		t := st.toks[k]
		if t.low == "," || t.low == "that" || subordinators[t.low] || t.region >= 0 || isEndPunct(t.low) {
			return false
		}
		if isFiniteTag(st.tagOf(t)) {
			return true
		}
	}
	return false
}

// adjunctOnly reports whether the tokens from a to the next comma or the
// end of the sentence at b hold an adjunct at most: a time word, an adverb
// or a preposition and a few more words, with no verb, "that", colon or
// quote ("Friday afternoon", "in a statement").
func (st *state) adjunctOnly(a, b int) bool {
	if a < b {
		if w := st.toks[a].low; !timeWords[w] && !months[w] && !prepositions[w] && !st.adverbAt(a) && w != "," && !isEndPunct(w) {
			return false // an object: "offers loans to parents"
		}
	}
	for k := a; k < b; k++ {
		t := st.toks[k]
		if t.low == "," || isEndPunct(t.low) {
			return true
		}
		if t.mark && t.region < 0 && k+1 < b && st.toks[k+1].region >= 0 {
			// A short quoted title: "on MSNBC's “Morning Joe.”"
			if rg := st.regions[st.toks[k+1].region]; rg.t1-rg.t0 <= 5 && rg.close >= 0 && st.titleCase(rg.t0, rg.t1) {
				k = rg.t1 // the loop steps over its closing mark
				continue
			}
		}
		if k > a && k+1 < b && st.whenClause(k, b) && (st.tagOf(st.toks[k+1]) == "VBN" || st.tagOf(st.toks[k+1]) == "VBD" || st.tagOf(st.toks[k+1]) == "VBG") {
			return true // "in an interview … when asked how ties would fare": a reduced clause of time follows
		}
		if k > a && st.tagOf(t) == "VBN" && strings.HasPrefix(st.tagOf(st.toks[k-1]), "NN") {
			continue // "in an interview aired on Monday": a participle after its noun
		}
		if k-a >= 8 || t.region >= 0 || t.mark || t.low == "that" || t.low == ":" || strings.HasPrefix(st.tagOf(t), "VB") {
			return false
		}
	}
	return true
}

// whatAdjunct reports whether w opens an adjunct after "what X said":
// a subordinator or a preposition, but not "to" or "as", which go on
// with "what" ("what he perceived to be unfair questions", "what some
// are criticizing as a photo op").
func whatAdjunct(w string) bool {
	return w != "to" && w != "as" && (subordinators[w] || prepositions[w])
}

// enclosingClose returns the token that closes the parenthesis, the
// pair of dashes or the comma-delimited relative clause holding token i
// of sentence si, or -1 when none holds it.
func (st *state) enclosingClose(si, i int) int {
	s := st.sents[si]
	paren, dashes, rel := -1, 0, -1
	for j := s.t0; j < i; j++ {
		t := st.toks[j]
		if t.region >= 0 || t.mark {
			continue
		}
		switch {
		case t.low == "(":
			paren = j
		case t.low == ")":
			paren = -1
		case isDash(t.low):
			dashes++
		case t.low == "," && j+1 < i && (st.toks[j+1].low == "which" || st.toks[j+1].low == "who" || st.toks[j+1].low == "whom"):
			rel = j + 1
		case t.low == ",":
			rel = -1
		}
	}
	for j := i; j < s.t1 && j-i < 60; j++ {
		t := st.toks[j]
		if t.region >= 0 || t.mark {
			continue
		}
		switch {
		case paren >= 0 && t.low == ")":
			return j
		case paren < 0 && dashes%2 == 1 && isDash(t.low):
			return j
		case paren < 0 && dashes%2 == 0 && rel >= 0 && rel+1 < i && t.low == "," && !isDigit(st.toks[min(j+1, s.t1-1)].low):
			return j
		}
	}
	return -1
}

// frontedOpeners open an adjunct clause or phrase before the main clause.
var frontedOpeners = setOf("with", "although", "though", "after", "while", "because", "when", "if", "despite", "since", "before", "unless", "once", "as")

// toldThings are the nouns that "tell" takes as what is told rather than
// as its addressee.
var toldThings = setOf("joke", "jokes", "story", "stories", "truth", "lie", "lies", "tale", "tales", "anecdote")

// whenClause reports whether the words from a to the end of the sentence
// at b are a clause of time: "as he labored over …", "when asked about
// …", "before leaving".
func (st *state) whenClause(a, b int) bool {
	if a >= b {
		return false
	}
	switch st.toks[a].low {
	case "as", "when", "while", "after", "before", "since", "until":
		return true
	}
	return false
}

// commaIn reports whether a comma outside quotes lies in tokens [a, b).
func (st *state) commaIn(a, b int) bool {
	for k := a; k < b; k++ {
		if st.toks[k].low == "," && st.toks[k].region < 0 {
			return true
		}
	}
	return false
}

// hasCue reports whether a cue starts in tokens [a, b).
func (st *state) hasCue(a, b int) bool {
	for k := a; k < b; k++ {
		if st.isCueStart(k) {
			return true
		}
	}
	return false
}

// finiteCue reports whether a cue that may carry an attribution of its
// own starts in tokens [a, b): not an infinitive ("To understand the real
// Dred Scott, Chief Justice Roberts said, one should visit …") or a
// participle.
func (st *state) finiteCue(a, b int) bool {
	for k := a; k < b; k++ {
		if !st.isCueStart(k) {
			continue
		}
		if tag := st.tagOf(st.toks[k]); tag == "VBG" || tag == "VBN" || tag == "VB" && k > a && st.toks[k-1].low == "to" {
			continue
		}
		return true
	}
	return false
}

// postposed finds the attribution after a quote's closing mark at token i:
// ", he said", ", said Smith", ", former candidate Herman Cain said". It
// returns the speaker tokens [sp0, sp1), the cue token k and its length n.
func (st *state) postposed(i, hi int) (sp0, sp1, k, n int, ok bool) {
	if i < hi && st.toks[i].low == "," {
		i++
	}
	for k = i; k < hi && k-i < 35; k++ {
		if st.toks[k].mark && st.toks[k].region < 0 && k+1 < hi && st.toks[k+1].region >= 0 {
			// A short quoted name in the speaker's appositive: `“…,”
			// Bill Eastland, wearing “Ted Cruz” campaign pins, said.`
			if rg := st.regions[st.toks[k+1].region]; k > i && st.shortQuoteBefore(rg.t1) < rg.t1 {
				k = rg.t1 // the loop steps over its closing mark
				continue
			}
		}
		if st.toks[k].region >= 0 || st.toks[k].mark {
			break
		}
		_, n, ok := st.cueAt(k)
		if !ok && k > i && st.nounTaggedCue(k, hi) {
			n, ok = 1, true // `“…,” Viguerie notes.` with "notes" tagged a noun
		}
		if !ok && k == i {
			n = st.invertedNounCue(k, hi)
			ok = n > 0 // `“…,” points out Steve Cram.` with "points" tagged a noun
		}
		if !ok && st.toks[k].low == "read" && st.carrierReads(k, i, hi) {
			n, ok = 1, true // `“…,” a BBC statement read.`, `“…” read a statement from the firm.`
		}
		if !ok {
			if w := st.toks[k].low; !st.toks[k].word && w != "," && w != "'" && w != "’" && !possessiveClitic(w) && w != "-" && w != "(" && w != ")" && !st.abbrevDot(k, hi) {
				break
			}
			continue
		}
		if k == i {
			// Inverted: "said Smith".
			s, en := st.npRight(k+n, hi)
			if en > s {
				return s, en, k, n, true
			}
			break
		}
		s, en := st.subject(k, i)
		if en > s && s > i && !pronouns[st.toks[s].low] && !npLinks[st.toks[i].low] && st.allNominal(i, s) {
			s = i // "Senate minority leader Harry Reid told"
		}
		if en > s && s == i {
			return s, en, k, n, true
		}
		break
	}
	return 0, 0, 0, 0, false
}

// invertedNounCue returns the length of the cue form that token k, right
// after a quote and tagged as a noun, opens before a speaker whose noun
// phrase ends in a name (`“…,” points out former Olympian Steve Cram.`),
// 0 when there is none.
func (st *state) invertedNounCue(k, hi int) int {
	t := st.toks[k]
	if !t.word || t.upper || !strings.HasPrefix(st.tagOf(t), "NN") {
		return 0
	}
	for _, e := range st.lex[t.low] {
		n := len(e.words)
		if k+n >= hi || !st.toks[k+n].word {
			continue
		}
		match := true
		for w := 1; w < n; w++ {
			if st.toks[k+w].low != e.words[w] {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if s, en := st.npRight(k+n, hi); en > s && st.toks[en-1].upper {
			return n // "points out former Olympian and BBC pundit Steve Cram"
		}
	}
	return 0
}

// nounTaggedCue reports whether token k is a one-word cue form that the
// tagger read as a noun ("notes", "charges", "claims") where only a verb
// fits: after a word, and ending the sentence or followed by a comma.
func (st *state) nounTaggedCue(k, hi int) bool {
	t := st.toks[k]
	if !t.word || t.upper || !strings.HasPrefix(st.tagOf(t), "NN") || !st.toks[k-1].word {
		return false
	}
	if k+1 < hi && st.toks[k+1].low != "," && !isEndPunct(st.toks[k+1].low) {
		return false
	}
	for _, e := range st.lex[t.low] {
		if len(e.words) == 1 {
			return true
		}
	}
	return false
}

// timePhrase reports whether tokens [a, b), less punctuation, are only a
// phrase of time: "just a few years earlier", "on Monday", "two weeks
// ago", "in 2012".
func (st *state) timePhrase(a, b int) bool {
	words := 0
	for k := a; k < b; k++ {
		t := st.toks[k]
		if !t.word {
			if t.region >= 0 || t.mark {
				return false
			}
			continue
		}
		words++
		w := t.low
		if !timeWords[w] && !st.monthAt(k) && !timeNouns[w] && !timeModifiers[w] && !dayParts[w] && !timeExtras[w] && !isDigit(w) {
			return false
		}
	}
	return words > 0
}

// adjunctLead reports whether tokens [a, b) are adjuncts only: they open
// with a time word, an adverb or a preposition and hold no verb ("last
// week in Tel Aviv", "in a statement on Monday").
func (st *state) adjunctLead(a, b int) bool {
	f := st.firstWord(a, b)
	if f >= b {
		return false
	}
	if w := st.toks[f].low; !timeWords[w] && !prepositions[w] && !st.adverbAt(f) {
		return false
	}
	for k := f; k < b; k++ {
		t := st.toks[k]
		if t.region >= 0 || t.low == "that" || t.low == ":" || strings.HasPrefix(st.tagOf(t), "VB") || strings.HasPrefix(st.tagOf(t), "MD") {
			return false
		}
	}
	return true
}

// onlyTime reports whether tokens [a, b) are a phrase of time with a word
// that names one ("last week", "a few days later", "again"), no content
// of a cue ("the cases mentioned last week"); "this", "just that" and
// "six" may be.
func (st *state) onlyTime(a, b int) bool {
	if b <= a || !st.timePhrase(a, b) {
		return false
	}
	for k := a; k < b; k++ {
		if w := st.toks[k].low; st.toks[k].word && !timeModifiers[w] && !isDigit(w) && !prepositions[w] && !timeHedges[w] {
			return true
		}
	}
	return false
}

// timeHedges qualify a phrase of time or of anything else.
var timeHedges = setOf("just", "only", "about", "nearly", "almost", "since", "during")

// timeExtras may stand in a phrase of time besides the time words and
// their modifiers.
var timeExtras = setOf("ago", "just", "only", "about", "nearly", "almost", "earlier", "later", "in", "on", "at", "during",
	"since", "day", "night", "weekend", "decade", "century", "hour", "minutes", "moments", "before", "after", "soon")

// invertedLead returns the speaker of a speech cue at k (n tokens) that
// opens its sentence, inverted before the quote opening at token open:
// `Said Williams: "When …"`, `Observes Mr Hadi: "…"`; an empty span when
// there is none.
func (st *state) invertedLead(k, n, lo, open int) (int, int) {
	tag := st.tagOf(st.toks[k])
	if k != st.firstWord(lo, open) || tag != "VBD" && tag != "VBZ" && tag != "VBP" && st.tagged {
		return k, k
	}
	a, b := st.npRight(k+n, open)
	if b <= a || pronouns[st.toks[a].low] {
		return k, k
	}
	for j := b; j < open; j++ {
		if st.toks[j].word {
			return k, k // more than the speaker before the quote
		}
	}
	return a, b
}

// leadIn reports whether at least two words of the clause a cue at k (n
// tokens) reports lie before the quote opening at token open.
func (st *state) leadIn(k, n, open int) bool {
	e := st.cueCacheGet(k)
	if e.frame != frameThat && e.frame != frameObj {
		return false
	}
	start := st.clauseStart(k, n, e, open)
	if start < open && prepositions[st.toks[start].low] {
		return false // `says of Clinton, “…”`: an adjunct, not the clause
	}
	if st.timePhrase(start, open) || st.adjunctLead(start, open) {
		return false // `had written just a few years earlier, “…”`, `said last week in Tel Aviv, “…”`
	}
	words := 0
	for j := start; j < open; j++ {
		if st.toks[j].word && !timeWords[st.toks[j].low] {
			words++
		}
	}
	return words >= 2
}

// abbrevDot reports whether token k is the period of an abbreviation
// inside a speaker ("(D-Mo.)", "Gov. Jerry Brown"): attached to the word
// before it and followed by more of the phrase.
func (st *state) abbrevDot(k, hi int) bool {
	if st.toks[k].low != "." || k == 0 || k+1 >= hi || st.toks[k].s != st.toks[k-1].e || !st.toks[k-1].word {
		return false
	}
	nx := st.toks[k+1]
	return nx.low == ")" || nx.low == "," || nx.word && nx.upper && len(st.toks[k-1].low) <= 4
}

// cueEndsAt reports whether a cue (or a cue and its addressee) ends at token i.
func (st *state) cueEndsAt(i int) bool {
	for k := i; k >= 0 && i-k < 4; k-- {
		if e, n, ok := st.cueAt(k); ok {
			if e.frame == frameAs || e.frame == frameNP {
				return false // "called him a “con artist”" is partial
			}
			if k+n-1 == i {
				return true
			}
			// "told reporters “…”", not "told a “…”" nor "said Alexander
			// “was not an easy movie”" (the subject of what was said).
			return e.frame == frameObj && st.objectAfter(k+n, i+1) == i+1 && !determiners[st.toks[i].low]
		}
	}
	return false
}

func (st *state) isCueStart(i int) bool {
	_, _, ok := st.cueAt(i)
	return ok
}

// npRight collects a noun phrase rightwards from i: "said Smith, a …".
func (st *state) npRight(i, hi int) (int, int) {
	j := i
	for j < hi && j-i < 14 {
		t := st.toks[j]
		if (possessiveClitic(t.low)) && j > i && (st.toks[j-1].upper || st.toks[i].low == "the" || st.toks[i].low == "a" || st.toks[i].low == "an") {
			// "NBC's Dante Chinni", "GE's chief executive Jeff Immelt",
			// "Bellamy's agent": the possessed noun phrase, and past
			// lower-case words only a name.
			m := j + 1
			for m < hi && m-j <= 3 && st.toks[m].word && !st.toks[m].upper && (strings.HasPrefix(st.tagOf(st.toks[m]), "NN") || st.tagOf(st.toks[m]) == "JJ" || st.tagOf(st.toks[m]) == "VBG" || isTitleWord(st.toks[m].low)) {
				m++
			}
			if m < hi && m > j+1 && !st.toks[m].upper && strings.HasPrefix(st.tagOf(st.toks[m-1]), "NN") {
				return i, m // "the Pensions Commission's report [12 million …]"
			}
			if m < hi && m > j+1 && st.toks[m].upper && st.toks[m].word && isTitleWord(st.toks[m-1].low) {
				j = m // "Sun's chief operating officer Jonathan Schwartz": a name after the title
				continue
			}
			j++
			continue
		}
		if t.region >= 0 || t.mark || !t.word {
			break
		}
		if j-i >= 8 && !t.upper && t.low != "and" {
			break // past eight words only a name goes on
		}
		if j > i && quantifiers[t.low] && j+1 < hi && st.toks[j+1].low == "of" && !st.toks[j-1].upper || j > i && st.shareAt(j) {
			break // "according to the official news agency [most of the net cafes were …]", "according to Pew Research [44% of searchers …]": a new noun phrase
		}
		if t.low == "of" && j > i && st.toks[j-1].upper && j+2 < hi && determiners[st.toks[j+1].low] && !st.upperWithin(j+2, min(hi, j+5)) {
			break // "said Arts minister Estelle Morris of the findings": what was spoken of, not a body
		}
		if j == i && pronouns[t.low] {
			return i, i + 1
		}
		// "and" only inside a name: "the US-China Economic and Security
		// Review Commission".
		inName := t.low == "and" && j > i && j+1 < hi && st.toks[j-1].upper && st.toks[j+1].upper
		ok := t.upper || determiners[t.low] || isTitleWord(t.low) || npLinks[t.low] && j > i && t.low != "and" || inName
		if !ok && (j == i && (t.low == "one" || unicode.IsDigit(rune(t.low[0]))) || st.nominal(j) && !st.isCueStart(j) && !st.adverbAt(j) && !timeWords[t.low] && !dayParts[t.low]) {
			ok = true // "said one Democrat familiar with …", "said a spokesman", "warn union leaders"
		}
		if !ok && j > i && j+1 < hi && st.tagOf(t) == "VBG" && st.tagOf(st.toks[j-1]) == "NN" && strings.HasPrefix(st.tagOf(st.toks[j+1]), "NN") {
			ok = true // a gerund between nouns: "warns network monitoring company Sandvine"
		}
		if !ok {
			break
		}
		j++
	}
	for j > i && npLinks[st.toks[j-1].low] {
		j--
	}
	return i, j
}

// invertedNP is npRight for an inverted speaker, which may join two
// titles of one person: "said lobbyist and GOP strategist Charlie Black".
func (st *state) invertedNP(i, hi int) (int, int) {
	a, b := st.npRight(i, hi)
	if b > a && b+1 < hi && st.toks[b].low == "and" && !st.toks[b-1].upper {
		if c, d := st.npRight(b+1, hi); d > c && st.toks[d-1].upper && (d >= hi || !st.toks[d].word) {
			return a, d
		}
	}
	return a, b
}

// upperWithin reports whether a capitalised word lies in tokens [a, b).
func (st *state) upperWithin(a, b int) bool {
	for k := a; k < b; k++ {
		if st.toks[k].upper {
			return true
		}
	}
	return false
}

// invertedAfter reports whether the speech cue at k (n tokens) after a
// comma is followed by an inverted speaker that ends its clause: "CLAUSE,
// said Katie Harbath, Facebook's director." rather than a reported clause.
func (st *state) invertedAfter(k, n int, s sent) bool {
	if k-1 < s.t0 || st.toks[k-1].low != "," {
		return false
	}
	speech := speechLemmas[st.cueCacheGet(k).lemma]
	if st.tagged && st.tagOf(st.toks[k]) == "VBG" || !speech && !(st.tagged && (st.tagOf(st.toks[k]) == "VBD" || st.tagOf(st.toks[k]) == "VBZ")) {
		return false // "…, explaining Syria's involvement" is no inversion
	}
	a, b := st.invertedNP(k+n, s.t1)
	if b <= a || pronouns[st.toks[a].low] && b < s.t1 && st.toks[b].word {
		return false
	}
	if !speech && (!st.toks[b-1].upper || b < s.t1 && !isEndPunct(st.toks[b].low)) {
		// Another cue is inverted only before a name ending the
		// sentence: "…, noted NBC's Dante Chinni.", "…, thinks Mr
		// Dean.", not "…, noted the
		// irony." nor "Lord Falconer, agreed the 1701 Act of
		// Settlement, which …".
		return false
	}
	if b >= s.t1 {
		return true
	}
	w := st.toks[b].low
	if prepositions[w] && speech && st.finite(s.t0, k-1) && st.adjunctOnly(b, s.t1) && !st.commaIn(b, s.t1) && !st.hasCue(b, s.t1) {
		return true // "…, said one GOP source in the room."
	}
	if (w == "who" || w == "whose") && speech && st.finite(s.t0, k-1) {
		return true // "…, said an American official who was briefed on …"
	}
	return w == "," || w == "." || w == ";" || w == "(" || w == "—" || w == "--"
}

// inheritSpeaker finds the speaker of a participle cue ("…, adding that"):
// the speaker of the nearest earlier attribution in the sentence, else the
// sentence's subject.
func (st *state) inheritSpeaker(k int) (int, int) {
	si := st.sentAt(k)
	// The latest candidate with a speaker, of sentence si or with its
	// speaker there, whose speaker starts before k. While inheritSpeaker
	// runs, candidates are only appended, so spoken indexes them as they
	// come.
	for ; st.spokenN < len(st.cands); st.spokenN++ {
		c := st.cands[st.spokenN]
		if c.sp1 <= c.sp0 {
			continue
		}
		if st.spoken == nil {
			st.spoken = map[int][]int{}
		}
		st.spoken[c.sent] = append(st.spoken[c.sent], st.spokenN)
		if s := st.sentAt(c.sp0); s != c.sent {
			st.spoken[s] = append(st.spoken[s], st.spokenN)
		}
	}
	lo := st.sents[si].t0
	// A clause of its own after "but" or a semicolon, or after "and" with
	// a subject of its own: "US Customs claimed … but his lawyer told …
	// and added" is the lawyer's; "prosecutors charged the officer and
	// Emanuel fired his police chief, acknowledging …" is Emanuel's.
	clause := false
	for j := k - 1; j > lo; j-- {
		w := st.toks[j].low
		if st.toks[j].region < 0 && st.finite(j+1, k) && (w == "but" || w == ";" || w == "and" && j+1 < k && st.clauseAt(j+1, k) && st.finite(lo, j) && st.agrees(j+1, k)) {
			lo, clause = j+1, true
			break
		}
	}
	// After a comma the participle leaves a relative clause: in "announced
	// a drive to help women who want to work in male dominated sectors,
	// saying …" the women's wanting is no attribution of its speaker's.
	//
	// Of several candidates, the one whose cue is nearest before k and
	// not inside another's content, else the latest: in "… but said there
	// was no meeting planned with Trump, adding: …" the spokesman adds,
	// not the meeting; in "Alongside BLM calls for action, a top GOP
	// strategist said …, saying" the strategist says.
	afterComma := k > lo && st.toks[k-1].low == ","
	best := -1
	for _, i := range slices.Backward(st.spoken[si]) {
		c := st.cands[i]
		if afterComma && c.sp1 == c.sp0+1 && relatives[st.toks[c.sp0].low] {
			continue
		}
		if c.sp0 >= k || clause && c.sp0 < lo {
			continue
		}
		if best < 0 || st.usableCue(c, k, si) && (!st.usableCue(st.cands[best], k, si) || c.cue0 > st.cands[best].cue0) {
			best = i
		}
	}
	if best >= 0 {
		return st.purposeSpeaker(st.cands[best]) // "used his TV appearance to defend …, saying": Kennedy's
	}
	for j := lo; j < k; j++ {
		if _, _, ok := st.cueAt(j); ok {
			s, e := st.subject(j, lo)
			if e <= s && st.coordinated(j, st.sents[si].t0) {
				s, e = st.mainSubject(si) // "The spokesman refused … but said there was no meeting planned, adding:"
			}
			if e > s && s > lo && (prepositions[st.toks[s-1].low] || st.tagOf(st.toks[s-1]) == "IN") {
				continue // inside a fronted phrase: "Alongside BLM calls for action, a strategist said …, saying"
			}
			if e > s && e <= k {
				return s, e
			}
		}
	}
	if clause {
		for j := k - 1; j > lo; j-- {
			if isFiniteTag(st.tagOf(st.toks[j])) && st.toks[j].region < 0 {
				if s, e := st.subject(j, lo); e > s {
					return s, e // the subject of the clause's verb
				}
				break
			}
		}
	}
	if s, e := st.mainSubject(si); e > s && e <= k {
		if st.silentHead(s, e) {
			// A subject that says nothing leaves the participle to the
			// subject of the nearest clause before it: in "The fracas
			// erupted two months after the real estate tycoon entered
			// the race …, calling them rapists" the tycoon calls.
			for j := k - 1; j > e; j-- {
				if isFiniteTag(st.tagOf(st.toks[j])) && st.toks[j].region < 0 {
					if s2, e2 := st.subject(j, lo); e2 > s2 && e2 <= k && s2 >= e && !st.silentHead(s2, e2) {
						return s2, e2
					}
				}
			}
		}
		return s, e
	}
	return k, k
}

// silentHead reports whether the noun phrase [a, b) is headed by a common
// noun of a thing that says nothing (silentSenses): "The fracas", "the
// meeting".
func (st *state) silentHead(a, b int) bool {
	h := st.headOf(a, b)
	if h < 0 {
		return false
	}
	t := st.toks[h]
	if !t.word || t.upper || pronouns[t.low] {
		return false
	}
	sense, ok := st.wn.Noun(t.low)
	return ok && silentSenses[sense.Lex[0]]
}

// labelAfterDash returns the start of a name that a dash sets off before
// the colon at token p, in sentence tokens from lo: "… TURNOUT IN IOWA -
// Michael P. McDonald:", "… all along - More from Blumenthal and Cohen:"
// (the name after "from"); p when there is none.
func (st *state) labelAfterDash(p, lo int) int {
	k := p - 1
	for k > lo && p-k <= 6 && (st.toks[k].word && (st.toks[k].upper || st.toks[k].low == "and" || st.toks[k].low == "from") || st.abbrevDot(k, p)) {
		k--
	}
	if k <= lo || k == p-1 || !isDash(st.toks[k].low) || !st.toks[k+1].upper {
		return p
	}
	a := k + 1
	if st.toks[a].low == "more" && a+2 < p && st.toks[a+1].low == "from" {
		a += 2
	}
	if !st.personSubject(a, p) && !st.upperWithin(a, p) {
		return p
	}
	return a
}

// usableCue reports whether candidate c has a cue before token k that
// lies inside the content of no other candidate of sentence si.
func (st *state) usableCue(c cand, k, si int) bool {
	if c.cue1 <= c.cue0 || c.cue0 >= k {
		return false
	}
	at := int(st.toks[c.cue0].s)
	for _, i := range st.spoken[si] {
		if o := st.cands[i]; o.cs <= at && at < o.ce && o.cue0 != c.cue0 {
			return false
		}
	}
	return true
}

// mainSubject returns the noun phrase opening sentence si's main clause:
// after a leading adverbial ("In May, …", "When asked, …", "Shivering in
// a floor-length dress, …") up to its comma.
func (st *state) mainSubject(si int) (int, int) {
	s := st.sents[si]
	i := s.t0
	for i < s.t1 && (st.toks[i].mark || !st.toks[i].word) {
		i++
	}
	if i < s.t1 && conjunctions[st.toks[i].low] {
		i++
	}
	placeAdverb := i+1 < s.t1 && st.tagOf(st.toks[i]) == "RB" && prepositions[st.toks[i+1].low] // "Here in Columbia, …"
	for j := i + 1; j < s.t1 && j-i <= 5; j++ {
		if st.toks[j].low == "," {
			if w := st.toks[j-1].low; laterWords[w] || w == "ago" || st.onlyTime(i, j) {
				i = j + 1 // "Hours later, Trump returned the compliment"
			}
			break
		}
		if w := st.toks[j].low; (laterWords[w] || w == "ago") && st.onlyTime(i, j) && j+1 < s.t1 && st.toks[j+1].word {
			i = j + 1 // "A few minutes later they reversed themselves"
			break
		}
	}
	if i < s.t1 && (adverbialOpeners[st.toks[i].low] || st.adverbAt(i) || placeAdverb || st.participleOpener(i)) {
		for j := i; j < s.t1 && j-i < 25; j++ {
			if st.toks[j].low == "," && st.toks[j].region < 0 {
				i = st.pastPlaceState(j+1, s.t1)
				break
			}
		}
	}
	if i >= s.t1 || pronouns[st.toks[i].low] {
		return i, min(i+1, s.t1)
	}
	e := i
	for e < s.t1 && e-i < 10 {
		t := st.toks[e]
		if t.region >= 0 || t.mark {
			break
		}
		if !(determiners[t.low] || possessives[t.low] && e == i || npLinks[t.low] && e > i || possessiveClitic(t.low) || st.nominal(e) || st.prenominal(e)) || st.isCueStart(e) {
			break
		}
		e++
	}
	for e > i && npLinks[st.toks[e-1].low] {
		e--
	}
	return i, e
}

// pastPlaceState returns the token after the state or country that
// follows, after its comma, a place named after a preposition ("Speaking
// in Salem, New Hampshire, Trump went …": Trump), else i, the token after
// that comma. A relative after the second comma makes the words a
// person's name ("In Paris, President Macron, who …").
func (st *state) pastPlaceState(i, hi int) int {
	if i < 2 || st.toks[i-1].low != "," {
		return i
	}
	a := i - 2
	for a >= 0 && i-2-a < 4 && st.toks[a].upper && st.toks[a].word {
		a--
	}
	if a == i-2 || a < 0 || !prepositions[st.toks[a].low] {
		return i
	}
	e := i
	for e < hi && e-i < 4 && st.toks[e].upper && st.toks[e].word {
		e++
	}
	if e == i || e+1 >= hi || st.toks[e].low != "," || relatives[st.toks[e+1].low] || !st.toks[e+1].word {
		return i
	}
	return e + 1
}

// participleOpener reports whether token i, opening a sentence, is a
// participle that opens an adverbial phrase ("Shivering in …,", "Asked
// about …,").
func (st *state) participleOpener(i int) bool {
	if i+1 >= len(st.toks) || !st.toks[i+1].word {
		return false
	}
	tag := st.tagOf(st.toks[i])
	if tag == "VBG" || tag == "VBN" {
		return true
	}
	// Capitalised, an "-ing" verb may be tagged as a name: "Rallying
	// hundreds of service workers, …" (not "Manning said").
	low, next := st.toks[i].low, st.toks[i+1]
	if !st.toks[i].upper || tag != "NNP" || !strings.HasSuffix(low, "ing") || next.upper || conjunctions[next.low] || isFiniteTag(st.tagOf(next)) {
		return false
	}
	_, verb := st.wn.VerbKey(low)
	return verb
}

// mixed adds the reported clause carrying a partial quote, when the cue at
// k takes a clause.
func (st *state) mixed(p cand, k, n int) {
	e := st.cueCacheGet(k)
	si := st.sentAt(k)
	start, b0, before := st.parenthetical(si, k, n, st.clauseStart(k, n, e, st.sents[si].t1), p.sp0, p.sp1)
	if s := st.sents[si]; p.sp0 == k+n && p.sp1+1 < s.t1 && st.toks[p.sp1].low == "," && k-1 > s.t0 && st.toks[k-1].low == "," {
		// Inverted: "there will be, says Mr Donofrio, no value in …":
		// the clause after the speaker, the words before the cue.
		start, b0, before = p.sp1+1, s.t0, k-1
	}
	end := st.contentEnd(si, start)
	if end-start < 2 {
		return
	}
	if st.interrupted(b0, before, start) {
		start, before = b0, -1
	}
	cs, ce := st.span(start, end)
	ce = st.trimMarks(cs, ce)
	if cs >= p.cs-1 && ce <= p.ce+1 {
		return // the clause is the quote
	}
	c := p
	c.cs, c.ce, c.kind, c.region, c.t0, c.t1 = cs, ce, "mixed", -1, start, end
	st.add(c)
	if before >= 0 {
		st.addClause(si, b0, before, p.sp0, p.sp1, k, k+n)
	}
}

// interrupted reports whether the words before a parenthetical
// attribution, tokens [b0, before) (before < 0: none), and its clause
// from start are one claim the attribution interrupts, reported as one
// record with the cue inside, as PolNeAR marks it: "The Tories, he said,
// can cut crime", "By contrast, he said, New Labour had listened". They
// are two when the words before are a clause of their own and the rest
// opens with no verb ("The comments were not a one-off, he said,
// claiming …"), and a lone "But," is no part; words before that end with
// an auxiliary are no clause of their own ("there will be, says X, no
// value in …"), nor are those a "that" after the attribution goes on
// ("It is no surprise, he said, that …").
func (st *state) interrupted(b0, before, start int) bool {
	return before >= 0 && st.tagged && !st.onlyLinks(b0, before) && (!st.finite(b0, before) || isFiniteTag(st.tagOf(st.toks[start])) || st.openEnded(b0, before) || st.toks[start].low == "that")
}

// openEnded reports whether the words in tokens [a, b) end with an
// auxiliary or a copula still waiting for what it governs: "Ultimately,
// there will be, says Mr Donofrio, no value in …" is one claim.
func (st *state) openEnded(a, b int) bool {
	for b > a && !st.toks[b-1].word {
		b--
	}
	return b > a && auxiliaries[st.toks[b-1].low]
}

// addInterrupted adds the reported clause [start, end) and the words
// before its parenthetical attribution, [b0, before) (before < 0: none):
// one record over both when the attribution interrupts one claim
// (interrupted), else each of its own.
func (st *state) addInterrupted(si, b0, before, start, end, sp0, sp1, cue0, cue1 int) {
	if st.interrupted(b0, before, start) {
		st.addClause(si, b0, end, sp0, sp1, cue0, cue1)
		return
	}
	if before >= 0 {
		st.addClause(si, b0, before, sp0, sp1, cue0, cue1)
	}
	st.addClause(si, start, end, sp0, sp1, cue0, cue1)
}

// onlyLinks reports whether the words in tokens [a, b) are only
// conjunctions and linking adverbs ("But", "However"): no content.
func (st *state) onlyLinks(a, b int) bool {
	for k := a; k < b; k++ {
		if t := st.toks[k]; t.word && !conjunctions[t.low] && !clauseBreaks[t.low] {
			return false
		}
	}
	return true
}

// parenthetical handles a parenthetical attribution, cue k of n tokens
// with speaker [sp0, sp1) inside sentence si, whose clause the rules start
// at token start: "Though the move was seamless, he said, replacing her
// would be harder" goes on after the comma that closes the attribution,
// and "The difference now, he told me on Friday, is that …" has the
// words before it as content too (indirect reports the two parts as one
// claim the attribution interrupts, or as two records with the same cue
// when the words before are a clause of their own). It
// returns the clause's start, the start of the words before (the
// sentence's, or a relative pronoun's) and the comma that ends them, -1
// when they are no content.
func (st *state) parenthetical(si, k, n, start, sp0, sp1 int) (int, int, int) {
	s := st.sents[si]
	// (After an addressee too: "The solution, the partner told them, was
	// simple"; and with "that" after the comma, which goes on the words
	// before: "It is no surprise, Mr. Garin said, that Mrs. Clinton did
	// better", "a provision, Corker said, that is meant to …".)
	if start == k+n+2 && st.toks[k+n].low == "," && st.toks[k+n+1].low == "that" && sp0-1 > s.t0 && st.toks[sp0-1].low == "," {
		start = k + n
	}
	if bare := start == k+n || st.cueCacheGet(k).frame == frameObj && start > k+n && st.objectAfter(k+n, s.t1) == start; bare && start+1 < s.t1 && st.toks[start].low == "," && sp1 > sp0 && sp0 > s.t0 {
		switch next := st.toks[start+1]; st.toks[sp0-1].low {
		case ",":
			if sp0-1 > s.t0 {
				start++
			}
		case "as":
			// "As Smith said, the plan will fail": the clause after the
			// comma; mid-sentence, what follows it ("it is, as he said,
			// more than “an electoral device”").
			// So does a clause opened by a subordinate one: "As the Post
			// reported, even if Sanders split the delegates, he would …".
			if sp0-1 > s.t0 && (next.word || next.mark) || next.region < 0 && !next.mark && (st.clauseAt(start+1, s.t1) || st.subordinateAt(start+1, s.t1)) {
				start++
			}
		}
	}
	afterThat := start-2 > k && st.toks[start-1].low == "," && st.toks[start-2].low == "that" // "understand that, people are scared"
	// An adjunct before a cue whose clause follows its object is no content
	// ("In a letter, Barroso told the president, Josep Borrell, that …");
	// before a parenthetical one it is ("In his state, Christie said, …").
	if c := sp0 - 1; sp1 > sp0 && c > s.t0 && st.toks[c].low == "," && st.firstWord(s.t0, c) < c && !st.finiteCue(s.t0, c) &&
		(st.commaIn(k+n, start) || speechLemmas[st.cueCacheGet(k).lemma] && sp1 <= k && !st.commaIn(sp1, k) && st.conditionalLead(s.t0, c)) && !afterThat &&
		(st.toks[start-1].low == "," || !st.adjunctLead(s.t0, c)) {
		// Inside a relative clause the words before start at its
		// pronoun: "near the stadium, which, Tompkins said, is full …".
		b0 := s.t0
		for j := c - 1; j > s.t0; j-- {
			if w := st.toks[j].low; (w == "which" || w == "who" || w == "where") && st.toks[j-1].low == "," {
				b0 = j
				break
			}
		}
		return start, b0, c
	}
	return start, s.t0, -1
}

// appositiveParticipleEnd returns where the content [start, end) of the
// participle at k ends when the participle opens a phrase between its
// sentence's subject and main verb: before the comma that precedes the
// verb ("The firm, reporting its first annual results since listing in
// June, said …": the results; it said the rest). Else end.
func (st *state) appositiveParticipleEnd(k, start, end int) int {
	lo := st.sents[st.sentAt(k)].t0
	if k-1 <= lo || st.toks[k-1].low != "," || st.tagOf(st.toks[k]) != "VBG" || st.finite(lo, k) {
		return end
	}
	if a, b := st.np(k-2, lo); b != k-1 || a != st.firstWord(lo, k) {
		return end // the subject alone opens the sentence (not "The campaign responded Friday, saying …")
	}
	for j := start + 1; j < end; j++ {
		if t := st.toks[j]; t.region < 0 && isFiniteTag(st.tagOf(t)) && st.toks[j-1].low == "," && st.toks[j-1].region < 0 {
			return j - 1
		}
	}
	return end
}

// conditionalLead reports whether tokens [a, c) are a fronted condition,
// "If X" or "Unless X" with no comma inside, which belongs to what a
// speech verb reports: "If Trump is not the nominee, he said he would
// settle for …" (not to what one thinks or wants: PolNeAR leaves it out).
func (st *state) conditionalLead(a, c int) bool {
	f := st.firstWord(a, c)
	if f+1 < c && st.toks[f].low == "even" {
		f++
	}
	return f < c && (st.toks[f].low == "if" || st.toks[f].low == "unless") && !st.commaIn(f, c)
}

func (st *state) cueCacheGet(k int) cueEntry {
	if e, ok := st.cueCache[k]; ok {
		return e
	}
	e, _, _ := st.cueAt(k)
	st.cueCache[k] = e
	return e
}

// trimMarks drops a closing quote mark left at the end of [cs, ce) when its
// opening mark is outside.
func (st *state) trimMarks(cs, ce int) int {
	for ce > cs {
		r, n := utf8.DecodeLastRuneInString(st.text[cs:ce])
		if r == '"' || r == '”' || r == '’' || r == '\'' {
			if strings.ContainsAny(st.text[cs:ce-n], "\"“") {
				break
			}
			ce -= n
			continue
		}
		break
	}
	return ce
}

// clauseStart returns the first token of the clause a cue at k (n tokens)
// reports: after an addressee, a "that" or a colon.
func (st *state) clauseStart(k, n int, e cueEntry, hi int) int {
	i := k + n
	if e.frame == frameObj && i < hi && st.toks[i].low != "that" {
		o := st.objectAfter(i, hi)
		if o < hi && o > i && st.toks[o].low == "to" {
			return i // "asked the congregation to stand": object and infinitive
		}
		if to := st.pastReducedRelative(o, hi); to > o && st.toks[to].low == "to" && st.infinitiveAt(to+1) {
			return i // "asking the watchdog overseeing the rules to stop the calls"
		}
		// "told a town hall in Salem on Monday that …", "told MSNBC's
		// “Morning Joe” that …" (a short quoted title in the addressee).
		for j := o; j < hi && j-i < 15; j++ {
			t := st.toks[j]
			if t.mark && t.region < 0 && j+1 < hi && st.toks[j+1].region >= 0 {
				if rg := st.regions[st.toks[j+1].region]; rg.t1-rg.t0 <= 5 && rg.close >= 0 {
					j = rg.t1 // past the title; the loop steps over its closing mark
					continue
				}
			}
			if t.region >= 0 || t.mark || t.low == "." || t.low == ";" || t.low == ":" || pronouns[t.low] || clauseStarts[t.low] && t.low != "that" {
				break // (a question: "asked whether the minister could reach that level")
			}
			if t.low == "that" {
				return j + 1
			}
			if _, _, ok := st.cueAt(j); ok {
				break
			}
		}
		i = st.pastTitle(o, hi)
	}
	if i < hi && (st.toks[i].low == "that" || st.toks[i].low == ":") {
		if i+2 < hi && st.toks[i].low == "that" && st.toks[i+1].low == "," {
			return i + 2 // "said that, if elected, he would …"
		}
		if st.demonstrativeThat(i, hi) {
			return i // "said that was a natural part of …"
		}
		return i + 1
	}
	// A name ending the addressee before a colon or "that": "told Czech
	// newspaper Daily Sport: …".
	if i < hi && st.toks[i].upper && st.toks[i].word && e.frame == frameObj {
		j := i
		for j < hi && j-i < 5 && st.toks[j].upper && st.toks[j].word && st.toks[j].region < 0 {
			j++
		}
		if j < hi && (st.toks[j].low == ":" || st.toks[j].low == "that") {
			return j + 1
		}
	}
	// Adverbials before "that": "said in a statement Tuesday that",
	// "said earlier this year that", "said Thursday during a taping of a
	// town hall meeting in Buffalo, New York, that". Only after a
	// preposition, an adverb or a time word; a pronoun, a conjunction or a
	// verb means the clause has begun ("ordered 300 of them to Cameroon to
	// assist … a group that").
	// An aside between dashes, then "that": "said — on Twitter, as it
	// happens — that Trump raised …".
	if i < hi && isDash(st.toks[i].low) {
		for j := i + 1; j+1 < hi && j-i <= 15 && st.toks[j].region < 0; j++ {
			if isDash(st.toks[j].low) {
				if st.toks[j+1].low == "that" {
					return j + 2
				}
				break
			}
		}
	}
	nounAfterComma := i+1 < hi && st.toks[i].low == "," && nounPhraseTag(st.tagOf(st.toks[i+1])) && !timeWords[st.toks[i+1].low]
	if i >= hi || nounAfterComma || !(prepositions[st.toks[i].low] || st.adverbAt(i) || timeWords[st.toks[i].low] || st.toks[i].low == "," || isDash(st.toks[i].low)) {
		// (a dash: "by asserting — in one sentence — that he …"; a comma
		// before a noun ends a fronted clause: "as Politico has reported,
		// cases that led to charges …")
		return i
	}
	for j := i; j < hi && j-i < 20; j++ {
		t := st.toks[j]
		if t.region >= 0 || t.mark || t.low == "." || t.low == ";" || pronouns[t.low] || conjunctions[t.low] {
			break
		}
		if t.low == "to" && j+1 < hi && st.tagOf(st.toks[j+1]) == "VB" || j-i >= 12 && isFiniteTag(st.tagOf(t)) || relatives[t.low] && t.low != "that" {
			break // (a relative clause: "add up for those people who own players that")
		}
		if t.low == "that" || t.low == ":" {
			return j + 1
		}
		if _, _, ok := st.cueAt(j); ok {
			break
		}
	}
	// A time adjunct, then the clause without "that": "said on
	// Wednesday it was time", "said last week the talks had failed"; or
	// a short prepositional phrase, then a pronoun: "said in a
	// statement it is investigating".
	if j := st.pastTimeAdjunct(i, hi); j > i && j < hi && (st.clauseAt(j, hi) ||
		(determiners[st.toks[j].low] || possessives[st.toks[j].low]) && st.dayAt(j-1)) {
		return j // (and a noun phrase after a day: "announced Monday the lawsuit")
	}
	if j := st.pastPlaceAdjunct(i, hi); j > i && j < hi && pronouns[st.toks[j].low] && st.clauseAt(j, hi) {
		return j
	}
	if st.toks[i].low == "," && (e.frame == frameThat || e.frame == frameObj) {
		// An aside set off by commas, then the clause: "says, win or lose
		// in Tuesday’s primary, he’s staying in the race" reports both.
		for j := i + 1; j+1 < hi && j-i <= 12; j++ {
			t := st.toks[j]
			if t.region >= 0 || t.mark || t.low == ";" || t.low == ":" || isFiniteTag(st.tagOf(t)) {
				break
			}
			if t.low == "," {
				if st.clauseAt(j+1, hi) {
					return i + 1
				}
				break
			}
		}
	}
	return i
}

// expletives are subjects that name no one: "it seems likely that".
var expletives = setOf("it", "this", "that", "there")

// attitudeAdjective reports whether an adjective and "that" start at
// token i: after "seemed" or "appeared" the subject's own attitude
// ("seemed hopeful that", "appeared confident that").
func (st *state) attitudeAdjective(i int) bool {
	return st.tagged && i+2 < len(st.toks) && strings.HasPrefix(st.tagOf(st.toks[i]), "JJ") && st.toks[i+1].low == "that" &&
		st.sentAt(i+1) == st.sentAt(i)
}

// pastReducedRelative returns the token after a participle phrase of a
// few words starting at o that modifies the noun before it ("the watchdog
// [overseeing the rules] to stop", "the firm [hired by the party] to
// run"), or o when none starts there.
func (st *state) pastReducedRelative(o, hi int) int {
	if o >= hi || !st.tagged {
		return o
	}
	if tag := st.tagOf(st.toks[o]); tag != "VBG" && tag != "VBN" {
		return o
	}
	for j := o + 1; j < hi && j-o <= 8; j++ {
		t := st.toks[j]
		if t.region >= 0 || t.mark || !t.word || isFiniteTag(st.tagOf(t)) {
			return o
		}
		if t.low == "to" {
			return j
		}
	}
	return o
}

// pastPlaceAdjunct returns the token after a preposition and a short
// noun phrase opened by a determiner starting at i ("in a statement", "at
// a news conference", "in his speech"), or i when none starts there.
func (st *state) pastPlaceAdjunct(i, hi int) int {
	if i+2 >= hi || !prepositions[st.toks[i].low] || !(determiners[st.toks[i+1].low] || possessives[st.toks[i+1].low]) {
		return i
	}
	for k := i + 2; k < hi && k-i <= 5; k++ {
		t := st.toks[k]
		if !t.word || t.region >= 0 || strings.HasPrefix(st.tagOf(t), "VB") || pronouns[t.low] {
			return i
		}
		if strings.HasPrefix(st.tagOf(t), "NN") && k+1 < hi && pronouns[st.toks[k+1].low] {
			return k + 1
		}
	}
	return i
}

// pastTimeAdjunct returns the token after a time adjunct starting at i
// ("on Wednesday", "on Monday night", "last week", "in April 2004",
// "earlier this year"), or i when none starts there.
func (st *state) pastTimeAdjunct(i, hi int) int {
	j := i
	if j < hi {
		switch st.toks[j].low {
		case "on", "in", "at", "during":
			j++
		}
	}
	k := j
	for k < hi && k-j < 4 && (timeWords[st.toks[k].low] || dayParts[st.toks[k].low] || st.dateWord(k) || st.toks[k].low == "the" && k+1 < hi && (dayParts[st.toks[k+1].low] || st.toks[k+1].low == "past") || st.toks[k].low == "past" && k > j) {
		k++
	}
	if k == j {
		return i
	}
	if k < hi && st.toks[k].low == "," {
		k++
	}
	return k
}

// dayAt reports whether token k, or the one before a comma at k, names a
// day or a part of one: "Monday", "yesterday", "last week", "May 3".
func (st *state) dayAt(k int) bool {
	if k > 0 && st.toks[k].low == "," {
		k--
	}
	w := st.toks[k].low
	return dayParts[w] || st.dateWord(k) || dayWords[w]
}

// dayNames name a day; dayWords are those and "tonight".
var (
	dayNames = []string{"today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	dayWords = setOf(append([]string{"tonight"}, dayNames...)...)
)

// adverbialIdioms open with a preposition but are adverbs: "said at least
// 111 bodies had been set up" reports a clause.
var adverbialIdioms = setOf("at least", "at most", "at length", "at first", "at last", "at times", "at once", "in fact", "in turn",
	"in particular", "in general", "of course")

// adverbialIdiom reports whether an adverbial idiom starts at token k.
func (st *state) adverbialIdiom(k int) bool {
	return k+1 < len(st.toks) && adverbialIdioms[st.toks[k].low+" "+st.toks[k+1].low]
}

// subjectPronouns are pronouns that are always a clause's subject.
var subjectPronouns = setOf("i", "we", "he", "she", "they")

// clauseAt reports whether a clause opens at token j: a subject pronoun,
// or a pronoun, a determiner or a capitalised word with a finite verb
// within the next few words of the sentence ending at hi.
func (st *state) clauseAt(j, hi int) bool {
	t := st.toks[j]
	if t.region >= 0 || !(pronouns[t.low] || determiners[t.low] || t.low == "there" || t.upper && t.word) {
		return false
	}
	if subjectPronouns[t.low] || t.low == "it" && j+1 < hi && st.toks[j+1].word {
		return true
	}
	for k := j + 1; k < hi && k-j <= 8; k++ {
		if w := st.toks[k].low; w == "," || w == ";" || st.toks[k].mark {
			return false
		}
		if isFiniteTag(st.tagOf(st.toks[k])) {
			return true
		}
	}
	return false
}

// indirect finds reported speech in sentence si around cues that no direct
// quote used.
func (st *state) indirect(si int) {
	s := st.sents[si]
	for k := s.t0; k < s.t1; k++ {
		if cue1, src, ok := st.sourceCue(k, s.t1); ok {
			if !st.cueUsed(k) { // (a quote's source: `"…," according to CNN`)
				st.accordingTo(si, k, cue1, src)
			}
			k = cue1 - 1
			continue
		}
		if st.cueUsed(k) {
			continue
		}
		if st.expected(si, k) || st.nominalCue(si, k) || st.impersonal(si, k) {
			continue
		}
		e, n, ok := st.cueAt(k)
		if !ok {
			continue
		}
		if k+2 < s.t1 && st.toks[k+1].low == "to" && st.tagOf(st.toks[k+2]) == "VB" && st.verbIn(k, aspectualVerbs) {
			continue // "I continue to believe that …": the believing is reported, if anything (the cue model judges it)
		}
		a := k + n
		if a+2 < s.t1 && st.toks[a+1].low == "to" && st.toks[a].word && strings.HasSuffix(st.toks[a].low, "ly") && (!st.tagged || st.tagOf(st.toks[a]) == "RB") {
			a++ // "agreed unanimously to delay"
		}
		if t := st.pastTimeAdjunct(a, s.t1); e.frame == frameThat && t+1 < s.t1 && st.toks[t].low == "to" && st.infinitiveAt(t+1) && (t == a || !st.isCueStart(t+1)) {
			e.frame = frameTo // "agreed to share", "threatened to leave", "agreed on Friday to suspend": an intention
		}
		if e.frame == frameTo && a+1 < s.t1 && (st.toks[a].low == "that" || pronouns[st.toks[a].low] && isFiniteTag(st.tagOf(st.toks[a+1]))) {
			e.frame = frameThat // "analysts expect that it will continue to …", "vowed he would": a clause
		}
		st.cueCache[k] = e
		var sp0, sp1 int
		if st.isParticiple(k) {
			sp0, sp1 = st.inheritSpeaker(k)
		} else {
			sp0, sp1 = st.subject(k, s.t0)
			if st.participleAfterObject(k, e, sp0, sp1) {
				sp0, sp1 = st.inheritSpeaker(k) // "cancelled an appearance at the premiere saying she was too ill"
			}
			sp0, sp1 = st.carrierOwner(k, sp0, sp1)
			if sp1 <= sp0 && k-2 >= s.t0 && st.toks[k-1].low == "to" && st.verbIn(k-2, aspectualVerbs) {
				sp0, sp1 = st.subject(k-2, s.t0) // "I continue to believe that"
			}
			if sp1 <= sp0 && st.coordinated(k, s.t0) {
				sp0, sp1 = st.inheritSpeaker(k) // "… but argues that"
			}
			if (sp1 <= sp0 || !st.contentful(sp0, sp1)) && st.tagged && isFiniteTag(st.tagOf(st.toks[k])) && !st.finite(s.t0, k) {
				// The cue is the main verb: its subject opens the sentence,
				// however long ("Democrats trying to regain control of the
				// Senate in November say").
				if ms, me := st.mainSubject(si); me > ms && me <= k && st.contentful(ms, me) {
					sp0, sp1 = ms, me
				}
			}
		}
		start, b0, before := st.parenthetical(si, k, n, st.clauseStart(k, n, e, s.t1), sp0, sp1)
		st.npClause = e.frame == frameNP || e.frame == frameAs
		end := st.contentEnd(si, start)
		st.npClause = false
		if st.notSaying(k, n, e, start, end) {
			continue
		}
		if e.frame == frameNP && start == k+n && st.verbIn(k, emissionVerbs) {
			// "expressed his condolences over the massacre": the noun
			// holds the attitude and the massacre is what it is about.
			if st.objectNounCue(k, sp0, sp1, nil) >= 0 {
				st.useCue(k)
				continue
			}
		}
		if e.frame == frameNP && k > s.t0 && strings.HasPrefix(st.tagOf(st.toks[k-1]), "NN") && !st.finite(s.t0, k) &&
			(st.tagOf(st.toks[k]) == "VBG" || st.tagOf(st.toks[k]) == "VBN") {
			// A participle after a noun in the sentence's subject ("A super
			// PAC supporting Marco Rubio spent …"): its object ends before
			// the main verb.
			for j := start + 1; j < end; j++ {
				if isFiniteTag(st.tagOf(st.toks[j])) && st.toks[j].region < 0 {
					end = j
					for end > start+1 && !st.toks[end-1].word && !st.keepsEnd(end-1, start+1) {
						end--
					}
					break
				}
			}
		}
		end = st.appositiveParticipleEnd(k, start, end)
		end = st.clauseEnd(k, sp0, sp1, start, end)
		if end = st.subordinateEnd(si, k, start, end); sp1 == sp0+1 && (st.toks[sp0].low == "who" || st.toks[sp0].low == "which") {
			for j := start + 1; j < end; j++ {
				if st.toks[j].low == "," && st.toks[j].region < 0 {
					end = j // the relative clause ends at its comma
					break
				}
			}
		}
		if e.frame == frameTo {
			// "vowed to …", "urged him to …": the clause opens at "to".
			j := start
			for j < end && j-start < 4 && st.toks[j].low != "to" {
				j++
			}
			switch {
			case st.tagOf(st.toks[start]) == "VBG" && !(j < end && st.toks[j].low == "to" && st.infinitiveAt(j+1)):
				// "intends moving them to Asia": a gerund is the content.
			case j < end && st.toks[j].low == "to":
				// After an object the clause keeps it, and so does an
				// object with a preposition "to" in it: "expected the firm
				// to raise prices", "expected a figure closer to A$431m"
				// (not after a participle, "pledged delegates according
				// to", nor a clause: "Labour is committed to").
				inf := j+1 < end && st.infinitiveAt(j+1)
				if tag := st.tagOf(st.toks[k]); j == start || !st.objectBefore(start, j) ||
					!inf && (tag == "VBN" || tag == "JJ" || st.toks[j-1].low == "according" || st.finite(start, j)) {
					start = j
				}
			case npWants[e.lemma] && sp1 > sp0 && end-start >= 2:
				// "want their money back": a noun phrase is the content.
			default:
				continue
			}
		}
		// "agreed to the plan", "reminds us of", "said in an interview.": no
		// clause after the cue.
		if e.frame == frameNP && start < s.t1 && npBadStarts[st.toks[start].low] && !speechLemmas[e.lemma] {
			continue // "a report issued in May", "compared with the October debate"
		}
		b := start - 1
		if b > k && st.toks[b].low == "," {
			b-- // "said that, in his view, …"
		}
		prep := e.frame != frameTo && e.frame != frameNP && prepositions[st.toks[min(start, len(st.toks)-1)].low] && !st.adverbialIdiom(start) &&
			!(b > k && (st.toks[b].low == "that" || st.toks[b].low == ":")) // "said that in a race …, he would"
		// "CLAUSE, top black lawmakers said Friday afternoon, as …": only
		// an adjunct follows a postposed cue; the clause is before it.
		rest := k + n
		if e.frame == frameObj {
			rest = st.objectAfter(rest, s.t1) // "…, Obama told his advisers as he labored"
			if rest > k+n && toldThings[st.toks[rest-1].low] {
				continue // "told a joke": what was told, no attribution of a clause
			}
		}
		// (", Mr. Garin said, that …" goes on the words before: parenthetical
		// starts the clause at "that".)
		thatGoesOn := before >= 0 && start < s.t1 && st.toks[start].low == "that"
		postposed := !thatGoesOn && sp1 > sp0 && sp0-1 > s.t0 && (st.toks[sp0-1].low == "," || st.commaBefore(sp0) && st.partialBefore(sp0-1)) && st.finite(s.t0, sp0-1) && (st.adjunctOnly(rest, s.t1) || (rest > k+n || e.frame == frameThat && rest+1 < s.t1 && st.clauseAt(rest+1, s.t1)) && st.whenClause(rest, s.t1)) && !st.clauseAfterComma(rest, s.t1)
		if sp0-1 >= s.t0 && (st.toks[sp0-1].low == "what" || st.toks[sp0-1].low == "whatever") && sp1 > sp0 && (start >= end || whatAdjunct(st.toks[start].low)) {
			continue // "That was what Liz Wahl said when she resigned": "what" is what she said
		}
		// "what Melania Trump told NBC News before her appearance": an
		// addressee and an adjunct, no clause.
		addressee := e.frame == frameObj && e.lemma == "tell" && start == k+n && rest > start && (rest >= end || st.adjunctOnly(rest, s.t1) || st.whenClause(rest, s.t1))
		if !prep && !postposed && !addressee && end-start >= 2 && st.toks[start].low != "," && st.toks[start].low != "." && !st.invertedAfter(k, n, s) {
			if sp1 <= sp0 {
				continue // passive or no subject found: too unsure
			}
			if start == k+n && st.verbFirst(start, end) && !st.gapBefore(sp0) {
				continue // "people using BT lines for voice calls has shrunk": a noun, no cue
			}
			st.useCue(k)
			st.addInterrupted(si, b0, before, start, end, sp0, sp1, k, k+n)
			continue
		}
		if k+n < s.t1 && st.toks[k+n].low == ":" {
			continue // "In the text accompanying the video, Wallnau wrote:": what follows the colon was written
		}
		if prep && (!speechLemmas[e.lemma] || !st.adjunctOnly(k+n, s.t1) && !st.bareRest(k+n, s.t1)) {
			continue // "…, I wrote in “Ralph Nader” on my ballot": an object after all
		}
		// Postposed: "CLAUSE, Smith said." or "CLAUSE, said Smith."
		comma := -1
		if sp1 > sp0 && sp0-1 >= s.t0 && st.toks[sp0-1].low == "," {
			comma = sp0 - 1
		} else if sp1 > sp0 && sp0-1 > s.t0 && st.commaBefore(sp0) && st.partialBefore(sp0-1) {
			comma = sp0 // `calling Trump “an orange buffoon,” Susan said as …`: the closing mark is content's
		} else if k-1 >= s.t0 && st.toks[k-1].low == "," {
			comma = k - 1
			sp0, sp1 = st.invertedNP(k+n, s.t1)
		}
		if comma <= s.t0 || sp1 <= sp0 || e.frame == frameNP || e.frame == frameAs {
			continue // (a noun phrase's verb reports no clause before it: "…, Washington backed down")
		}
		if f := st.firstWord(s.t0, comma); sp0 < k && f+1 < comma && (subordinators[st.toks[f].low] || conjunctions[st.toks[f].low] && subordinators[st.toks[f+1].low]) && k+n < s.t1 && st.toks[k+n].word && !st.commaIn(f, comma) {
			continue // "But when Congress cut funding …, Mexico said enough": a fronted clause of time, the main clause after it
		}
		start0 := st.pastAttribution(s.t0, comma)
		// "X, the Times said, including Y": the rest is content too, one
		// claim with X when the attribution interrupts it ("The tone of
		// the campaign, said Mr Milburn, would be more conversational").
		// Words of where or when only say nothing ("In an interview,
		// Deacon had nothing bad to say", "When reached by the AP, he
		// had little to say"): after such words an attribution
		// interrupts what follows ("By contrast, said Mr Hogan, the code
		// for viruses such as Gaobot … were").
		f := st.firstWord(s.t0, comma)
		lead := st.adjunctLead(s.t0, comma) || f < comma && subordinators[st.toks[f].low] && !st.finite(s.t0, comma)
		after := max(sp1, k+n)
		if after < s.t1 && st.toks[after].low == "," && (lead && after+1 < s.t1 && st.toks[after+1].word || st.restContinues(after+1, k < sp0) || st.agentAfterPassive(comma, after+1) || st.openEnded(s.t0, comma) && after+1 < s.t1 && st.toks[after+1].word) {
			rest := after + 1
			if conjunctions[st.toks[rest].low] && rest+1 < s.t1 {
				rest++ // "…, he said, and inflation will fall": "and" joins the two parts
			}
			if end := st.contentEnd(si, rest); end-rest >= 2 {
				st.useCue(k)
				st.addInterrupted(si, start0, comma, rest, end, sp0, sp1, k, k+n)
				continue
			}
		}
		if lead {
			continue
		}
		st.useCue(k)
		st.addClause(si, start0, comma, sp0, sp1, k, k+n)
	}
}

// demonstrativeThat reports whether "that" at i (before hi) is a clause's
// subject, not its complementiser: a finite verb follows it ("said that
// was a mistake", "says that’s not true").
func (st *state) demonstrativeThat(i, hi int) bool {
	if i+1 >= hi || st.toks[i].low != "that" {
		return false
	}
	n := st.toks[i+1]
	switch n.low {
	case "'s", "’s", "'ll", "’ll", "'d", "’d":
		return true
	}
	return n.word && !n.upper && isFiniteTag(st.tagOf(n)) && !pronouns[n.low]
}

// pastAttribution returns where the words [a, b) before a postposed
// attribution begin to be its content: after the last dash or semicolon
// that follows an attribution of their own ("Christie said that was a
// natural part of running — no different, he said, from …": "no
// different"), else a.
func (st *state) pastAttribution(a, b int) int {
	for j := b - 1; j > a; j-- {
		// (A hyphen is a dash between spaces, not a minus: "-0.1%".)
		t := st.toks[j]
		dash := isDash(t.low) && (t.low != "-" || spaceBefore(st.text, int(t.s)) && spaceAfter(st.text, int(t.e)))
		if (dash || t.low == ";") && t.region < 0 {
			for i := a; dash && i < j; i++ {
				if isDash(st.toks[i].low) {
					return a // a pair of dashes sets off an aside: "abortion – what … calls … – is"
				}
			}
			if st.finiteCue(a, j) {
				return j + 1
			}
			break
		}
	}
	return a
}

// runsOn reports whether the sentence goes on from quote rg into the
// words after its closing mark, closeTok, with no comma between:
// `According to the report, "more than half" the qualifications were
// …` (not `“… than the CIA,” presumably meaning …`).
func (st *state) runsOn(rg region, closeTok, hi int) bool {
	return closeTok < hi && st.toks[closeTok].word && st.toks[rg.t1-1].low != ","
}

// subordinateAt reports whether a subordinate clause opens at token j,
// before hi: a subordinator ("even" before one), then a clause ("if the
// deal fails", "even if Sanders split …").
func (st *state) subordinateAt(j, hi int) bool {
	if j+1 < hi && st.toks[j].low == "even" {
		j++
	}
	return j+1 < hi && subordinators[st.toks[j].low] && st.toks[j].region < 0 && st.clauseAt(j+1, hi)
}

// verbFirst reports whether tokens [a, b) open with a finite verb, not a
// past form before a noun ("highlighting claimed improvements").
func (st *state) verbFirst(a, b int) bool {
	t := st.tagOf(st.toks[a])
	if t == "VBD" && a+1 < b && strings.HasPrefix(st.tagOf(st.toks[a+1]), "NN") {
		return false
	}
	return isFiniteTag(t)
}

// gapBefore reports whether the speaker starting at token sp0 may open a
// relative clause whose gap the words after its cue fill: a relative
// pronoun, or a speaker after one, after "that" or after a noun ("a probe
// the agency said was ongoing").
func (st *state) gapBefore(sp0 int) bool {
	if gapRelatives[st.toks[sp0].low] {
		return true // "who has said wants to be a broker"
	}
	if sp0 == st.sents[st.sentAt(sp0)].t0 {
		return false
	}
	p := st.toks[sp0-1]
	return gapRelatives[p.low] || p.low == "that" || strings.HasPrefix(st.tagOf(p), "NN")
}

// commaBefore reports whether token k follows a comma: one of its own,
// or one that ends the quote closed just before it (`“…,” Susan said`).
func (st *state) commaBefore(k int) bool {
	if k < 2 {
		return false
	}
	p := st.toks[k-1]
	return p.low == "," || p.mark && st.toks[k-2].region >= 0 && st.toks[k-2].low == ","
}

// partialBefore reports whether the closing mark at token m ends a quote
// that a word of its sentence leads into (`calling Trump “an orange
// buffoon,”`), not one that opens its sentence or follows a colon.
func (st *state) partialBefore(m int) bool {
	r := st.toks[m-1].region
	if r < 0 {
		return false
	}
	o := st.regions[r].t0 - 1 // the opening mark
	for o >= 0 && !st.toks[o].mark {
		o--
	}
	return o > 0 && st.toks[o-1].word && st.sentAt(o-1) == st.sentAt(m)
}

// agrees reports whether the noun phrase from token a agrees in number
// with the first finite verb after it, before b: "Emanuel fired" does,
// "(between Mr Blair and) Mr Brown were" does not, so "Mr Brown" is no
// subject of its own there.
func (st *state) agrees(a, b int) bool {
	for v := a + 1; v < b && v-a <= 8; v++ {
		if tag := st.tagOf(st.toks[v]); isFiniteTag(tag) {
			head := st.tagOf(st.toks[v-1])
			plural := tag == "VBP" || st.toks[v].low == "were"
			return !(plural && (head == "NN" || head == "NNP"))
		}
	}
	return true
}

// objectBefore reports whether tokens [a, to) are a noun phrase, the
// object an infinitive at to has for its subject: "urged [him] to stay",
// "wants [fancy people in Manhattan] to like him" (not an adverb:
// "agreed unanimously to …").
func (st *state) objectBefore(a, to int) bool {
	t := st.toks[a]
	return objPronouns[t.low] || determiners[t.low] || possessives[t.low] || t.upper && t.word || strings.HasPrefix(st.tagOf(t), "NN")
}

// restContinues reports whether the words from token i, after a comma
// that closes a postposed attribution, go on with its content ("X, the
// Times said, including Y"; a conjunction or a subordinator of reason,
// condition or concession: "Lenox was a juggernaut, Mr. Clarke said,
// until it went bankrupt", "…, he said, although he could not predict a
// figure"; an infinitive: "It's to our advantage, he says, to help write
// the rules") rather than with the speaker's description or doings: a
// participle ("…, the board said, reasoning that"), an appositive after
// an inverted speaker ("…, said Rita Katz, the director of …") or a
// preposition or a subordinator of time ("…, he said, on condition of
// anonymity", "…, he said, as he left", "…, he will argue, while
// suggesting that").
func (st *state) restContinues(i int, inverted bool) bool {
	if i >= len(st.toks) {
		return false
	}
	t := st.toks[i]
	if conjunctions[t.low] && (st.isCueStart(i+1) || i+2 < len(st.toks) && pronouns[st.toks[i+1].low] && st.isCueStart(i+2)) {
		return false // the speaker's next saying: "…, Eurotunnel said, but warned that …", "…, but he said …"
	}
	switch t.low {
	case "including", "until", "because", "although", "though", "unless", "if", "whereas", "but", "and", "so", "since":
		return true
	case "who", "whom", "whose":
		return false // the speaker's relative clause: "…, said an REM spokesman, who added …"
	}
	switch tag := st.tagOf(t); {
	case tag == "VBG", tag == "IN":
		return false
	case inverted && (determiners[t.low] || possessives[t.low] || strings.HasPrefix(tag, "NN") || tag == "JJ"):
		return st.subjectAndVerb(i) // "Then, says Mr Kotamaraja, the blogging world found out", not "…, the director of …"
	}
	return true
}

// subjectAndVerb reports whether a noun phrase at token i is the subject
// of a finite verb that follows it, with no comma, quote or relative word
// between: a clause, not an appositive. An indefinite one describes ("…,
// said Sherman, a university grad whose …").
func (st *state) subjectAndVerb(i int) bool {
	if w := st.toks[i].low; w == "a" || w == "an" {
		return false
	}
	hi := st.sents[st.sentAt(i)].t1
	for k := i + 1; k < hi && k-i <= 8; k++ {
		t := st.toks[k]
		if t.low == "," || t.low == ";" || t.mark || t.region >= 0 || relatives[t.low] || prepositions[t.low] && k == i+1 {
			return false
		}
		if isFiniteTag(st.tagOf(t)) {
			return true
		}
	}
	return false
}

// agentAfterPassive reports whether the words from token i, after a
// postposed attribution, are the agent of a passive that ends the words
// before it at token comma: "The argument would be aided, Devine said, by
// the upcoming primary calendar".
func (st *state) agentAfterPassive(comma, i int) bool {
	return i < len(st.toks) && st.toks[i].low == "by" && comma > 0 && st.tagOf(st.toks[comma-1]) == "VBN"
}

// infinitiveAt reports whether token i, right after "to", can be a bare
// infinitive: tagged VB, or a lower-case word that opens no noun phrase
// ("agreed to share", not "agreed to the plan").
func (st *state) infinitiveAt(i int) bool {
	t := st.toks[i]
	if st.tagOf(t) == "VB" {
		return true
	}
	return t.word && !t.upper && t.region < 0 && !determiners[t.low] && !possessives[t.low] && !objPronouns[t.low] &&
		st.tagOf(t) != "CD" && st.tagOf(t) != "JJ" && st.tagOf(t) != "NNS" && !strings.HasSuffix(st.tagOf(t), "G")
}

// comparedIdiom reports whether token i stands in "easier said than done"
// (or "sooner …"), which reports nothing.
func (st *state) comparedIdiom(i int) bool {
	return i > 0 && i+1 < len(st.toks) && st.toks[i+1].low == "than" && (st.toks[i-1].low == "easier" || st.toks[i-1].low == "sooner")
}

// personAt reports whether token i is an object pronoun or a name.
func (st *state) personAt(i int) bool {
	t := st.toks[i]
	return t.low == "him" || t.low == "her" || t.low == "them" || t.low == "us" || t.low == "me" || t.upper && strings.HasPrefix(st.tagOf(t), "NNP")
}

// notSaying reports whether the cue at k (n tokens), whose content would
// be tokens [start, end), reports no speech: "say goodbye to", or "add"
// with an amount or a thing rather than a clause ("the U.S. added 292,000
// jobs"), or a verb of senseLemmas in its other sense ("saw its sales
// rise", "posted a loss", "knocked out").
func (st *state) notSaying(k, n int, e cueEntry, start, end int) bool {
	if start >= end {
		return false
	}
	switch e.lemma {
	case "say":
		return farewells[st.toks[start].low] && start == k+n
	case "claim":
		return st.prizeAt(start, end, prizes) // "claimed the top spot"
	case "defend", "retain":
		return st.prizeAt(start, end, titles) // "will defend the Davis Cup crown"
	case "deny":
		// "denied Elvis his fourth number one", "denying him a drink": one
		// kept from something, no denial of a claim.
		return start == k+n && start+1 < end && st.personAt(start) && (possessives[st.toks[start+1].low] || articles[st.toks[start+1].low] || st.toks[start+1].low == "the")
	case "compare":
		// "backed his legal action compared to 45% who …": a measure, no
		// comparison anyone made.
		w := st.toks[start].low
		return start == k+n && (w == "to" || w == "with")
	case "add":
		t := st.toks[start]
		return start == k+n && !t.mark && t.region < 0 && !st.clauseAt(start, end)
	case "see":
		return start == k+n && st.perceivedEvent(start, end)
	case "post":
		// "posted a 222% rise in profit", "posted an overwhelming
		// victory": a result achieved, nothing published.
		return start == k+n && st.resultAt(start, end)
	case "knock":
		// "knocked out the favourites", "knocked the film into third
		// place": a blow, no criticism ("knocked Rubio on trade").
		return st.knockedAside(start, end)
	case "continue":
		// "continued to interject", "continued his attacks": going on,
		// no speech (`"…," he continued`, "continued: …" are).
		t := st.toks[start]
		return start == k+n && !t.mark && t.region < 0
	case "find":
		// "found itself at the center of the crisis": where one ended
		// up, no finding reported ("a poll found Clinton leading …").
		// Nor is a thing a person found ("Sanders found a receptive
		// audience", "found ways to press his agenda"), unless it is
		// judged ("find his message chilling").
		return start == k+n && (reflexives[st.toks[start].low] || st.foundThing(k, start, end))
	}
	return false
}

// foundThing reports whether "find" at k has a person for its subject
// and a noun phrase [start, end) for its object, with no clause and no
// predicate about it: something come upon, not a finding.
func (st *state) foundThing(k, start, end int) bool {
	if st.toks[start].low == "that" || st.finite(start, end) {
		return false
	}
	sp0, sp1 := st.subject(k, st.sents[st.sentAt(k)].t0)
	if sp1 <= sp0 || !(sp1 == sp0+1 && pronouns[st.toks[sp0].low] && st.toks[sp0].low != "it" || st.personSubject(sp0, sp1)) {
		return false
	}
	// The object's noun phrase, then what follows it.
	j := start
	for j < end && (determiners[st.toks[j].low] || possessives[st.toks[j].low] || st.tagOf(st.toks[j]) == "JJ" || st.tagOf(st.toks[j]) == "CD") {
		j++
	}
	switch {
	case j < end && st.tagOf(st.toks[j]) == "PRP":
		j++
	case j < end && strings.HasPrefix(st.tagOf(st.toks[j]), "NN"):
		for j < end && strings.HasPrefix(st.tagOf(st.toks[j]), "NN") {
			j++
		}
	default:
		return false
	}
	if j >= end {
		return true
	}
	switch t := st.toks[j]; {
	case st.adverbAt(j) && j+1 < end && strings.HasPrefix(st.tagOf(st.toks[j+1]), "JJ"), strings.HasPrefix(st.tagOf(t), "JJ"), st.tagOf(t) == "VBG", st.tagOf(t) == "VBN":
		return false // "find his message chilling", "found both men largely unknown", "found Clinton leading"
	case t.low == "to" && j+1 < end && beForms[st.toks[j+1].low]:
		return false // "found it to be a deterrent"
	}
	return true
}

// results are what a firm or a side posts: figures and outcomes.
var results = setOf("profit", "profits", "loss", "losses", "rise", "fall", "drop", "jump", "gain", "gains", "increase",
	"decline", "results", "revenue", "revenues", "sales", "earnings", "deficit", "surplus", "growth", "slump", "surge",
	"turnover", "victory", "win", "record", "score", "time", "lead")

// resultAt reports whether the noun phrase at start (before end) holds a
// word of results: "a 222% rise", "record losses", "an overwhelming
// victory".
func (st *state) resultAt(start, end int) bool {
	for j := start; j < end && j-start < 6; j++ {
		t := st.toks[j]
		switch {
		case t.region >= 0 || t.mark:
			return false
		case !t.word:
			if t.low != "%" && t.low != "$" && t.low != "£" && t.low != "€" && t.low != "-" {
				return false
			}
		case results[t.low]:
			return true
		case prepositions[t.low] || strings.HasPrefix(st.tagOf(t), "VB") || st.tagOf(t) == "MD":
			return false
		}
	}
	return false
}

// knockDirections send what is knocked somewhere.
var knockDirections = setOf("out", "down", "off", "back", "over", "up", "into", "from", "onto", "aside")

// knockedAside reports whether the words after "knocked" at start (before
// end) send its object somewhere before any verb or topic: "knocked out
// …", "knocked X down into second place", "knocked 0.2% off".
func (st *state) knockedAside(start, end int) bool {
	for j := start; j < end && j-start < 8; j++ {
		t := st.toks[j]
		if knockDirections[t.low] {
			return true
		}
		if t.region >= 0 || t.mark || t.low == "," || t.low == "for" || t.low == "on" || t.low == "that" || t.low == "as" ||
			strings.HasPrefix(st.tagOf(t), "VB") || st.tagOf(t) == "MD" {
			return false
		}
	}
	return false
}

// perceivedEvent reports whether tokens [a, b) after "see" are a noun
// phrase and a bare infinitive or a participle of its, an event perceived
// or brought about ("saw its sales rise", "will see Holmes compete", "saw
// him talking"), not a view ("see the plan as a threat") or a clause
// ("saw that it would fail").
func (st *state) perceivedEvent(a, b int) bool {
	for j := a; j < b && j-a <= 8; j++ {
		t := st.toks[j]
		if t.region >= 0 || t.mark || !t.word && !possessiveClitic(t.low) || t.low == "as" || t.low == "that" {
			return false
		}
		tag := st.tagOf(t)
		if j > a && (tag == "VB" || tag == "VBG" || tag == "VBP" && !beForms[t.low] && !auxiliaries[t.low]) {
			p := st.tagOf(st.toks[j-1])
			return strings.HasPrefix(p, "NN") || p == "PRP" || p == "CD"
		}
		if !nounPhraseTag(tag) {
			return false // an adverb, a preposition, a clause: "see Trump negatively while …"
		}
	}
	return false
}

// nounPhraseTag reports whether a word tagged tag can stand in a noun
// phrase before its verb: a determiner, a possessive, an adjective, a
// number or a noun.
func nounPhraseTag(tag string) bool {
	return tag == "DT" || tag == "PDT" || tag == "PRP" || tag == "PRP$" || tag == "POS" || tag == "CD" ||
		strings.HasPrefix(tag, "JJ") || strings.HasPrefix(tag, "NN")
}

// senseLemmas are the lexicon cues whose other sense the learned cue path
// also declines through notSaying (the lexicon path asks it of every cue).
var senseLemmas = setOf("see", "post", "knock", "find", "continue", "deny")

// reflexives are the reflexive pronouns: "found itself".
var reflexives = setOf("myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves", "oneself")

// farewells are what one says as a greeting, not a report: "say goodbye".
var farewells = setOf("goodbye", "good-bye", "hello", "farewell", "thanks", "cheese")

// opensWithin reports whether the mark at token a opens a quote that
// closes before token b: a clause that opens with a partial quote keeps
// its opening mark (`"more than half" the qualifications …`).
func (st *state) opensWithin(a, b int) bool {
	if a+1 >= len(st.toks) || st.toks[a+1].region < 0 {
		return false
	}
	rg := st.regions[st.toks[a+1].region]
	return rg.close >= 0 && rg.t1 < b && rg.t0 == a+1
}

// addClause adds indirect (or mixed) speech over tokens [a, b).
func (st *state) addClause(si, a, b, sp0, sp1, cue0, cue1 int) {
	for a < b && (st.toks[a].mark && st.toks[a].region < 0 && !st.opensWithin(a, b) || !st.toks[a].word && !st.toks[a].mark && st.toks[a].region < 0 && st.toks[a].low != "$") {
		a++
	}
	if b-a < 2 {
		return
	}
	cs, ce := st.span(a, b)
	ce = st.trimMarks(cs, ce)
	kind := "indirect"
	r0, r1 := st.regionsStartingIn(cs, ce)
	for _, rg := range st.regions[r0:r1] {
		if rg.cs >= cs && rg.ce <= ce {
			if rg.cs-cs <= 3 && ce-rg.ce <= 3 {
				return // the clause is a quote already reported
			}
			kind = "mixed"
		}
	}
	st.add(cand{cs: cs, ce: ce, kind: kind, sp0: sp0, sp1: sp1, cue0: cue0, cue1: cue1, region: -1, sent: si, t0: a, t1: b})
}

// sourceCue reports whether a phrase naming the source of the clause
// beside it starts at token k, before hi: "according to" or "as"
// (an adverb) and a participle of saying and "by" ("as reported by
// Reuters", "as first reported by the Times"); it returns the end of
// the cue and where the source starts. The "as" phrase opens its
// sentence or follows a comma or dash; "was as expected by analysts"
// is a comparison.
func (st *state) sourceCue(k, hi int) (cue1, src int, ok bool) {
	if k+1 >= hi {
		return 0, 0, false
	}
	t := st.toks[k]
	if t.region >= 0 {
		return 0, 0, false
	}
	if t.low == "according" {
		return k + 2, k + 2, st.toks[k+1].low == "to"
	}
	if t.low != "as" || !st.tagged {
		return 0, 0, false
	}
	if s := st.sents[st.sentAt(k)]; k > st.firstWord(s.t0, k)+2 && st.toks[k-1].low != "," && !isDash(st.toks[k-1].low) {
		return 0, 0, false
	}
	j := k + 1
	if st.adverbAt(j) || st.toks[j].low == "first" {
		j++ // "as previously reported by", "as first reported by"
	}
	if j+2 >= hi || !strings.HasPrefix(st.tagOf(st.toks[j]), "VB") || st.toks[j+1].low != "by" {
		return 0, 0, false
	}
	for _, e := range st.lex[st.toks[j].low] {
		if len(e.words) == 1 && speechLemmas[e.lemma] {
			return j + 1, j + 2, true // (cueAt declines the passive)
		}
	}
	return 0, 0, false
}

// shareAt reports whether a share opens at token j: a number and "%" or
// "percent" ("44% of searchers"), maybe after a hedge ("up to 45%",
// "nearly 40 percent").
func (st *state) shareAt(j int) bool {
	if j+1 < len(st.toks) {
		switch w := st.toks[j].low; {
		case shareHedges[w]:
			j++
		case (w == "up" || w == "more" || w == "less" || w == "fewer") && (st.toks[j+1].low == "to" || st.toks[j+1].low == "than"):
			j += 2
		}
	}
	if j+1 >= len(st.toks) || st.tagOf(st.toks[j]) != "CD" {
		return false
	}
	w := st.toks[j+1].low
	return w == "%" || w == "percent" || w == "per"
}

// shareHedges may open a share: "nearly 40 percent".
var shareHedges = setOf("about", "around", "nearly", "almost", "some", "over", "roughly", "only", "just")

// namePart reports whether tokens [a, b) are part of a name the document
// knows: an entity's name holds them ("The Mail on Sunday", found
// elsewhere whole).
func (st *state) namePart(a, b int) bool {
	if a < 0 || b <= a {
		return false
	}
	words := st.text[st.toks[a].s:st.toks[b-1].e]
	if st.mentions().covers(int(st.toks[a+1].s)) {
		return true
	}
	for _, e := range st.doc.Entities {
		if strings.Contains(e.Name, words) {
			return true
		}
	}
	return false
}

// timePrepositions open the time of an event: "on Tuesday", "in May".
var timePrepositions = setOf("on", "in", "at", "during")

// sourceAt reports whether sourceCue finds a source phrase at token k.
func (st *state) sourceAt(k, hi int) bool {
	_, _, ok := st.sourceCue(k, hi)
	return ok
}

// sourceSpan returns the source of an "according to" or "as reported
// by" cue ending at cue1 in sentence si, from token src, given the noun
// phrase [sp0, sp1) npRight found there, and whether there is one.
func (st *state) sourceSpan(si, cue1, src, sp0, sp1 int) (int, int, bool) {
	s := st.sents[si]
	if sp1 <= sp0 {
		// "according to a report by …": take the words up to punctuation.
		sp0 = src
		sp1 = sp0
		for sp1 < s.t1 && st.toks[sp1].word && sp1-sp0 < 8 && (sp1 == sp0 || !st.shareAt(sp1)) {
			sp1++
		}
		if sp1 <= sp0 {
			return sp0, sp1, false
		}
	}
	// Extend the source over "of …", "by …" and a short quoted title up
	// to the next comma: "according to E. J. Fleming's ''The Fixers'' and
	// other sources,"; not into a new noun phrase: with no comma after
	// the source, "According to the official news agency most of the net
	// cafes were closed" reports from "most" on.
	for sp1 < s.t1 && sp1-sp0 < 20 {
		t := st.toks[sp1]
		if t.mark && t.region < 0 && sp1+1 < s.t1 && st.toks[sp1+1].region >= 0 {
			rg := st.regions[st.toks[sp1+1].region]
			if rg.close < 0 || rg.t1-rg.t0 > 12 || st.sentAt(rg.t1-1) != si {
				break
			}
			sp1 = rg.t1
			for sp1 < s.t1 && st.toks[sp1].mark {
				sp1++
			}
			continue
		}
		if !t.word || t.mark || t.region >= 0 || sp1-sp0 >= 12 {
			break
		}
		if quantifiers[t.low] && sp1+1 < s.t1 && st.toks[sp1+1].low == "of" && !st.toks[sp1-1].upper || st.shareAt(sp1) {
			break
		}
		sp1++
	}
	// A passive source ending its sentence ends before the time of the
	// report: "…, as first reported by the New York Times on Tuesday.";
	// not before the time of a participle in it ("as announced by
	// figures released on Wednesday") nor inside a name ("as reported by
	// The Mail on Sunday", when the document names it whole). ("According
	// to the Mail on Sunday" has no verb for a time to go with.)
	if cue1 < src && (sp1 >= s.t1 || !st.toks[sp1].word && !st.toks[sp1].mark && sp1+1 >= s.t1) {
		for j := sp0 + 1; j+1 < sp1; j++ {
			if strings.HasPrefix(st.tagOf(st.toks[j]), "VB") {
				break
			}
			if timePrepositions[st.toks[j].low] && st.timePhrase(j+1, sp1) && !st.namePart(j-1, sp1) {
				sp1 = j
				break
			}
		}
	}
	return sp0, sp1, true
}

// accordingTo handles "according to X, CLAUSE" and "CLAUSE, according
// to X", and the other source phrases sourceCue finds: the cue is tokens
// [k, cue1), the source starts at src.
func (st *state) accordingTo(si, k, cue1, src int) {
	s := st.sents[si]
	if st.toks[k].low == "according" && st.mannerAccording(k) {
		return
	}
	sp0, sp1 := st.npRight(src, s.t1)
	if k > s.t0 && st.toks[k-1].low == "(" && !(sp1 > sp0 && sp1 < s.t1 && st.toks[sp1].low == ",") {
		// A credit: "(According to AFP)"; not a sentence in brackets:
		// "(According to the police, it keeps no statistics.)"
		return
	}
	sp0, sp1, ok := st.sourceSpan(si, cue1, src, sp0, sp1)
	if !ok {
		return
	}
	first := s.t0
	for first < k && !st.toks[first].word {
		first++
	}
	if first == k || (k-first <= 2 && st.toks[k-1].low != ",") || st.toks[k-1].low == ":" || st.toks[k-1].low == "(" {
		// Sentence-initial: the clause follows the comma after the source.
		j := sp1
		if j < s.t1 && st.toks[j].low == "," {
			j++
		}
		st.addClause(si, j, st.contentEnd(si, j), sp0, sp1, k, cue1)
		return
	}
	end := k
	if end-1 >= s.t0 && st.toks[end-1].low == "," {
		end--
	}
	if sp1 < s.t1-1 && st.toks[sp1].low == "," {
		// In the middle: "X, according to Y, Z" — the cover of both parts,
		// unless one part is only a frame for the other: "While A, according
		// to Y, B" reports B; "A, according to Y, taking a step …" reports A.
		z := sp1 + 1
		switch {
		case subordinators[st.toks[end-1].low] && end-1 > first:
			// "He crossed the border after, according to him, the network
			// censured his report": the source's words follow.
			st.addClause(si, z, st.contentEnd(si, z), sp0, sp1, k, cue1)
		case !st.finite(z, s.t1) && !slices.ContainsFunc(st.toks[s.t0:end], func(t tok) bool { return t.region >= 0 }) &&
			!strings.HasPrefix(st.tagOf(st.toks[end-1]), "VB"): // "G4S receives, according to one report, $234 million" goes on
			// "…, according to Craig Bryan, head of the National Center
			// …": an appositive of the source follows.
			st.addClause(si, s.t0, end, sp0, sp1, k, cue1)
		case subordinators[st.toks[first].low] && st.toks[first].low != "that":
			st.addClause(si, z, st.contentEnd(si, z), sp0, sp1, k, cue1)
		case relatives[st.toks[z].low] && st.toks[z].low != "that" || (st.toks[z].low == "but" || st.toks[z].low == "while") && st.clauseAt(z+1, s.t1):
			// "…, according to his supporters, who are offering …": the
			// source's relative clause; "…, according to a count, but the
			// senator vows …": a clause of the writer's.
			st.addClause(si, st.closestReport(si, end), end, sp0, sp1, k, cue1)
		case st.tagOf(st.toks[z]) == "VBG" && st.finite(first, end):
			st.addClause(si, s.t0, end, sp0, sp1, k, cue1)
		case st.finite(first, end) && !strings.HasPrefix(st.tagOf(st.toks[z]), "VB") && !openTags[st.tagOf(st.toks[end-1])] && !goesOn[st.toks[z].low] && st.toks[z].low != "to":
			st.addClause(si, s.t0, end, sp0, sp1, k, cue1)
		default:
			st.addClause(si, s.t0, st.contentEnd(si, z), sp0, sp1, k, cue1)
		}
		return
	}
	start := st.closestReport(si, end)
	if st.toks[k].low == "as" && slices.Contains(st.usedCue[start:end], true) {
		// "“…,” Carson noted in an interview, as reported by BuzzFeed
		// News": the source of the attribution ("according to" takes the
		// attribution as its content, as PolNeAR marks it).
		return
	}
	st.addClause(si, start, end, sp0, sp1, k, cue1)
}

var goesOn = setOf("and", "although", "though")

var openTags = setOf("IN", "DT", "TO", "CC", "PRP$", "VB", "VBD", "VBZ", "VBP", "VBG", "MD", "WDT", "WP", "POS")

// closestReport returns where the report that a source given after it
// ("…, according to Y") credits starts, for a sentence si ending at token
// end: after a colon ("At the same time, the tax has not hurt: London was
// the capital …"), at what an absolute "with" phrase holds ("…, with 56
// percent viewing him positively, according to a poll"), past a fronted
// participle and its comma ("Entering the final contests, Clinton leads
// …"); else at the sentence's start (a fronted adjunct stays: "In 2014,
// Ferguson had 115 …").
func (st *state) closestReport(si, end int) int {
	s := st.sents[si]
	paren := 0
	for j := end - 1; j > s.t0; j-- {
		t := st.toks[j]
		if t.region >= 0 {
			continue
		}
		switch t.low {
		case ")":
			paren++
		case "(":
			paren--
		case ":":
			if paren == 0 && j+1 < end && !st.toks[j+1].mark {
				return j + 1
			}
		case ",":
			if paren == 0 && j+2 < end && st.toks[j+1].low == "with" && st.toks[j+1].region < 0 {
				return j + 2
			}
			if paren == 0 {
				j = s.t0 // only the last phrase may be it
			}
		}
	}
	first := st.firstWord(s.t0, end)
	if first < end && (st.tagOf(st.toks[first]) == "VBG" || st.tagOf(st.toks[first]) == "VBN") {
		for j := first + 1; j < end && j-first <= 20; j++ {
			if t := st.toks[j]; t.low == "," && t.region < 0 {
				if j+1 < end && st.finite(j+1, end) {
					return j + 1
				}
				break
			}
		}
	}
	return s.t0
}

// normNouns name rules that things go by: "according to the ministerial
// code" says how, not who says so.
var normNouns = setOf("code", "rules", "law", "laws", "regulations", "constitution", "guidelines", "plan", "schedule",
	"treaty", "statute", "procedure", "procedures", "protocol", "tradition", "custom", "formula", "script")

// mannerAccording reports whether "according to" at token k is a
// manner, not a source: "ranks countries according to the steps they
// take", "dealt with according to Russia's competition law", "went
// according to plan", "should have been attached, according to the
// ministerial code".
func (st *state) mannerAccording(k int) bool {
	s := st.sents[st.sentAt(k)]
	if a, b := st.npRight(k+2, s.t1); b > a && normNouns[st.toks[b-1].low] && (b >= s.t1 || !st.toks[b].word) {
		return true
	}
	for j := k - 1; j >= s.t0 && k-j <= 3; j-- {
		t := st.toks[j]
		if !t.word || t.region >= 0 {
			break
		}
		if st.verbIn(j, mannerVerbs) {
			return true
		}
	}
	return false
}

// mannerVerbs are the lemmas of verbs that take "according to" as a
// manner, not a source, by their WordNet keys.
var mannerVerbs = keySet("rank", "grade", "list", "sort", "vary", "classify", "divide", "deal", "treat", "price", "pay",
	"adjust", "act", "behave", "proceed", "go", "organise", "organize", "arrange", "distribute", "allocate", "calculate", "tax")

// verbIn reports whether the lemma of token k, as WordNet finds it for a
// verb, is in set (a keySet): "went" is in keySet("go").
func (st *state) verbIn(k int, set map[uint64]bool) bool {
	key, ok := st.wn.VerbKey(st.toks[k].low)
	return ok && set[key]
}

// keySet returns the WordNet keys of lemmas (see wordnet.Table.VerbKey).
func keySet(lemmas ...string) map[uint64]bool {
	m := make(map[uint64]bool, len(lemmas))
	for _, w := range lemmas {
		m[wordnet.Key(w)] = true
	}
	return m
}

// pollNouns head a noun phrase after "in" that reports what it found:
// "In a CBS News poll, she led Mr. Sanders 56 percent to 32 percent".
var pollNouns = setOf("poll", "polls", "survey", "surveys")

// pollTails may follow a poll noun inside its noun phrase: "a poll
// released Sunday", "a survey by Gallup", "polls from Quinnipiac".
var pollTails = setOf("released", "conducted", "taken", "published", "by", "from", "of", "for", "last", "this", "on")

// pollSource attributes a sentence with no attribution of its own (the
// caller checks) to the poll or survey it cites with "in": "In an
// early-October CBS News poll, she led Mr. Sanders" reports the clause
// after the comma; "Obama was winning blacks by 28 points in the same
// poll" the whole sentence (as PolNeAR marks them). The source is the
// noun phrase, its cue the "in". Inside a sentence only a particular poll
// is a source ("in a CNN poll", "in recent Quinnipiac polls"), not the
// standings ("leads in the polls") nor the vote ("head to the polls").
func (st *state) pollSource(si int) {
	s := st.sents[si]
	first := s.t0
	for first < s.t1 && !st.toks[first].word {
		first++
	}
	for k := first; k < s.t1; k++ {
		if t := st.toks[k]; t.region >= 0 {
			return // a quote: its own attribution, if any
		} else if t.low != "in" || st.cueUsed(k) {
			continue
		}
		sp1, ok := st.pollPhrase(k+1, s.t1, k == first)
		if !ok {
			continue
		}
		st.useCue(k)
		if k == first {
			st.addClause(si, sp1+1, st.contentEnd(si, sp1+1), k+1, sp1, k, k+1)
			return
		}
		end := s.t1
		for end > s.t0 && !st.toks[end-1].word && !st.keepsEnd(end-1, s.t0) {
			end--
		}
		closes := sp1 >= end
		if closes {
			// The poll closes the sentence: the finding is what comes
			// before it ("Clinton led Sanders 2-1 in a CNN poll"), to the
			// word.
			end = k
			for end > first && st.toks[end-1].low == "," {
				end--
			}
		}
		n := len(st.cands)
		st.addClause(si, first, end, k+1, sp1, k, k+1)
		if closes && len(st.cands) > n {
			st.cands[n].whole = true
		}
		return
	}
}

// pollPhrase reads the noun phrase of a poll from token a (after "in"):
// words up to a poll noun, then a tail (pollTails, names, times) up to a
// comma, or, unless fronted, the end of the sentence. It returns the
// phrase's end. A phrase inside a sentence must name a particular poll:
// a capitalised word before its noun, or a singular noun with a modifier
// ("the same poll").
func (st *state) pollPhrase(a, hi int, fronted bool) (int, bool) {
	h := -1
	named := false
	for j := a; j < hi && j-a <= 12; j++ {
		t := st.toks[j]
		if t.region >= 0 || !t.word && !(pollJoiners[t.low] && j > a && st.toks[j-1].upper) {
			return 0, false // (a slash or a hyphen may join pollsters: "CNN/ORC")
		}
		if pollNouns[t.low] {
			h = j
			break
		}
		if prepositions[t.low] && !(t.low == "of" && j > a && pollAverages[st.toks[j-1].low]) || st.isCueStart(j) || finiteTags[st.tagOf(t)] {
			return 0, false
		}
		named = named || t.upper
	}
	// Inside a sentence "the poll" alone may be an election ("a part in
	// the poll, expected in May"), "the polls" the standings.
	if h < 0 || !fronted && !named && (h <= a+1 || st.toks[h].low == "polls" || st.toks[h].low == "surveys") {
		return 0, false
	}
	e := h + 1
	if e < hi && pollTails[st.toks[e].low] {
		for e < hi && e-h <= 8 && st.toks[e].word && st.toks[e].region < 0 {
			e++
		}
	}
	if e < hi && st.toks[e].low == "," {
		if fronted && e+1 < hi && st.tagOf(st.toks[e+1]) == "VBN" {
			// "In the new Morning Consult poll, conducted March 11-13,
			// 40 percent …": the participle describes the poll.
			for f := e + 1; f < hi && f-e <= 8; f++ {
				if st.toks[f].low == "," {
					return f, true
				}
			}
			return 0, false
		}
		return e, true
	}
	return e, !fronted && (e >= hi || isEndPunct(st.toks[e].low))
}

// pollJoiners join the names of pollsters: "NBC News/Wall Street Journal".
var pollJoiners = setOf("/", "-", "&")

// pollAverages take the polls they average with "of": "the RealClearPolitics
// average of recent Hoosier polls".
var pollAverages = setOf("average", "averages", "aggregate", "majority", "number", "series")

// finiteTags are the tags of finite verbs and modals.
var finiteTags = setOf("VBD", "VBZ", "VBP", "MD")

// experiencerVerbs are verbs of psychological state whose object feels it
// (Levin's "amuse" class, 31.1): in "His behavior has angered the party's
// top figures" the figures hold the attitude, about his behavior.
var experiencerVerbs = keySet("alarm", "alienate", "amaze", "amuse", "anger", "annoy", "antagonize", "appal", "appall",
	"astonish", "astound", "baffle", "bewilder", "bore", "bother", "captivate", "charm", "confound", "confuse", "delight",
	"demoralize", "depress", "disappoint", "discourage", "disgust", "dishearten", "dismay", "disquiet", "distress",
	"disturb", "embarrass", "embolden", "energize", "enrage", "exasperate", "excite", "exhilarate", "fascinate",
	"frighten", "frustrate", "galvanize", "gratify", "horrify", "humiliate", "impress", "incense", "infuriate",
	"intimidate", "intrigue", "irk", "irritate", "madden", "mortify", "mystify", "nettle", "offend", "outrage",
	"perplex", "perturb", "placate", "please", "puzzle", "rankle", "rattle", "reassure", "repel", "roil", "sadden",
	"scare", "shock", "sicken", "spook", "startle", "stun", "terrify", "thrill", "trouble", "unnerve", "unsettle",
	"upset", "vex", "worry")

// experiencers turns round an attribution whose cue is an active verb of
// the "amuse" class with a noun phrase object: the object holds the
// attitude and is the source, the subject is what it is about ("The
// remark alarmed some analysts": the analysts, about the remark). "Paul
// Ryan worried that …" keeps its speaker: no object.
func (st *state) experiencers() {
	for i := range st.cands {
		c := &st.cands[i]
		if c.region >= 0 || c.kind != "indirect" || c.sp1 <= c.sp0 || c.cue1 != c.cue0+1 || c.sp1 > c.cue0 || c.t0 != c.cue1 {
			continue
		}
		cue := st.toks[c.cue0]
		switch st.tagOf(cue) {
		case "VBD", "VBZ", "VBP":
		case "VBN":
			if st.passive(c.cue0) {
				continue // "were upset that …": the subject feels it
			}
		default:
			continue
		}
		if !st.verbIn(c.cue0, experiencerVerbs) {
			continue
		}
		if w := st.toks[c.t0]; !w.word || w.region >= 0 || !determiners[w.low] && !objPronouns[w.low] && !w.upper && !strings.HasPrefix(st.tagOf(w), "NN") {
			continue
		}
		_, o := st.npRight(c.t0, c.t1)
		if o <= c.t0 || o < len(st.toks) && finiteTags[st.tagOf(st.toks[o])] {
			continue // "he worries Sanders would have trouble": a clause
		}
		// The whole subject is what the attitude is about: "Sanders's
		// recent attacks on Clinton alarmed her supporters".
		a := st.placeHead(c.sp0, c.sp1, false)
		c.cs, c.ce = int(st.toks[a].s), int(st.toks[c.sp1-1].e)
		c.t0, c.t1, c.sp0, c.sp1 = a, c.sp1, c.t0, o
		c.ruleCE = 0
	}
}

// finite reports whether tokens [a, b) hold a finite verb (by its tag).
func (st *state) finite(a, b int) bool {
	for k := a; k < b; k++ {
		if isFiniteTag(st.tagOf(st.toks[k])) {
			return true
		}
	}
	return false
}

// isFiniteTag reports whether a part-of-speech tag marks a finite verb.
func isFiniteTag(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// adverbAt reports whether token k is adverbial (adverbial), unless it is
// a noun of a noun phrase: "the assembly government", "a family", "rally
// driver Dave Hawkins", "Daily Sport" (not "warning darkly", which the
// tagger reads as a noun too).
func (st *state) adverbAt(k int) bool {
	t := st.toks[k]
	if !adverbial(t.low) {
		return false
	}
	if !strings.HasPrefix(st.tagOf(t), "NN") {
		return true
	}
	if t.upper {
		return false
	}
	if k+1 < len(st.toks) && strings.HasPrefix(st.tagOf(st.toks[k+1]), "NN") {
		return false
	}
	if k == 0 {
		return true
	}
	p := st.toks[k-1]
	tag := st.tagOf(p)
	return !(determiners[p.low] || possessives[p.low] || tag == "JJ" || strings.HasPrefix(tag, "NN"))
}

// adverbial reports whether w may stand between an auxiliary and a verb.
func adverbial(w string) bool {
	return strings.HasSuffix(w, "ly") || w == "also" || w == "not" || w == "n't" || w == "never" ||
		w == "still" || w == "already" || w == "often" || w == "again" || w == "even" || w == "long"
}

// coordinated reports whether the cue at k follows "and" or "but" (with
// adverbs between), sharing the subject of the clause before.
func (st *state) coordinated(k, lo int) bool {
	j := k - 1
	for j >= lo && (st.adverbAt(j) || skipBeforeCue[st.toks[j].low]) {
		j--
	}
	return j >= lo && (st.toks[j].low == "and" || st.toks[j].low == "but" ||
		st.toks[j].low == "then" && j > lo && st.toks[j-1].low == ",")
}

// askedLead finds the question a sentence opens with: "Asked whether he
// would run, Smith said …", "Asked about the vote, …", or that a clause
// of time or a participle puts after the answer: "…,” McCain said, asked
// about the vagueness.", "Le Pen told CNN when asked which candidate she
// would back". The question is an attribution with "asked" ("asked
// about") as cue and no speaker, as in PolNeAR (who asked is left
// unsaid); the main clause is the answer's.
func (st *state) askedLead(si int) {
	s := st.sents[si]
	first := st.firstWord(s.t0, s.t1)
	for k := first; k+2 < s.t1; k++ {
		t := st.toks[k]
		if t.low != "asked" || t.region >= 0 || st.cueUsed(k) {
			continue
		}
		lead := k == first && t.upper
		if !lead {
			p := k - 1
			if p > s.t0 && st.toks[p].low == "being" {
				p--
			}
			if p < s.t0 || !askedAfter[st.toks[p].low] {
				continue
			}
		}
		cue1 := k + 1
		if w := st.toks[cue1].low; w == "later" || w == "again" || w == "repeatedly" || st.adverbAt(cue1) && cue1+1 < s.t1 {
			cue1++ // "when asked specifically what …"
		}
		cueEnd := 0 // past the cue when an adjunct stands between it and the question
		if w := st.toks[cue1].low; lead && (prepositions[w] && w != "about" || timeWords[w] || st.adverbAt(cue1)) {
			// An adjunct before the question: "Asked during a January
			// debate why …", "Asked in Iowa recently whether …".
			for j := cue1 + 1; j < s.t1 && j-cue1 <= 8; j++ {
				t := st.toks[j]
				if u := t.low; u == "about" || u == "whether" || u == "if" || wh[u] {
					cue1, cueEnd = j, k+1
					break
				}
				if !t.word || t.region >= 0 || strings.HasPrefix(st.tagOf(t), "VB") || st.tagOf(t) == "MD" {
					break
				}
			}
		}
		switch w := st.toks[cue1].low; {
		case w == "about":
			cue1++
		case w == "whether" || w == "if" || wh[w]:
		default:
			continue
		}
		end, verb := -1, false
		for j := cue1 + 1; j < s.t1 && j-cue1 < 40; j++ {
			t := st.toks[j]
			if t.low == "," && t.region < 0 || !lead && verb && isFiniteTag(st.tagOf(t)) && st.isCueStart(j) {
				end = j // "When asked whether he would do it again replied: …"
				break
			}
			verb = verb || isFiniteTag(st.tagOf(t)) || st.tagOf(t) == "MD"
		}
		if end < 0 && !lead {
			end = s.t1
			for end > cue1 && !st.toks[end-1].word && !st.keepsEnd(end-1, cue1) {
				end--
			}
		}
		if end > cue1 && (end+1 < s.t1 || !lead) {
			st.useCue(k)
			sp0, sp1 := 0, 0
			if cueEnd == 0 {
				cueEnd = cue1
			} else if st.toks[k+1].low == "by" {
				sp0, sp1 = st.npRight(k+2, cue1) // "Asked by the documentary makers why …": they ask
			}
			st.addClause(si, cue1, end, sp0, sp1, k, cueEnd)
		}
		return
	}
}

// askedAfter may stand before an "asked" that puts a question after its
// answer: "when asked about …", "…, asked whether …".
var askedAfter = setOf("when", "if", "while", "after", "before", "once", ",")

// wh are the question words that open an indirect question.
var wh = setOf("what", "why", "how", "who", "whom", "which", "when", "where")

// turns finds the turns of a transcript: a paragraph opening with an
// upper-case speaker label and a colon (`PENCE: Well, …`, after an
// optional straight quote mark) is what the speaker said, with the colon
// as cue. A turn quoted a paragraph at a time goes on through the
// following paragraphs that open with a straight mark and no label.
func (st *state) turns() {
	paraStart := func(i int) bool { return i == 0 || st.paraAt(i) != st.paraAt(i-1) }
	quoted := func(i int) bool { return st.text[st.toks[i].s] == '"' && !st.toks[i].mark && st.toks[i].region < 0 }
	for i := 0; i < len(st.toks); i++ {
		if !paraStart(i) {
			continue
		}
		q := quoted(i)
		a := i
		if q {
			a++
		}
		if a >= len(st.toks) || turnLabel(st.text[st.toks[a].s:]) == 0 {
			continue
		}
		colon := a
		for colon < len(st.toks) && st.toks[colon].low != ":" {
			colon++
		}
		if colon+1 >= len(st.toks) || st.paraAt(colon) != st.paraAt(i) || st.cueUsed(colon) {
			continue
		}
		end := colon + 1
		for end < len(st.toks) && st.paraAt(end) == st.paraAt(i) {
			end++
		}
		for q && end < len(st.toks) && quoted(end) && end+1 < len(st.toks) && turnLabel(st.text[st.toks[end+1].s:]) == 0 && st.toks[end+1].low != "(" {
			p := st.paraAt(end)
			for end < len(st.toks) && st.paraAt(end) == p {
				end++
			}
		}
		b := end
		for b > colon+1 && !st.toks[b-1].word && st.toks[b-1].region < 0 {
			b-- // trailing punctuation and the closing mark
		}
		if b-(colon+1) < 2 {
			continue
		}
		cs, ce := st.span(colon+1, b)
		st.useCue(colon)
		st.add(cand{cs: cs, ce: ce, kind: st.reportedKind(cs, ce), sp0: a, sp1: colon, cue0: colon, cue1: colon + 1, region: -1, sent: st.sentAt(colon + 1), t0: colon + 1, t1: b, whole: true})
	}
}

// headlines finds the headline convention "Speaker: what they said" in
// short paragraphs: a name of at most five words, a colon, a clause. The
// colon is the cue, as in PolNeAR.
func (st *state) headlines() {
	st.forEachParagraph(func(i, j int) {
		if j-i <= 40 {
			for k := i + 1; k < j && k-i <= 8; k++ {
				t := st.toks[k]
				if t.low != ":" {
					// Capitalised words, or a common noun or a link among
					// them: "Clinton camp:", "Former AG Mukasey at RNC:".
					if !(t.upper || t.low == "." || possessiveClitic(st.toks[k].low) ||
						k > i && st.toks[k-1].upper && (npLinks[t.low] && t.low != "and" || st.tagOf(t) == "NN" || st.tagOf(t) == "NNS")) || t.region >= 0 {
						break
					}
					continue
				}
				if j-k < 4 || st.cueUsed(k) || !st.toks[i].word || !st.namesSpeaker(i, k) {
					break
				}
				end := j
				for end > k+1 && !st.toks[end-1].word && !st.keepsEnd(end-1, k+1) && st.toks[end-1].region < 0 {
					end--
				}
				st.useCue(k)
				st.addClause(st.sentAt(k+1), k+1, end, i, k, k, k+1)
				break
			}
		}
	})
}

// forEachParagraph calls f with the token range [i, j) of each paragraph,
// in order.
func (st *state) forEachParagraph(f func(i, j int)) {
	for i := 0; i < len(st.toks); {
		p := st.paraAt(i)
		j := i
		for j < len(st.toks) && st.paraAt(j) == p {
			j++
		}
		f(i, j)
		i = j
	}
}

// invertedHeadlines attributes the short paragraphs without final
// punctuation that invertedHeadline reads, before the rules that would
// take the verb's subject from the words before it ("not dead says
// Fatboy").
func (st *state) invertedHeadlines() {
	st.forEachParagraph(func(i, j int) {
		if j-i <= 15 {
			st.invertedHeadline(i, j)
		}
	})
}

// invertedHeadline attributes a headline, tokens [i, j) of a paragraph
// without final punctuation, that ends with a speech verb of the present
// and a name and no comma between them and the words before: "House
// prices rebound says Halifax", "US economy still growing says Fed" (with
// a comma the postposed rules find it).
func (st *state) invertedHeadline(i, j int) {
	if j-i < 4 || !st.toks[j-1].word || st.toks[j-1].region >= 0 {
		return
	}
	for k := j - 2; k >= j-4 && k > i+1; k-- {
		t := st.toks[k]
		if !t.word || !strings.HasSuffix(t.low, "s") || st.cueUsed(k) {
			if t.upper && t.word {
				continue // part of the name
			}
			return
		}
		// (the lexicon's entry whatever the tag: a headline's "says" may
		// be read as a plural noun)
		speech := false
		for _, e := range st.lex[t.low] {
			speech = speech || len(e.words) == 1 && e.frame == frameThat
		}
		if !speech || st.toks[k-1].low == "," || st.toks[k-1].region >= 0 {
			if t.upper {
				continue
			}
			return
		}
		for x := k + 1; x < j; x++ {
			if !st.toks[x].upper || !st.toks[x].word {
				return
			}
		}
		st.useCue(k)
		st.addClause(st.sentAt(i), i, k, k+1, j, k, k+1)
		return
	}
}

// allNominal reports whether tokens [a, b) can all be part of a noun phrase.
func (st *state) allNominal(a, b int) bool {
	for k := a; k < b; k++ {
		t := st.toks[k]
		if !(st.nominal(k) || determiners[t.low] || npLinks[t.low] || placeLinks[t.low] && k > a || t.low == "," || possessiveClitic(t.low) ||
			(t.low == "'" || t.low == "’") && k > a && strings.HasSuffix(st.toks[k-1].low, "s") || // "Atticus' David Slager"
			t.word && !stopWords[t.low] && !pronouns[t.low] && !st.isCueStart(k)) {
			return false
		}
	}
	return true
}

// sentences2 reports whether region rg holds two sentences or more (an
// end mark inside it, before another word): "The Donald. Big Daddy." is
// speech, not a title.
func (st *state) sentences2(rg region) bool {
	for k := rg.t0; k+1 < rg.t1; k++ {
		if isEndPunct(st.toks[k].low) && st.toks[k+1].word {
			return true
		}
	}
	return false
}

// titleCase reports whether tokens [a, b) look like a title: at most six
// words, every content word capitalised.
func (st *state) titleCase(a, b int) bool {
	words := 0
	for k := a; k < b; k++ {
		t := st.toks[k]
		if !t.word {
			continue
		}
		words++
		if !t.upper && !npLinks[t.low] && t.low != "the" && t.low != "a" && t.low != "in" && t.low != "on" && t.low != "to" {
			return false
		}
	}
	return words > 0 && words <= 6
}

// adjacent reports whether tokens [a, b) between two quotes hold nothing
// but the first quote's attribution (cue at cue): no other cue and at most
// a dozen words.
func (st *state) adjacent(a, b, cue int) bool {
	words := 0
	for k := a; k < b; k++ {
		t := st.toks[k]
		if t.region >= 0 {
			return false // another quote between
		}
		if t.word {
			words++
		}
		_ = cue
	}
	return words <= 30
}

// sentBetween counts the sentences lying wholly between quote regions a and
// b, ignoring those inside quotes.
func (st *state) sentBetween(a, b region) int {
	n := 0
	for si := st.sentAt(a.t1-1) + 1; si < st.sentAt(b.t0); si++ {
		s := st.sents[si]
		if s.t0 < len(st.toks) && st.toks[s.t0].region < 0 && !st.toks[s.t0].mark {
			n++
		}
	}
	return n
}

// subordinateEnd ends the content of a cue inside a sentence-initial
// subordinate clause at that clause's comma: "While Ramos said that X, he
// appears …".
func (st *state) subordinateEnd(si, k, start, end int) int {
	s := st.sents[si]
	i := s.t0
	for i < k && !st.toks[i].word {
		i++
	}
	if i >= k || !subordinators[st.toks[i].low] {
		return end
	}
	for j := i; j < start; j++ {
		if st.toks[j].low == "," && st.toks[j].region < 0 {
			// The subordinate clause ended before the cue, or before the
			// content: "As the Post reported, even if Sanders split the
			// delegates, he would …" reports the main clause too.
			return end
		}
	}
	for j := start + 1; j < end; j++ {
		if st.toks[j].low == "," && st.toks[j].region < 0 {
			return j
		}
	}
	return end
}

// contentful reports whether tokens [s, e) hold a word that can name a
// speaker: not only articles and time words.
func (st *state) contentful(s, e int) bool {
	for k := s; k < e; k++ {
		t := st.toks[k]
		if !t.word || articles[t.low] || npLinks[t.low] || timeWords[t.low] || st.monthAt(k) {
			continue
		}
		return true
	}
	return false
}

var articles = setOf("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "no", "any", "such", "this")

var months = setOf("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.")

// namesSpeaker reports whether tokens [a, b) can name a speaker in a
// headline: when the document has mentions, a person, organisation or
// place among them, or a title word ("Poll", "Report"); else any words.
func (st *state) namesSpeaker(a, b int) bool {
	if len(st.doc.Mentions) == 0 {
		return true
	}
	lo, hi := int(st.toks[a].s), int(st.toks[b-1].e)
	x := st.mentions()
	i, j := x.startingIn(lo, hi)
	for _, m := range x.ms[i:j] {
		if m.Start >= lo && m.End <= hi && m.Type != "MISC" && m.Type != "EVENT" {
			return true
		}
	}
	for k := a; k < b; k++ {
		if isTitleWord(st.toks[k].low) {
			return true
		}
	}
	// The document's first paragraph, a headline: "Ann Coulter: And Then
	// There Was the One", "Milbank: Republicans …", though the entity
	// stage found no name there.
	// A name is a given name and more words, or one word that is no
	// English word ("Milbank"), not a rubric ("Revealed:", "Bombshell:",
	// "The Latest:").
	if st.paraAt(a) != st.paraAt(0) || b-a > 4 {
		return false
	}
	if _, ok := st.names[st.text[st.toks[a].s:st.toks[a].e]]; ok && b-a >= 2 {
		return true
	}
	if st.namedLater(a, b) {
		return true // "Sidney Blumenthal: ‘No Idea’ If …", where the body names Blumenthal
	}
	if b-a == 1 {
		w := st.toks[a].low
		_, noun := st.wn.Noun(w)
		_, verb := st.wn.Verb(w)
		letters := st.toks[a].upper && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
		return letters && !noun && !verb && !stopWords[w] // not "2004:", "Q&A:"
	}
	return false
}

// invertedCueWord reports whether token k is a one-word past form of a
// lexicon cue ("Stated", "Continued", "Added").
func (st *state) invertedCueWord(k int) bool {
	t := st.toks[k]
	if !t.word || !strings.HasSuffix(t.low, "ed") {
		return false
	}
	for _, e := range st.lex[t.low] {
		if len(e.words) == 1 && e.frame == frameThat {
			return true
		}
	}
	return false
}

// namedLater reports whether tokens [a, b), all capitalised, end with a
// word that opens or ends the mention of a person or an organisation
// after them: a headline's label the entity stage missed in title case
// ("Hillary:", "OK Gov Fallin:") names one the body names ("Hillary
// Clinton", "Governor Mary Fallin").
func (st *state) namedLater(a, b int) bool {
	t := st.toks[b-1]
	if !st.capitalised(a, b) || !t.word || len(t.low) < 3 {
		return false
	}
	hi, w := int(t.e), st.text[t.s:t.e]
	for _, m := range st.doc.Mentions {
		if m.Start >= hi && (m.Type == "PERSON" || m.Type == "ORG") && (strings.HasSuffix(m.Text, " "+w) || strings.HasPrefix(m.Text, w+" ") || m.Text == w) {
			return true
		}
	}
	return false
}

// opensLabel and closesLabel are the marks of a quoted label.
var (
	opensLabel  = setOf("'", "‘", "\"", "“")
	closesLabel = setOf("'", "’", "\"", "”")
)

// placeHead widens a speaker [sp0, sp1) that is a proper name, or a
// definite common noun phrase after a common noun, after a place link
// ("in", "from", "into", "on", "all over") to the noun phrase it modifies: "The court
// in Washington found" is said by the court, not by Washington, "An
// inquiry into BP found" by the inquiry, "The judge in the case, which
// lasted seven days, said" by the judge (with common, for a speaker before
// its cue: not a poll "in the RealClearPolitics average"). A time
// phrase and a quoted label may come between the noun and its link:
// "Lord Butler's report earlier this year into Iraq intelligence said" is
// the report's, "detainee 'A' in Woodhill Prison said" the detainee's. It
// returns the new start, sp0 when nothing widens.
func (st *state) placeHead(sp0, sp1 int, common bool) int {
	named := st.toks[sp0].upper
	if st.toks[sp0].low == "the" && sp0+1 < sp1 { // "across the UK", not "in the March survey"
		named = true
		for k := sp0 + 1; k < sp1; k++ {
			named = named && st.toks[k].upper
		}
	}
	if common && !named && sp0 >= 2 && sp1-sp0 >= 2 && (definite[st.toks[sp0].low] || possessives[st.toks[sp0].low]) && placeLinks[st.toks[sp0-1].low] {
		// "The judge in the case, which lasted seven days, said",
		// "respondents in each country said": a person's noun before a
		// common one (not an indefinite: "the stone on a new project
		// intended to").
		h := st.toks[sp0-2]
		named = h.word && (!h.upper || sp0-2 == st.sents[st.sentAt(sp0)].t0) && (st.tagOf(h) == "NN" || st.tagOf(h) == "NNS") && !timeWords[st.toks[sp1-1].low]
	}
	link := sp0 - 1
	if link > 0 && st.toks[link].low == "over" && st.toks[link-1].low == "all" {
		link-- // "Shops all over the UK reported"
	}
	if link < 1 || !named || !placeLinks[st.toks[sp0-1].low] && link == sp0-1 || dayParts[st.toks[sp0].low] || timeWords[st.toks[sp0].low] {
		return sp0 // not "met the Spanish FA on Monday and Astiazaran added"
	}
	h := link - 1
	lo := st.sents[st.sentAt(sp0)].t0
	if k := h; k > lo && dayParts[st.toks[k].low] {
		// "earlier this year", "last week"
		for k > lo && h-k < 3 && (timeWords[st.toks[k].low] || dayParts[st.toks[k].low]) {
			k--
		}
		h = k
	}
	if closesLabel[st.toks[h].low] {
		// A short quoted label closed at h: "detainee 'A'".
		for k := h - 2; k > lo && h-k <= 4; k-- {
			if w := st.toks[k].low; opensLabel[w] {
				h = k - 1
				break
			} else if !st.toks[k].word {
				break
			}
		}
	}
	t := st.toks[h]
	initial := h == st.sents[st.sentAt(h)].t0 && st.tagged && (st.tagOf(t) == "NNS" || st.tagOf(t) == "NN") // "Officials in Cojedes state"
	if t.upper && !initial && !st.nameBeforePlace(h) || !t.word || t.region >= 0 || st.sentAt(h) != st.sentAt(sp0) || !st.nominal(h) || pronouns[t.low] {
		return sp0
	}
	if st.tagged && !strings.HasPrefix(st.tagOf(t), "NN") {
		return sp0
	}
	s, e := st.np(h, st.sents[st.sentAt(h)].t0)
	if e != h+1 || s > h {
		return sp0
	}
	return s
}

// nameBeforePlace reports whether token h ends a name that "in", "from"
// or "on" and a place follow: "The BBC's David Willey in Rome says" is said by
// Willey (not "Stars In Their Eyes", a title).
func (st *state) nameBeforePlace(h int) bool {
	l := st.toks[h+1]
	return (l.low == "in" || l.low == "from" || l.low == "on") && !l.upper && st.tagged && st.tagOf(st.toks[h]) == "NNP"
}

// appositiveName narrows a speaker [sp0, sp1) that is a description to the
// name set off after it by commas just before the cue: in "The SNP's
// Holyrood leader, Nicola Sturgeon, welcomed" and "The head of the
// Commission for Racial Equality, Trevor Phillips, said" the speaker is
// the name, and so in `…," said the chairman of the committee, Labour MP
// Barry Sheerman.` the name ending the sentence (or followed by an
// adjunct: ", on Monday."). It returns the new
// speaker tokens.
func (st *state) appositiveName(sp0, sp1, cue0 int) (int, int) {
	a := sp1 + 1
	if a >= len(st.toks) || st.toks[sp1].low != "," {
		return sp0, sp1
	}
	if st.toks[sp1-1].upper && st.toks[sp0].upper && !determiners[st.toks[sp0].low] {
		return sp0, sp1 // a name: "Tony Blair, the prime minister,"
	}
	if cue0 < sp0 {
		// Inverted: `said the chairman of the committee, Labour MP Barry
		// Sheerman.` The name ends the sentence.
		b := a
		for b < len(st.toks) && b-a < 6 && st.toks[b].word && st.toks[b].upper && st.toks[b].region < 0 && st.sentAt(b) == st.sentAt(sp0) {
			b++
		}
		if b > a && (b == len(st.toks) || st.sentAt(b) != st.sentAt(sp0) || isEndPunct(st.toks[b].low)) {
			return a, b
		}
		if b > a && st.toks[b].low == "," && st.adjunctOnly(b+1, st.sents[st.sentAt(sp0)].t1) {
			return a, b // "said the bureau's director, James B. Comey, on Monday."
		}
		return sp0, sp1
	}
	if cue0 <= a {
		return sp0, sp1
	}
	// The description is itself set off after a person's name opening
	// the sentence: "Giovanni Maria Vian, the editor in chief of the
	// Vatican's newspaper, L'Osservatore Romano, said" is Vian.
	lo := st.sents[st.sentAt(sp0)].t0
	for lo < sp0 && (conjunctions[st.toks[lo].low] || st.adverbAt(lo)) {
		lo++ // "But Alain Terzian, president of …"
	}
	for k := sp0 - 1; k > lo && sp0-k <= 12; k-- {
		if st.toks[k].low == "," {
			if st.personName(lo, k) {
				return lo, k
			}
			break
		}
		if !st.toks[k].word && !possessiveClitic(st.toks[k].low) || isFiniteTag(st.tagOf(st.toks[k])) {
			break
		}
	}
	b := a
	if st.toks[a].low == "the" && a+1 < cue0 && st.toks[a+1].upper && !slices.ContainsFunc(st.toks[sp0:sp1], func(t tok) bool { return prepositions[t.low] }) {
		b++ // "Manufacturers' organisation, the EEF, said"; not "a board member of Germany's central bank, the Bundesbank,"
	}
	for b < len(st.toks) && b-a < 5 && st.toks[b].word && st.toks[b].upper && st.toks[b].region < 0 {
		b++
	}
	if b == a || st.toks[b-1].low == "the" || b >= len(st.toks) || st.toks[b].low != "," || st.sentAt(b) != st.sentAt(sp0) {
		return sp0, sp1
	}
	if b+1 < len(st.toks) && isFiniteTag(st.tagOf(st.toks[b+1])) {
		return a, b // the name is the subject of the verb after it, the cue's or one it goes on from ("his lawyer, Antony Townsden, told … and added")
	}
	for k := b + 1; k < cue0; k++ {
		if !skipBeforeCue[st.toks[k].low] {
			return sp0, sp1
		}
	}
	return a, b
}

// personName reports whether tokens [a, b) are capitalised words that
// end in a person's name.
func (st *state) personName(a, b int) bool {
	for k := a; k < b; k++ {
		if t := st.toks[k]; !t.upper || t.region >= 0 || prepositions[t.low] || determiners[t.low] {
			return false // (not "For Trump, a majority of voters, 56%, have")
		}
	}
	return b > a && st.personSubject(a, b)
}

// amounts reports whether tokens [a, b) are all numbers or amounts
// ("£392.1m", "18", "34"), and there is at least one.
func (st *state) amounts(a, b int) bool {
	for k := a; k < b; k++ {
		t := st.toks[k]
		r, _ := utf8.DecodeRuneInString(t.low)
		if !(st.tagOf(t) == "CD" || unicode.IsDigit(r) || strings.ContainsRune("£$€¥", r)) || t.upper {
			return false
		}
	}
	return b > a
}

// boolInt is 1 for true, 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// clauseEnd returns the end of the content [start, end) of cue k, whose
// speaker is [sp0, sp1), before the main clause's verb of a relative
// clause it stands in (subjectRelativeEnd) or a predicate coordinated
// with the cue (predicateEnd).
func (st *state) clauseEnd(k, sp0, sp1, start, end int) int {
	return st.predicateEnd(k, start, st.subjectRelativeEnd(k, sp0, sp1, start, end))
}

// predicateEnd returns the end of the content [start, end) of cue k when
// a conjunction and a finite verb or a modal in it coordinate a predicate
// of the speaker's with the cue's ("prefers centre and will face England
// debutant Mathew Tait", "pleaded guilty to fraud and will be sentenced"):
// only after a content that is no clause, neither by the cue's frame
// ("saying the policy amounts to …") nor by a verb in it before the
// conjunction ("said her father never tired of the song and would …").
// Else it returns end.
func (st *state) predicateEnd(k, start, end int) int {
	if e, _, _ := st.cueAt(k); e.frame == frameThat || st.toks[start].low == "that" {
		return end
	}
	for j := start; j+1 < end; j++ {
		t := st.toks[j]
		if tag := st.tagOf(t); t.region >= 0 || strings.HasPrefix(tag, "VB") && tag != "VB" && tag != "VBG" || tag == "MD" {
			return end
		}
		if n := st.toks[j+1]; (t.low == "and" || t.low == "but") && j > start && n.region < 0 && n.word && !n.upper && st.gapVerb(j+1) {
			for j > start+1 && !st.toks[j-1].word && !st.keepsEnd(j-1, start+1) {
				j--
			}
			return j
		}
	}
	return end
}

// gapVerb reports whether token i is a finite verb or a modal: a content
// opening with it has its subject in a relative clause's gap.
func (st *state) gapVerb(i int) bool {
	t := st.tagOf(st.toks[i])
	return t == "MD" || isFiniteTag(t)
}

// subjectRelativeEnd returns the end of the content [start, end) of cue k
// whose speaker [sp0, sp1) is, or heads, a restrictive relative clause
// qualifying the noun phrase that opens the sentence ("Licensees who
// refuse to comply with the law will face …", "People who say the economy
// is weak are wrong"): the content ends before the main clause's verb.
// That is the first finite verb of a content that is no clause (an
// infinitive or a noun phrase), or the first finite verb with no subject
// before it after a clause; a verb after a conjunction belongs to the
// content, and after a subordinator, a relative or a pronoun the content
// holds a clause of its own, whose end the rule does not look for ("who
// want a machine they can add to as their cash allows"). Else it returns
// end.
func (st *state) subjectRelativeEnd(k, sp0, sp1, start, end int) int {
	s := st.sents[st.sentAt(k)]
	rel := -1
	switch {
	case sp1 == sp0+1 && (st.toks[sp0].low == "who" || st.toks[sp0].low == "that"):
		rel = sp0
	case sp1 > sp0 && sp1+1 == k && (st.toks[sp1].low == "who" || st.toks[sp1].low == "that"):
		rel = sp1 // "Firms that promised …"
	case sp0 > s.t0 && sp1 > sp0 && start < end && st.gapVerb(start) && !st.toks[sp0-1].upper && strings.HasPrefix(st.tagOf(st.toks[sp0-1]), "NN"):
		rel = sp0 // "The probe the agency said was ongoing has ended"
	}
	if rel <= s.t0 || start >= end {
		return end
	}
	for j := s.t0; j < rel; j++ {
		if t := st.toks[j]; !t.word || t.region >= 0 || strings.HasPrefix(st.tagOf(t), "VB") || st.tagOf(t) == "MD" {
			return end // not a bare noun phrase opening the sentence: "He met people who said …"
		}
	}
	e, _, _ := st.cueAt(k)
	clause := e.frame == frameThat && st.toks[start].low != "to" || st.gapVerb(start)
	for j := start + 1; j < end; j++ {
		t := st.toks[j]
		if w := st.toks[j-1].low; pronouns[w] || subordinators[w] || gapRelatives[w] || w == "that" && j-1 > start {
			return end
		}
		if t.region >= 0 || !isFiniteTag(st.tagOf(t)) && st.tagOf(t) != "MD" {
			continue
		}
		p := st.toks[j-1]
		if conjunctions[p.low] || !p.word {
			continue
		}
		if clause && (strings.HasPrefix(st.tagOf(p), "NN") || strings.HasPrefix(st.tagOf(p), "PRP") || st.tagOf(p) == "MD" || strings.HasPrefix(st.tagOf(p), "VB") || strings.HasPrefix(st.tagOf(p), "RB")) {
			continue // the content's own verb: "the economy is", "will not be"
		}
		if !clause && (st.tagOf(p) == "MD" || strings.HasPrefix(st.tagOf(p), "VB") || strings.HasPrefix(st.tagOf(p), "RB")) {
			continue
		}
		for j > start+1 && !st.toks[j-1].word && !st.keepsEnd(j-1, start+1) {
			j--
		}
		return j
	}
	return end
}
