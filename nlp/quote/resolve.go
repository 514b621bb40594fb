package quote

import (
	"slices"
	"strings"

	"chronicle"
	"chronicle/lexicon"
	"chronicle/nlp/internal/wordnet"
)

// A resolver links speaker words to entities, remembering earlier speakers
// so that pronouns resolve to the most recent compatible one.
type resolver struct {
	st       *state
	types    map[string]string // entity id → type
	entities map[string]*chronicle.Entity
	history  []spoke // resolved speakers in text order
	cont     *spoke  // the unnamed speaker the pronoun being resolved goes on with, if any
	// country is the entity of the one country the document names, if
	// it names one (see soleCountry); countryDone once it is known.
	country     string
	countryAt   int // the end of its first mention
	countryDone bool
	genders     map[string]byte
	mi          *mentionIndex
	// contents are the candidates' contents merged into disjoint spans
	// sorted by start, built on first use (see reported).
	contents []chronicle.Span
	// named are the entities named inside the content being resolved: a
	// pronoun speaker is none of them ("he told: “I wasn't advised by
	// Scott Sullivan …”" is not Sullivan's).
	named []string
}

// A mentionIndex answers the resolver's position queries over
// doc.Mentions without scanning them all per quote. Every answer lists
// mentions in the order doc.Mentions holds them, as a full scan would;
// when the mentions are not sorted by start the range queries fall back to
// the whole slice.
type mentionIndex struct {
	ms       []chronicle.Mention
	sorted   bool             // ms is sorted by Start
	maxEnd   []int            // maxEnd[i] is the largest End in ms[:i+1] (sorted only)
	byEnd    map[int][]int    // End → indices, built on first use
	byEntity map[string][]int // entity id → indices, built on first use
	byHead   map[string][]int // title word → indices whose entity it names (sorted only)
}

// mentions returns the index of doc.Mentions, built on first use (the
// stage does not change the mentions).
func (st *state) mentions() *mentionIndex {
	if st.mi == nil {
		st.mi = newMentionIndex(st.doc.Mentions)
	}
	return st.mi
}

func newMentionIndex(ms []chronicle.Mention) *mentionIndex {
	x := &mentionIndex{ms: ms, sorted: slices.IsSortedFunc(ms, func(a, b chronicle.Mention) int { return a.Start - b.Start })}
	if x.sorted {
		x.maxEnd = make([]int, len(ms))
		hi := 0
		for i, m := range ms {
			hi = max(hi, m.End)
			x.maxEnd[i] = hi
		}
	}
	return x
}

// startingIn returns the index range [i, j) holding every mention whose
// Start is in [lo, hi] (more when the mentions are unsorted).
func (x *mentionIndex) startingIn(lo, hi int) (int, int) {
	if !x.sorted {
		return 0, len(x.ms)
	}
	i, _ := slices.BinarySearchFunc(x.ms, lo, func(m chronicle.Mention, b int) int { return m.Start - b })
	j, _ := slices.BinarySearchFunc(x.ms, hi+1, func(m chronicle.Mention, b int) int { return m.Start - b })
	return i, max(i, j)
}

// covers reports whether some mention has Start < b < End.
func (x *mentionIndex) covers(b int) bool {
	if !x.sorted {
		for _, m := range x.ms {
			if m.Start < b && b < m.End {
				return true
			}
		}
		return false
	}
	k, _ := slices.BinarySearchFunc(x.ms, b, func(m chronicle.Mention, b int) int { return m.Start - b })
	return k > 0 && x.maxEnd[k-1] > b
}

// endingAt returns the indices of the mentions whose End is b.
func (x *mentionIndex) endingAt(b int) []int {
	if x.byEnd == nil {
		x.byEnd = map[int][]int{}
		for i, m := range x.ms {
			x.byEnd[m.End] = append(x.byEnd[m.End], i)
		}
	}
	return x.byEnd[b]
}

// ofEntity returns the indices of the mentions of entity id.
func (x *mentionIndex) ofEntity(id string) []int {
	if x.byEntity == nil {
		x.byEntity = map[string][]int{}
		for i, m := range x.ms {
			x.byEntity[m.Entity] = append(x.byEntity[m.Entity], i)
		}
	}
	return x.byEntity[id]
}

// gender returns 'f' or 'm' when entity id's gender is known: from an
// honorific before one of its mentions (Mr., Mrs., Ms.), from a pronoun
// already resolved to it, or from its given name; 0 otherwise.
func (r *resolver) gender(id string) byte {
	if g, ok := r.genders[id]; ok {
		return g
	}
	var g byte
	text := r.st.text
	for _, i := range r.mi.ofEntity(id) {
		m := r.mi.ms[i]
		before := text[max(0, m.Start-6):m.Start]
		switch {
		case strings.HasSuffix(before, "Mr. "):
			g = 'm'
		case strings.HasSuffix(before, "Mrs. "), strings.HasSuffix(before, "Ms. "), strings.HasSuffix(before, "Miss "):
			g = 'f'
		}
		if g != 0 {
			break
		}
	}
	if e := r.entities[id]; g == 0 && e != nil {
		first, _, _ := strings.Cut(e.Name, " ")
		g = r.st.names[first]
	}
	r.genders[id] = g
	return g
}

type spoke struct {
	pos    int // byte offset of the speaker words
	sent   int
	entity string // "" for an unnamed person ("a spokeswoman")
	gender byte   // of an unnamed person: 'm', 'f' or 0 for unknown; 'n' an unnamed thing (unnamedThing)
}

// unnamedPeople are head nouns of speakers who are one person the text
// does not name, with the gender the noun gives ('m', 'f' or 0): "a
// spokeswoman said … She added" is the spokeswoman, not a woman named
// before.
var unnamedPeople = map[string]byte{"spokesman": 'm', "spokeswoman": 'f', "spokesperson": 0, "official": 0,
	"source": 0, "aide": 0, "adviser": 0, "advisor": 0, "analyst": 0, "expert": 0, "lawyer": 0,
	"economist": 0, "researcher": 0, "witness": 0, "resident": 0, "insider": 0, "friend": 0}

func newResolver(st *state) *resolver {
	r := &resolver{st: st, types: map[string]string{}, entities: map[string]*chronicle.Entity{}, genders: map[string]byte{}, mi: st.mentions()}
	for i := range st.doc.Entities {
		e := &st.doc.Entities[i]
		r.types[e.ID] = e.Type
		r.entities[e.ID] = e
	}
	return r
}

// postNominals are the letters and suffixes that may follow a person's
// name inside the name's noun phrase.
var postNominals = setOf("QC", "KC", "MP", "MSP", "MEP", "AM", "Jr", "Jnr", "Sr", "Snr", "OBE", "MBE", "CBE", "KBE")

// possessivePronoun maps a possessive determiner speaker to its pronoun.
var possessivePronoun = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}

// resolve returns the entity id of candidate c's speaker, "" if unknown.
func (r *resolver) resolve(c cand) string {
	st := r.st
	sp1 := st.participleAfterHead(c.sp0, c.sp1) // "The five unions meeting Mr Prescott" are the unions
	s, e := int(st.toks[c.sp0].s), int(st.toks[sp1-1].e)
	sent := st.sentAt(c.sp0)
	head := st.toks[sp1-1].low
	if p, ok := possessivePronoun[head]; ok && sp1-c.sp0 == 1 {
		head = p // "his claim that …" is his, as "he said" is
	}
	r.cont = nil
	r.named = r.named[:0]
	i, j := r.mi.startingIn(c.cs, c.ce)
	inner := -1 // a cue inside its content ("which Winston Churchill decided had to go since, he said,")
	if c.cue1 > c.cue0 && int(st.toks[c.cue0].s) > c.cs && int(st.toks[c.cue0].s) < c.ce {
		inner = int(st.toks[c.cue0].s)
	}
	// A reported clause before its cue may open with the speaker's name
	// in the writer's words: "Chris Shays was pro John Kasich …, he said".
	opener := -1
	if c.region < 0 && c.cue1 > c.cue0 && int(st.toks[c.cue0].s) >= c.ce {
		opener = c.cs
	}
	for _, m := range r.mi.ms[i:j] {
		if m.End <= c.ce && m.Entity != "" && m.Type == "PERSON" && m.Start > inner && m.Start != opener && r.namedAsOther(m) {
			r.named = append(r.named, m.Entity)
		}
	}
	id := r.lookup(s, e, sent, head, sp1-c.sp0 == 1)
	if id == "" && r.cont != nil {
		// A pronoun going on with an unnamed speaker ("the advert said.
		// It also included … It also urged") passes it on.
		r.history = append(r.history, spoke{pos: s, sent: sent, gender: r.cont.gender})
	} else if id != "" {
		r.history = append(r.history, spoke{pos: s, sent: sent, entity: id})
	} else if g, ok := unnamedPeople[head]; ok && r.unnamed(c.sp0, sp1) {
		r.history = append(r.history, spoke{pos: s, sent: sent, gender: g})
	} else if r.unnamedThing(c.sp0, sp1) {
		r.history = append(r.history, spoke{pos: s, sent: sent, gender: 'n'})
	}
	return id
}

// afterPreposition reports whether the noun phrase around the mention
// starting at byte b is the object of a preposition ("from Mr Van de
// Vijver", "by Sunday Telegraph journalist Robert Peston").
// antecedentEnds returns where the antecedent of a relative pronoun may
// end, the text before it ending at b (past its comma when setOff): at b,
// then before what may stand between a name and its relative clause: an
// acronym in parentheses ("the Muslim Association of Britain (MAB),
// which"), a reflexive ("President George W Bush himself, who") or, for
// a clause set off by a comma, an appositive ("Lord Condon, head of the
// ICC's anti-corruption unit, who"; "his son Nick, a trainee vicar, who";
// not "gold in Athens, an achievement which").
func (r *resolver) antecedentEnds(b int, setOff bool) []int {
	st := r.st
	ends := []int{b}
	a, e := st.tokenRange(max(0, b-200), b)
	if e <= a || int(st.toks[e-1].e) != b {
		return ends
	}
	last := e - 1
	switch w := st.toks[last].low; {
	case w == ")":
		for k := last - 1; k > a && last-k <= 4; k-- {
			if st.toks[k].low == "(" {
				return append(ends, int(st.toks[k-1].e))
			}
		}
	case w == "himself" || w == "herself" || w == "itself" || w == "themselves":
		if last > a {
			return append(ends, int(st.toks[last-1].e))
		}
	case setOff:
		// An appositive: a noun phrase, no verb, after a comma.
		for k := last; k > a && last-k <= 12; k-- {
			t := st.toks[k]
			if t.region >= 0 || t.mark || isFiniteTag(st.tagOf(t)) || relatives[t.low] {
				break
			}
			if t.low == "," {
				if k-1 > a && k < last {
					ends = append(ends, int(st.toks[k-1].e))
				}
				break
			}
		}
	}
	return ends
}

func (r *resolver) afterPreposition(b int) bool {
	st := r.st
	a, _ := st.tokenRange(b, b+1)
	lo := st.sents[st.sentAt(a)].t0
	for k := a - 1; k >= lo && a-k <= 5; k-- {
		t := st.toks[k]
		if prepositions[t.low] {
			return true
		}
		if !t.word || !t.upper && !determiners[t.low] && !isTitleWord(t.low) && !lexicon.NameParticle(t.low) {
			return false
		}
	}
	return false
}

// namedAsOther reports whether mention m inside a content names someone
// the speaker speaks of, not the speaker: not the narrative a quote left
// open runs into ("McClaren's only criticism …", "Mr Hopkins said"), nor
// a description of the speaker's own past ("If the teenage Michael
// Howard were applying …").
func (r *resolver) namedAsOther(m chronicle.Mention) bool {
	st := r.st
	a, b := st.tokenRange(m.Start, m.End)
	if b <= a {
		return false
	}
	if a > 0 && (st.toks[a-1].low == "the" || st.tagOf(st.toks[a-1]) == "JJ") {
		return false
	}
	return b >= len(st.toks) || !possessiveClitic(st.toks[b].low) && len(st.lex[st.toks[b].low]) == 0
}

// unnamedThing reports whether speaker tokens [a, b) are one thing the
// text names no entity for, a determiner and a singular common noun that
// is no person and no group in WordNet: "the advert said … It also
// included" goes on with the advert, not with an organisation named
// before. A group ("The Swedish firm, …, said … It did not say") is
// often an organisation named before, which "it" may still reach.
func (r *resolver) unnamedThing(a, b int) bool {
	st := r.st
	if b-a < 2 || st.toks[b-1].upper || st.tagOf(st.toks[b-1]) != "NN" {
		return false
	}
	if b < len(st.toks) && (possessiveClitic(st.toks[b].low)) {
		return false // a possessor ("the operator's plans") is often a body named before
	}
	switch st.toks[a].low {
	case "a", "an", "the", "this", "that":
	default:
		return false
	}
	s, ok := st.wn.Noun(st.toks[b-1].low)
	return ok && s.Lex[0] != wordnet.NounPerson && s.Lex[0] != wordnet.NounGroup
}

// unnamed reports whether speaker tokens [a, b) are one unnamed person:
// "a spokesman", "an M&S spokesman", "Tony Blair's official spokesman",
// "the spokeswoman". A definite title with modifiers ("The Tory
// spokesman", "The Lib Dems' Treasury spokesman") often stands for a
// person named before and is not one.
func (r *resolver) unnamed(a, b int) bool {
	st := r.st
	if b-a < 2 {
		return false
	}
	switch st.toks[a].low {
	case "a", "an":
		return true
	case "the":
		if b-a == 2 {
			return true
		}
	}
	for k := a; k < b; k++ {
		if w := st.toks[k].low; possessiveClitic(w) {
			return true
		}
	}
	return false
}

// placeOnly are the links after which a speaker's words name where its
// head is, never who speaks through it.
var placeOnly = setOf("in", "into", "on", "across", "throughout", "around", "all over")

func (r *resolver) lookup(s, e, sent int, head string, single bool) string {
	doc := r.st.doc
	if r.several(s, e) {
		return "" // "He and the Archbishop of Canterbury": no one entity
	}
	// The mention heading the speaker words: "US Secretary of State Marco
	// Rubio" is Rubio; "US media outlets" is not the United States.
	// In "Cara Diemont of IT firm Dimension Data" the head is before "of".
	id := ""
	// A name and its appositive: "Anais Faraj, an analyst at Nomura" is
	// Faraj, "Michael Lamberty, a Lufthansa spokesman" Lamberty. (When no
	// mention heads the words before the comma, "The SNP's leader, Nicola
	// Sturgeon", the name after it does, below.)
	if i := strings.IndexByte(doc.Text[s:e], ','); i > 0 && !r.mi.covers(s+i) {
		if id = r.headedBy(s, s+i); id != "" {
			return id
		}
	}
	// "The court in Washington" is not Washington, nor "an inquiry into
	// BP" BP, nor "Retailers across the UK" the UK: after these links
	// only the head counts.
	headEnd, link := e, ""
	for _, l := range []string{" of ", " for ", " at ", " from ", " with ", " in ", " into ", " on ", " to ", " across ", " throughout ", " around ", " all over "} {
		if i := strings.Index(doc.Text[s:e], l); i >= 0 && s+i < headEnd && !r.mi.covers(s+i) { // "Ministry of Foreign Affairs"
			headEnd, link = s+i, l[1:len(l)-1]
		}
	}
	if id = r.headedBy(s, headEnd); id != "" {
		return id
	}
	if link != "" && !placeOnly[link] {
		// The words after the link are a speaker of their own: "a
		// spokesman for Dell", "a senior source at the club" ("the
		// Albanian embassy in London" is no more London than the whole).
		if cs := headEnd + len(link) + 2; cs < e {
			if w := strings.Fields(strings.ToLower(doc.Text[cs:e])); len(w) > 0 {
				id = r.lookup(cs, e, sent, strings.Trim(w[len(w)-1], ".,"), false)
			}
		}
		if id != "" {
			if r.speaksThrough(s, headEnd, link, id) {
				return id
			}
			return ""
		}
		// Else the head speaks: "the secretary of state" (a title),
		// "friends of the actress" (no one named).
		if w := strings.Fields(strings.ToLower(doc.Text[s:headEnd])); len(w) > 0 {
			head = w[len(w)-1]
		}
	}
	if _, ok := unnamedPeople[head]; ok {
		if a, b := r.st.tokenRange(s, e); b > a && r.unnamed(a, b) {
			// "A Labour Party spokesman", "Tony Blair's official
			// spokesman": one the text does not name, not a spokesman
			// titled before.
			return ""
		}
	}
	if single && (head == "who" || head == "which") {
		// The antecedent: a mention ending just before ", who" (or a
		// dash), else a definite title before it ("the chancellor,
		// who has long rejected").
		before := strings.TrimRight(doc.Text[:s], " ")
		setOff := false
		for _, p := range []string{",", "-", "–", "—"} {
			if b, ok := strings.CutSuffix(before, p); ok {
				before, setOff = strings.TrimRight(b, " "), true
				break
			}
		}
		for _, end := range r.antecedentEnds(len(before), setOff) {
			for _, k := range r.mi.endingAt(end) {
				// "which" is no person after a preposition: "an email from Mr
				// Van de Vijver which said" is the email's.
				if m := r.mi.ms[k]; m.Entity != "" && !(head == "which" && m.Type == "PERSON" && r.afterPreposition(m.Start)) {
					id = m.Entity
				}
			}
			if id != "" {
				break
			}
		}
		if id == "" {
			if a, b := r.st.tokenRange(max(0, len(before)-80), len(before)); b > a {
				// "the" and at most three lower-case words
				k := b - 1
				for k > a && b-k < 4 && r.st.toks[k].word && !r.st.toks[k].upper && r.st.toks[k].low != "the" {
					k--
				}
				if r.st.toks[k].low == "the" && k < b-1 {
					ts, te := int(r.st.toks[k].s), int(r.st.toks[b-1].e)
					if h := r.st.toks[b-1].low; bodyNouns[h] || isTitleWord(h) || r.titleOfDocument(h) || r.st.people != nil && r.st.people.IsTitleWord(h) {
						id = r.lookup(ts, te, sent, h, false)
					}
				}
			}
		}
		return id
	}
	if single && pronouns[head] {
		return r.pronoun(head, s, sent)
	}
	if bodyNouns[head] && r.definite(s, e) {
		return r.salientBody(s, sent)
	}
	if head == "government" && strings.EqualFold(strings.TrimSpace(doc.Text[s:e]), "the government") {
		return r.soleCountry(s)
	}
	if pressNouns[head] && r.definite(s, e) {
		return r.latestPress(s, sent)
	}
	if namedBodies[head] && !isTitleWord(head) {
		// A body: a definite description names the latest body, not a
		// person whose title holds the word ("Commission President").
		if !r.definite(s, e) {
			return ""
		}
		if id := r.title(head, s, sent); id != "" && r.types[id] != "PERSON" {
			return id
		}
		return ""
	}
	ws := strings.Fields(strings.ToLower(doc.Text[s:e]))
	textTitle := isTitleWord(head) || r.titleOfDocument(head)
	// The office the words end with by the people lexicon ("the British
	// prime minister" → "prime minister"), not one a word before makes
	// another ("the shadow chancellor", "the former prime minister").
	office := ""
	if p := r.st.people; p != nil && len(ws) >= 2 && ws[0] == "the" {
		if _, n, ok := p.TitleSuffix(ws[1:]); ok && !otherRole[ws[len(ws)-n-1]] {
			office = strings.Join(ws[len(ws)-n:], " ")
		} else if full := officeAbbrevs[ws[len(ws)-1]]; full != "" && !otherRole[ws[len(ws)-2]] {
			office = full // "the PM", not "the deputy PM"
		}
	}
	if textTitle {
		// "the shadow chancellor" is one who holds that office, not the
		// chancellor
		if len(ws) >= 2 && otherRole[ws[len(ws)-2]] {
			head = ws[len(ws)-2] + " " + head
		} else if strings.Contains(office, " ") {
			// "the prime minister" is one who holds that office, not the
			// deputy prime minister nor the defence minister
			head = office
		}
		if id := r.title(head, s, sent); id != "" {
			return id
		}
	}
	if office != "" {
		// A person of the text who holds the office by the people
		// lexicon: "the prime minister" after "Tony Blair", "the
		// chancellor" after "Gordon Brown"; a head of government also
		// by another name ("the premier" after "Tony Blair").
		id := r.roleHolder(office, s, sent)
		if alias := officeAliases[office]; id == "" && alias != "" {
			id = r.roleHolder(alias, s, sent)
		}
		return id
	}
	if !textTitle && r.epithet(ws) {
		// "The 30-year-old said": a person named before, found as a
		// pronoun of either gender would be.
		return r.pronoun("person", s, sent)
	}
	return ""
}

// officeAliases name an office by another of its names, and
// officeAbbrevs by its abbreviation after "the" ("The PM insisted"; the
// people lexicon's titles do not hold "PM", which before a name or after
// a number is a time of day).
var (
	officeAliases = map[string]string{"premier": "prime minister", "prime minister": "premier"}
	officeAbbrevs = map[string]string{"pm": "prime minister"}
)

// epithet reports whether speaker words ws (lower case) are a person's
// age standing for a person named before: "the 30-year-old", "the
// 64-year-old". (Nouns WordNet knows as persons, "the striker", "the
// singer", were tried: on BBC they named the person before only about 65 %
// of the time, as often a third party, "the umpire", "the pilot".)
func (r *resolver) epithet(ws []string) bool {
	return len(ws) == 2 && ws[0] == "the" && strings.HasSuffix(ws[1], "-year-old")
}

// soleCountry resolves "the government" at byte s to the country the
// document is about when all its entities with a country (places,
// peoples, persons and bodies) have the same one: the entity of the
// country itself (not a city of it), mentioned before s. A text naming two countries or none leaves it
// open: "the government" is as often another country's (tried in
// session 7 with the most mentioned country: 69 % right).
func (r *resolver) soleCountry(s int) string {
	if r.st.people == nil {
		return ""
	}
	if !r.countryDone {
		r.countryDone = true
		code := ""
		for _, e := range r.st.doc.Entities {
			// Places, peoples, and the persons and bodies the lexicon
			// gives a country: a UK article on the Iraq war names Iraq
			// alone of the countries, but Blair is British.
			if e.Country != "" {
				if code != "" && e.Country != code {
					return ""
				}
				code = e.Country
			}
		}
		for _, e := range r.st.doc.Entities {
			if c, kind, ok := r.st.people.FindCountry(e.Name); e.Type == "GPE" && ok && kind == lexicon.KindCountry && c.Code == code {
				r.country = e.ID
				break
			}
		}
		r.countryAt = -1
		for _, m := range r.st.doc.Mentions {
			if m.Entity == r.country && r.country != "" && (r.countryAt < 0 || m.End < r.countryAt) {
				r.countryAt = m.End
			}
		}
	}
	if r.country == "" || r.countryAt < 0 || r.countryAt > s {
		return ""
	}
	return r.country
}

// roleHolder returns the person entity mentioned last before byte s (in
// sentence sent, within salientWindow sentences) whose people-lexicon
// entry holds office title on the document's date. A document without a
// date gets the one such person who held it at some time, and none when
// several did (Tony Blair and Gordon Brown were both prime minister);
// "" when there is none or no lexicon.
func (r *resolver) roleHolder(title string, s, sent int) string {
	st := r.st
	if st.people == nil {
		return ""
	}
	date := st.doc.Meta.Published.Value
	holds := map[string]bool{}
	lo, hi := r.recent(s, sent)
	found := ""
	for i := hi - 1; i >= lo; i-- {
		m := r.mi.ms[i]
		if m.End > s || m.Entity == "" || r.types[m.Entity] != "PERSON" {
			continue
		}
		ok, seen := holds[m.Entity]
		if !seen {
			if e := r.entities[m.Entity]; e != nil && e.KB != "" {
				if p, found := st.people.PersonByKB(e.KB); found {
					if date != "" {
						role, held := p.RoleAt(date)
						ok = held && role.Is(title)
					} else {
						ok = p.HeldTitle(title)
					}
				}
			}
			holds[m.Entity] = ok
			if ok && date == "" && found != "" {
				return "" // several held it; the text's date would tell
			}
		}
		if ok && date != "" {
			return m.Entity
		}
		if ok {
			found = m.Entity
		}
	}
	return found
}

// pressNouns name a publication: "the paper said" after "The Financial
// Times reported".
var pressNouns = setOf("paper", "newspaper", "daily", "weekly", "magazine", "tabloid")

// pressWords mark a publication's name.
var pressWords = setOf("times", "post", "journal", "telegraph", "guardian", "mail", "news", "herald", "tribune",
	"standard", "express", "mirror", "sun", "independent", "observer", "gazette", "economist", "chronicle",
	"globe", "star", "record", "review", "magazine", "week", "newsweek")

// latestPress returns the latest organisation named before byte s (in
// sentence sent, within salientWindow sentences) whose name ends with a
// publication's word ("Financial Times", "Sunday Telegraph"), or "".
func (r *resolver) latestPress(s, sent int) string {
	lo, hi := r.recent(s, sent)
	for i := hi - 1; i >= lo; i-- {
		m := r.mi.ms[i]
		if m.End > s || m.Entity == "" || r.types[m.Entity] != "ORG" {
			continue
		}
		if e := r.entities[m.Entity]; e != nil {
			// The publication's word ends its name: "Arab News", not
			// "News Corp".
			if ws := strings.Fields(strings.ToLower(e.Name)); len(ws) > 0 && pressWords[ws[len(ws)-1]] {
				return m.Entity
			}
		}
	}
	return ""
}

// namedBodies are head nouns that a body's name repeats: "the commission"
// is the European Commission named before, "the court" the High Court,
// "the inquiry" the Hutton Inquiry (see title). "union" is left out: "the
// union" after the European Union is as often a trade union.
var namedBodies = setOf("commission", "court", "tribunal", "board", "institute", "authority", "inquiry",
	"panel", "association", "federation", "confederation", "bureau", "fund", "league", "academy", "society", "trust")

// bodyNouns name a kind of organisation: "the company said", "the firm
// added" speak for one the text named.
// ("the group" is left out: as often a campaign or a group of MPs the
// text names no entity for).
var bodyNouns = setOf("company", "firm", "bank", "airline", "carmaker", "club", "retailer", "insurer",
	"lender", "giant", "broadcaster", "manufacturer", "corporation", "conglomerate", "supermarket", "brewer")

// definite reports whether the speaker words [s, e) are "the" and a head
// noun, perhaps with modifiers in lower case between ("the company", "the
// Italian firm" is not, since the modifier names more than the noun).
func (r *resolver) definite(s, e int) bool {
	ws := strings.Fields(r.st.doc.Text[s:e])
	if len(ws) < 2 || len(ws) > 3 || !strings.EqualFold(ws[0], "the") {
		return false
	}
	for _, w := range ws[1 : len(ws)-1] {
		if w != strings.ToLower(w) {
			return false
		}
	}
	return true
}

// recent returns the range of the mention index that starts within
// salientWindow sentences before sentence sent and before byte s.
func (r *resolver) recent(s, sent int) (lo, hi int) {
	st := r.st
	return r.mi.startingIn(int(st.toks[st.sents[max(0, sent-salientWindow)].t0].s), s)
}

// salientWindow is how many sentences back salientBody counts mentions:
// an article's length, so that a long document costs linear time.
const salientWindow = 40

// salientBody resolves "the company" at byte s in sentence sent to the
// organisation the text is about: the one mentioned most often so far
// (within salientWindow sentences; the latest on a tie), unless the latest organisation that spoke or was a
// clause's subject in this sentence or the two before is mentioned as
// often ("Oracle has announced … takeover of its rival Peoplesoft. The
// company said": Oracle). It returns "" when no organisation was named.
func (r *resolver) salientBody(s, sent int) string {
	st := r.st
	from := int(st.toks[st.sents[max(0, sent-2)].t0].s)
	recent, at := "", -1
	for i := len(r.history) - 1; i >= 0 && sent-r.history[i].sent <= 2; i-- {
		if h := r.history[i]; h.pos < s && h.pos >= from && h.entity != "" && r.types[h.entity] == "ORG" && h.pos > at {
			recent, at = h.entity, h.pos
		}
	}
	count := map[string]int{}
	last := map[string]int{}
	lo, hi := r.recent(s, sent)
	for i := lo; i < hi; i++ {
		m := r.mi.ms[i]
		if m.End > s || m.Entity == "" || r.types[m.Entity] != "ORG" {
			continue
		}
		count[m.Entity]++
		last[m.Entity] = i
		if m.Start >= from && m.Start > at {
			if a, b := st.tokenRange(m.Start, m.End); b > a && st.toks[a].region < 0 && !r.reported(m.Start) && (r.opensSentence(m.Start) || r.subjectAt(a, b)) {
				recent, at = m.Entity, m.Start
			}
		}
	}
	best := ""
	for id, n := range count {
		if best == "" || n > count[best] || n == count[best] && last[id] > last[best] {
			best = id
		}
	}
	if recent != "" && count[recent] >= count[best] {
		return recent
	}
	return best
}

// titleOfDocument reports whether head is the head word of a title the
// entities stage gave a person of the document ("the cardinal" after
// "Cardinal Cormac Murphy-O'Connor", "the archbishop" after "Archbishop of
// Canterbury Dr Rowan Williams").
func (r *resolver) titleOfDocument(head string) bool {
	for _, e := range r.entities {
		for _, t := range e.Titles {
			// the title's head: "Archbishop", not "Canterbury"; "President",
			// not "Commission" in "European Commission President"
			t, _, _ = strings.Cut(t, " of ")
			if strings.EqualFold(t[strings.LastIndexAny(t, " -")+1:], head) {
				return true
			}
		}
	}
	return false
}

// several reports whether the speaker words [s, e) join two referring
// expressions with "and" outside any mention: a pronoun or a mention right
// before it and one after it ("He and the Archbishop", "Chancellor Gordon
// Brown and Transport Secretary Alistair Darling"), not a title's "Trade
// and Industry", a name's "Marks and Spencer" or one person's two titles
// ("GM chairman and chief executive Rick Wagoner").
func (r *resolver) several(s, e int) bool {
	t := r.st.doc.Text
	i := strings.Index(t[s:e], " and ")
	if i < 0 || r.mi.covers(s+i+1) {
		return false
	}
	mid := s + i
	if w := strings.ToLower(t[s:mid]); !pronouns[w[strings.LastIndexByte(w, ' ')+1:]] && !r.mentionEndsAt(mid) {
		return false
	}
	refers := func(a, b int) bool {
		for _, w := range strings.Fields(strings.ToLower(t[a:b])) {
			if pronouns[w] && w != "it" {
				return true
			}
		}
		lo, hi := r.mi.startingIn(a, b)
		for _, m := range r.mi.ms[lo:hi] {
			if m.Start >= a && m.End <= b && m.Entity != "" {
				return true
			}
		}
		return false
	}
	return refers(s, mid) && refers(mid+5, e)
}

// mentionEndsAt reports whether a mention with an entity ends at byte b.
func (r *resolver) mentionEndsAt(b int) bool {
	for _, k := range r.mi.endingAt(b) {
		if r.mi.ms[k].Entity != "" {
			return true
		}
	}
	return false
}

// compatible reports whether an entity of type typ can be called pronoun p.
func compatible(p, typ string) bool {
	switch p {
	case "he", "she", "person":
		return typ == "PERSON"
	case "they":
		return typ == "ORG" || typ == "NORP"
	case "it":
		return typ == "ORG" || typ == "GPE"
	}
	return false
}

// pronoun resolves p at byte s in sentence sent: the most recent compatible
// speaker within four sentences (for "he", "she" and "it", unless a person
// or a body came in since, in this sentence or the one before: see
// newcomer); else, for "they", nothing (it names an organisation or a
// people, never one person); else the most recent compatible mention in
// the sentence so far or the three before it that opens its sentence or is
// a clause's subject (subjectAt); else the most recent compatible mention.
func (r *resolver) pronoun(p string, s, sent int) string {
	id := r.pronounCandidate(p, s, sent)
	// Remember the gender a pronoun gave an entity whose gender was unknown.
	if id != "" && r.genders[id] == 0 {
		switch p {
		case "he":
			r.genders[id] = 'm'
		case "she":
			r.genders[id] = 'f'
		}
	}
	return id
}

// fits reports whether entity id can be called pronoun p.
func (r *resolver) fits(p, id string) bool {
	if !compatible(p, r.types[id]) {
		return false
	}
	switch g := r.gender(id); {
	case p == "he":
		return g != 'f'
	case p == "she":
		return g != 'm'
	}
	return true
}

func (r *resolver) pronounCandidate(p string, s, sent int) string {
	for i := len(r.history) - 1; i >= 0; i-- {
		h := r.history[i]
		if sent-h.sent > 4 {
			break
		}
		if h.entity == "" {
			// An unnamed person speaking just before goes on speaking
			// as "he" or "she", an unnamed thing as "it": no entity,
			// unless one came in since.
			if h.pos < s && sent-h.sent <= 1 && (p == "he" && h.gender != 'f' && h.gender != 'n' || p == "she" && h.gender != 'm' && h.gender != 'n' || p == "it" && h.gender == 'n') {
				from := int(r.st.toks[r.st.sents[max(0, sent-1)].t0].s)
				id := r.newcomer(p, max(h.pos+1, from), s, sent, "")
				if id == "" {
					r.cont = &h
				}
				return id
			}
			continue
		}
		if h.pos < s && r.fits(p, h.entity) && !slices.Contains(r.named, h.entity) {
			from := int(r.st.toks[r.st.sents[max(0, sent-1)].t0].s)
			if p == "they" && r.pluralSubject(max(h.pos+1, from), s) {
				return "" // "Consumers can sue if they think …": people no entity names
			}
			if id := r.newcomer(p, max(h.pos+1, from), s, sent, h.entity); id != "" && (p == "he" || p == "she" || p == "it" || p == "person") {
				return id
			}
			return h.entity
		}
	}
	if p == "they" {
		// Outside a run of speakers "they" is most often people the
		// text names no entity for (analysts, activists, the police
		// officers of a force): no guess from the last organisation.
		return ""
	}
	st := r.st
	lo := st.sents[max(0, sent-3)].t0
	from := int(st.toks[lo].s)
	subj, any := "", ""
	i, j := r.mi.startingIn(from, s)
	for _, m := range r.mi.ms[i:j] {
		if m.Start < from || m.End > s || m.Entity == "" || !r.fits(p, m.Entity) || slices.Contains(r.named, m.Entity) {
			continue
		}
		any = m.Entity
		if r.opensSentence(m.Start) {
			subj = m.Entity
		} else if a, b := st.tokenRange(m.Start, m.End); b > a && st.toks[a].region < 0 && !r.reported(m.Start) && r.subjectAt(a, b) {
			subj = m.Entity
		}
	}
	if subj != "" {
		return subj
	}
	return any
}

// newcomer returns the last entity other than not that pronoun p can refer
// to (a person for "he", an organisation or a place for "it") and that
// comes into the text in [from, to) as a clause's own subject ("Mr Ebbers
// is on trial … He pleads", "Delta has been hit … It has said") or with a
// relative clause holding the pronoun ("tycoon Steve Morgan, who got
// frustrated by … what he claimed", in sentence sent): a speaker further
// back is then the less likely referent. An entity inside a quote or a
// reported content ("Mr Clarke said Mr Blunkett argued for them") or
// coordinated after "and" ("He and the Archbishop … have") does not come
// in so. It returns "" when there is none.
func (r *resolver) newcomer(p string, from, to, sent int, not string) string {
	st := r.st
	id := ""
	i, j := r.mi.startingIn(from, to)
	for _, m := range r.mi.ms[i:j] {
		if m.Start < from || m.End > to || m.Entity == "" || m.Entity == not || !r.fits(p, m.Entity) || slices.Contains(r.named, m.Entity) {
			continue
		}
		a, b := st.tokenRange(m.Start, m.End)
		if b <= a || b >= len(st.toks) || st.toks[a].region >= 0 || st.sentAt(b) != st.sentAt(a) || r.reported(m.Start) {
			continue
		}
		n := b
		if st.toks[n].low == "," && n+1 < len(st.toks) {
			n++
		}
		if st.toks[n].low == "who" {
			if st.sentAt(a) == sent {
				id = m.Entity
			}
			continue
		}
		if r.subjectAt(a, b) {
			id = m.Entity
		}
	}
	return id
}

// pluralSubject reports whether a plural common noun is a clause's
// subject in bytes [from, to) ("Consumers are able to …", "the
// analysts have …"): a "they" after it is likelier those people than a
// body that spoke before.
func (r *resolver) pluralSubject(from, to int) bool {
	st := r.st
	a, b := st.tokenRange(from, to)
	for i := a; i < b; i++ {
		t := st.toks[i]
		if t.upper && !r.opensSentence(int(t.s)) || t.region >= 0 || st.tagOf(t) != "NNS" {
			continue
		}
		j := i
		for j-1 >= a && (determiners[st.toks[j-1].low] || st.tagOf(st.toks[j-1]) == "JJ") {
			j--
		}
		if r.subjectAt(j, i+1) {
			return true
		}
	}
	return false
}

// subjectAt reports whether the mention over tokens [a, b) is the subject
// of a clause: it can open one (opensClause) and a finite verb follows it,
// after at most an adverb or an aside set off by commas ("Olympic champion
// Justine Henin-Hardenne will return", "Ruddock, though, is keen", not
// "beaten by Nadia Petrova").
func (r *resolver) subjectAt(a, b int) bool {
	st := r.st
	if b >= len(st.toks) || !r.opensClause(a) {
		return false
	}
	b = r.pastModifier(b)
	if b >= len(st.toks) {
		return false
	}
	if isFiniteTag(st.tagOf(st.toks[b])) {
		return true
	}
	if b+3 < len(st.toks) && st.toks[b].low == "," && st.toks[b+2].low == "," && (clauseBreaks[st.toks[b+1].low] || st.adverbAt(b+1) || adverbialOpeners[st.toks[b+1].low]) {
		b += 3 // an aside: "Ruddock, though, is keen", "Mr Kerr, meanwhile, was"
	}
	return isFiniteTag(st.tagOf(st.toks[b])) || st.adverbAt(b) && b+1 < len(st.toks) && isFiniteTag(st.tagOf(st.toks[b+1]))
}

// pastModifier returns the token after a short prepositional phrase that
// modifies the noun phrase ending before token b ("Dan McLaughlin at the
// National Review agreed", "Ed Graczyk of Microsoft said"): the
// preposition, then at most four determiners or capitalised words. It
// returns b when none follows.
func (r *resolver) pastModifier(b int) int {
	st := r.st
	if b >= len(st.toks) {
		return b
	}
	switch st.toks[b].low {
	case "at", "of", "from", "for", "with":
	default:
		return b
	}
	k := b + 1
	for k < len(st.toks) && k-b <= 5 && (st.toks[k].upper || determiners[st.toks[k].low]) && st.toks[k].region < 0 {
		k++
	}
	if k == b+1 || k-b > 5 {
		return b
	}
	return k
}

// opensClause reports whether the noun phrase around the mention starting
// at token a can open a clause: what precedes its words (determiners,
// nouns, titles) is the sentence's start, punctuation, a subordinator or
// another conjunction, not a verb, a preposition, "and" ("He and the
// Archbishop"), or a relative pronoun ("for which Tony Blair
// apologised").
func (r *resolver) opensClause(a int) bool {
	st := r.st
	t0 := st.sents[st.sentAt(a)].t0
	i := a - 1
	for i >= t0 {
		t := st.toks[i]
		tag := st.tagOf(t)
		if !articles[t.low] && !strings.HasPrefix(tag, "NN") && !strings.HasPrefix(tag, "JJ") && tag != "POS" && tag != "CD" {
			break
		}
		i--
	}
	if i < t0 {
		return true
	}
	t := st.toks[i]
	switch t.low {
	case "and", "or", "nor", "which", "that", "whom", "whose", "who":
		return false
	}
	tag := st.tagOf(t)
	return !strings.HasPrefix(tag, "VB") && (tag != "IN" && tag != "TO" || subordinators[t.low])
}

// reported reports whether byte offset b lies in a content the stage found.
func (r *resolver) reported(b int) bool {
	if r.contents == nil {
		// Built once, not nil even when empty; emit sorted the
		// candidates by start.
		r.contents = []chronicle.Span{}
		for _, c := range r.st.cands {
			if n := len(r.contents); n > 0 && c.cs <= r.contents[n-1].End {
				r.contents[n-1].End = max(r.contents[n-1].End, c.ce)
			} else if c.ce > c.cs {
				r.contents = append(r.contents, chronicle.Span{Start: c.cs, End: c.ce})
			}
		}
	}
	i, _ := slices.BinarySearchFunc(r.contents, b+1, func(sp chronicle.Span, b int) int { return sp.Start - b })
	return i > 0 && b < r.contents[i-1].End
}

// opensSentence reports whether byte offset b starts a sentence's first
// noun phrase (only capitalised words or determiners precede it).
func (r *resolver) opensSentence(b int) bool {
	st := r.st
	ti, _ := slices.BinarySearchFunc(st.toks, b, func(t tok, b int) int { return int(t.s) - b })
	if ti < len(st.toks) {
		si := st.sentAt(ti)
		for k := st.sents[si].t0; k < ti; k++ {
			if !(st.toks[k].upper || determiners[st.toks[k].low]) {
				return false
			}
		}
		return true
	}
	return false
}

// title resolves a title-only phrase ("the minister") to the most recent
// entity before s whose titles or name contain the head word.
func (r *resolver) title(head string, s, sent int) string {
	if r.mi.sorted {
		// The last mention in order that ends by s and names head: the
		// one the scan below would keep.
		idx := r.headMentions(head)
		k, _ := slices.BinarySearchFunc(idx, s+1, func(i, b int) int { return r.mi.ms[i].Start - b })
		for k--; k >= 0; k-- {
			if m := r.mi.ms[idx[k]]; m.End <= s {
				return m.Entity
			}
		}
		return ""
	}
	best, bestPos := "", -1
	for _, m := range r.st.doc.Mentions {
		if m.End > s || m.Entity == "" || m.Start < bestPos {
			continue
		}
		if r.names(m.Entity, head) {
			best, bestPos = m.Entity, m.Start
		}
	}
	return best
}

// names reports whether entity id's name or one of its titles contains
// the title word head.
func (r *resolver) names(id, head string) bool {
	e := r.entities[id]
	if e == nil {
		return false
	}
	ok := strings.Contains(strings.ToLower(e.Name), head)
	for _, t := range e.Titles {
		if holds(strings.ToLower(t), head) {
			ok = true
		}
	}
	return ok
}

// otherRole are the words before a title that make it another office:
// "the chancellor" is not the shadow chancellor, nor the deputy leader
// "the leader".
var otherRole = setOf("shadow", "deputy", "vice", "former", "ex", "assistant", "under", "junior")

// holds reports whether title t (lower case) contains head, and not only
// after a word that makes it another office.
func holds(t, head string) bool {
	for off := 0; ; {
		i := strings.Index(t[off:], head)
		if i < 0 {
			return false
		}
		i += off
		before := strings.TrimRight(t[:i], " -")
		if w := before[strings.LastIndexAny(before, " -")+1:]; !otherRole[w] {
			return true
		}
		off = i + len(head)
	}
}

// headMentions returns, in order, the indices of the mentions with an
// entity that names head.
func (r *resolver) headMentions(head string) []int {
	if idx, ok := r.mi.byHead[head]; ok {
		return idx
	}
	if r.mi.byHead == nil {
		r.mi.byHead = map[string][]int{}
	}
	named := map[string]bool{}
	idx := []int{}
	for i, m := range r.mi.ms {
		if m.Entity == "" {
			continue
		}
		ok, seen := named[m.Entity]
		if !seen {
			ok = r.names(m.Entity, head)
			named[m.Entity] = ok
		}
		if ok {
			idx = append(idx, i)
		}
	}
	r.mi.byHead[head] = idx
	return idx
}

// headedBy returns the entity of the last mention within bytes [s, end)
// that heads them: only a participle (headRest), a post-nominal ("Guy
// Mansfield QC") or a word of its name (namesWord) may follow it.
func (r *resolver) headedBy(s, end int) string {
	text := r.st.doc.Text
	id := ""
	i, j := r.mi.startingIn(s, end)
	for _, m := range r.mi.ms[i:j] {
		if m.Start < s || m.End > end || m.Entity == "" {
			continue
		}
		rest := strings.TrimRight(text[m.End:end], ".,")
		if postNominals[strings.TrimSpace(rest)] && r.types[m.Entity] != "PERSON" {
			continue // "A senior Tory MP" is no Tory
		}
		if headRest(rest) || r.namesWord(m.Entity, rest) {
			id = m.Entity
		}
	}
	return id
}

// speaksThrough reports whether entity id, named after the link word
// that ends the speaker's head [s, headEnd), is the speaker. A body speaks
// through its people ("a spokesman for Dell", "the head of BP", "an
// analyst at Nomura"), and anyone through a spokesman or a statement
// ("a statement from Mr Spitzer"); but "the mother of Joseph Smith",
// "a lawyer for Michael Jackson", "critics of Tony Blair" and "advisers
// to Mr. Obama" are not the person, nor "the Archbishop of Canterbury"
// the place (the government of India is India). A name that ends a
// title after the link heads the whole: "director of rugby Nigel
// Melville".
func (r *resolver) speaksThrough(s, headEnd int, link, id string) bool {
	text := r.st.doc.Text
	if strings.HasSuffix(text[s:headEnd], "ing") && (link == "to" || link == "with") {
		return false // an addressee: "another intelligence source speaking to Fox News"
	}
	if spokesNoun(text[s:headEnd]) || link == "at" || link == "from" || link == "with" {
		return true
	}
	switch r.types[id] {
	case "PERSON":
		if !r.commonHead(s, headEnd) {
			return true // "US Secretary of State Marco Rubio"
		}
		// The word before the person's mention: a noun ends a title
		// that the name completes ("director of rugby Nigel Melville",
		// "Commission for Racial Equality chairman Trevor Phillips"),
		// unless it is the person's own title or honorific right after
		// the link ("aides to President Bush", "advisers to Mr. Obama").
		i, j := r.mi.startingIn(headEnd+1, headEnd+300) // the words after the link
		for _, m := range r.mi.ms[i:j] {
			if m.Entity != id || m.Start <= headEnd {
				continue
			}
			a, _ := r.st.tokenRange(m.Start, m.End)
			if a <= 0 {
				return false
			}
			t := r.st.toks[a-1]
			if int(t.s) <= headEnd+len(link)+1 {
				return false
			}
			if !strings.HasPrefix(r.st.tagOf(t), "NN") {
				// "rugby" is tagged an adjective there; "14-year-old" is no noun
				if _, ok := r.st.wn.Noun(t.low); !ok || t.upper {
					return false
				}
			}
			if w := strings.TrimSuffix(t.low, "."); isTitleWord(w) || honorifics[w] {
				if a < 2 {
					return false
				}
				p := r.st.toks[a-2]
				return int(p.s) > headEnd+len(link)+1 && !determiners[p.low]
			}
			return true
		}
		return false
	case "GPE", "LOC":
		f := strings.Fields(strings.ToLower(text[s:headEnd]))
		return len(f) > 0 && stateNouns[f[len(f)-1]]
	case "NORP":
		return false // "one of Labour's most senior Asians" is one person, not the Asians
	}
	return true
}

// honorifics are the words of address before a name, lower case without
// a full stop.
var honorifics = setOf("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "prof", "professor", "rev")

// commonHead reports whether the speaker words [s, end) before a link end
// in a common noun ("the mother", "Critics"), not in a title that the
// name after the link completes ("US Secretary" of State Marco Rubio).
func (r *resolver) commonHead(s, end int) bool {
	st := r.st
	a, b := st.tokenRange(s, end)
	if b <= a {
		return false
	}
	t := st.toks[b-1]
	return !t.upper || b-1 == a && !strings.HasPrefix(st.tagOf(t), "NNP")
}

// stateNouns are heads through which a place speaks: "the government of
// India", "officials in Iraq".
var stateNouns = setOf("government", "governments", "ministry", "embassy", "authorities", "officials", "military",
	"army", "police", "leaders", "leadership", "cabinet", "parliament", "regime", "administration", "people")

// spokesNoun reports whether the words head end in a noun for one who
// speaks for another: "a spokesman", "an official spokeswoman".
func spokesNoun(head string) bool {
	head = strings.ToLower(strings.TrimSpace(head))
	for _, n := range []string{"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "representative", "representatives"} {
		if strings.HasSuffix(head, n) {
			return true
		}
	}
	return false
}

// namesWord reports whether rest is one lower-case word that entity id's
// name holds: "the Tory party" is the Conservative Party, "the Democratic
// party" the Democratic Party.
func (r *resolver) namesWord(id, rest string) bool {
	rest = strings.TrimSpace(rest)
	e := r.entities[id]
	if e == nil || rest == "" || strings.ContainsAny(rest, " ,") || rest != strings.ToLower(rest) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.Name)) {
		if w == rest {
			return true
		}
	}
	return false
}

// headRest reports whether rest, the speaker words between a mention and
// the end of the speaker's head, leaves the mention heading it: nothing,
// a post-nominal ("Guy Mansfield QC", "Frank Field MP") or one participle
// starting a reduced relative clause ("The Red Cross operating in Iraq",
// "a charity based in London").
func headRest(rest string) bool {
	rest = strings.TrimSpace(rest)
	if rest == "" || postNominals[rest] {
		return true
	}
	if strings.ContainsAny(rest, " ,") || rest[0] < 'a' || rest[0] > 'z' {
		return false
	}
	return len(rest) > 4 && (strings.HasSuffix(rest, "ing") || strings.HasSuffix(rest, "ed"))
}
