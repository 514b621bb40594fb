package entity

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
	"chronicle/lexicon"
)

// A cluster is a document entity being built.
type cluster struct {
	key      string
	mentions []int // indices into st.cands and doc.Mentions
	person   *lexicon.Person
	org      *lexicon.Org
	country  *lexicon.Country // for a country, its capital as government, or a demonym
	code     string           // ISO3 for cities
	name     string           // a person's full name no mention writes ("Sandra Howard"), or ""
}

// A title is a title stated in the text next to a person's name.
type title struct {
	text   string // as written: "US Secretary of State"
	name   string // the lexicon title: "Secretary of State"
	sector string
	code   string // ISO3 of the qualifier, "" if none
}

// group builds doc.Entities from the candidates and sets Mention.Entity.
func (st *state) group() {
	keys := make([]string, len(st.cands))
	byKey := map[string]*cluster{}
	var order []*cluster
	add := func(i int, key string) *cluster {
		keys[i] = key
		c := byKey[key]
		if c == nil {
			c = &cluster{key: key}
			byKey[key] = c
			order = append(order, c)
		}
		c.mentions = append(c.mentions, i)
		return c
	}
	// People: full names first, so that a surname before the full name
	// still finds it.
	type full struct {
		key         string
		first, last string
		norm        string // the whole name, normalised
		c           cand   // its candidate, whose title preTitle reads when needed
		gender      byte   // of its first name in the lexicon's names.tsv, else 0
		s           int
		person      *lexicon.Person
	}
	var fulls []full
	spouses := map[string]string{} // key → full name of a person the text names by given name only
	for _, c := range st.cands {
		if c.typ != "PERSON" {
			continue
		}
		i, j := st.wordsIn(c.s, c.e)
		if j-i < 2 {
			// "Michael Howard's wife, Sandra" is Sandra Howard, whom
			// "Mrs Howard" names too.
			if last, g := st.spouseOf(i); last != "" {
				n := st.name(i) + " " + last
				f := full{key: nameKey(n), s: c.s, norm: lexicon.Normalize(n), first: lexicon.Normalize(st.name(i)),
					last: lexicon.Normalize(last), c: c, gender: g}
				spouses[f.key] = n
				fulls = append(fulls, f)
			}
			continue
		}
		f := full{key: nameKey(st.text[c.s:c.e]), s: c.s, norm: lexicon.Normalize(st.text[c.s:c.e]),
			first: lexicon.Normalize(st.name(i)), last: lexicon.Normalize(st.name(j - 1)), c: c,
			gender: st.lex.Gender(st.name(i))}
		ps := st.lex.People(st.text[c.s:c.e])
		if len(ps) == 0 && j-i > 2 {
			// "Paul D. Ryan": the lexicon knows the first and last names
			ps = st.lex.People(st.name(i) + " " + st.name(j-1))
		}
		if len(ps) == 1 {
			f.key, f.person = "p:"+ps[0].ID, ps[0]
		}
		fulls = append(fulls, f)
	}
	// A name that ends a longer one of the document is that person's
	// ("Peña Nieto" after "Enrique Peña Nieto", "De Blasio" after "Bill de
	// Blasio"), when only one longer name ends so.
	// endingIn maps " "+n to the fulls whose name ends so, in order: the
	// fulls a scan over all of them would match.
	endingIn := map[string][]int{}
	for x, f := range fulls {
		for p := 0; p < len(f.norm); p++ {
			if f.norm[p] == ' ' {
				endingIn[f.norm[p:]] = append(endingIn[f.norm[p:]], x)
			}
		}
	}
	for k := range fulls {
		n := fulls[k].norm
		var match *full
		count := 0
		for _, x := range endingIn[" "+n] {
			f := &fulls[x]
			if len(f.norm) > len(n) && (match == nil || match.key != f.key) {
				match = f
				count++
				if count > 1 {
					break // count can only grow: not one match
				}
			}
		}
		if count == 1 {
			fulls[k].key, fulls[k].person = match.key, match.person
		}
	}
	fx := newFullIndex(len(fulls))
	for x, f := range fulls {
		fx.add(x, f.s, f.first, f.last, f.person)
	}
	// Royals and popes go by a given name after their title ("Prince
	// Charles", "Pope Francis"): such a name, then also bare ("after
	// Charles becomes king"), is theirs, not the first name of a full name
	// ("Liberal Democrat leader Charles Kennedy").
	royal := map[string]bool{}
	for _, c := range st.cands {
		if c.typ != "PERSON" {
			continue
		}
		if i, j := st.wordsIn(c.s, c.e); j-i == 1 && royalTitles[strings.ToLower(st.preTitle(c).name)] {
			royal[lexicon.Normalize(st.text[c.s:c.e])] = true
		}
	}
	personKey := func(c cand) (string, *lexicon.Person) {
		t := st.text[c.s:c.e]
		i, j := st.wordsIn(c.s, c.e)
		if j-i >= 2 {
			if x, ok := fx.at[c.s]; ok {
				f := fulls[x]
				return f.key, f.person
			}
		}
		w := lexicon.Normalize(t)
		g := st.honorificGender(c)
		best, bestScore := -1, -1
		// "Mrs Howard" is not Michael Howard
		var other func(int) bool
		if g != 0 {
			other = func(k int) bool { f := &fulls[k]; return f.gender != 0 && f.gender != g }
		}
		for _, k := range fx.naming(w, c.s, other) {
			f := fulls[k]
			if other != nil && other(k) {
				continue
			}
			score := 0
			switch w {
			case f.last:
				score = 2
			case f.first:
				if royal[w] {
					continue
				}
				score = 1
			default:
				continue
			}
			// prefer the nearest full name before the mention
			if f.s < c.s {
				score = score*2 + 1
			} else {
				score *= 2
			}
			if score > bestScore || (score == bestScore && f.s < c.s) {
				best, bestScore = k, score
			}
		}
		var key string
		var p *lexicon.Person
		if best >= 0 {
			key, p = fulls[best].key, fulls[best].person
		}
		// A surname the lexicon lists as an alias ("Obama", "Trump") is
		// that person's, unless another known person of the document has
		// it, or the document's namesake bears a title the listed person
		// never held, or the listed person's country has no other word in
		// the document: "Obama" after only "Michelle Obama" is still Barack
		// Obama, but "McConnell" after "First Minister Jack McConnell" is
		// not Mitch McConnell, nor "Machado" after "Alicia Machado" in an
		// article that never names Venezuela María Corina Machado.
		if ps := st.lex.People(t); len(ps) == 1 && p != ps[0] && st.publicBy(ps[0]) && !st.otherGender(g, ps[0].Name) &&
			(best < 0 || p != nil || !st.titledOtherwise(fulls[best].c, ps[0]) && !st.foreign(ps[0])) {
			if x, ok := fx.of[ps[0]]; ok {
				return fulls[x].key, fulls[x].person
			}
			if !fx.known[w] {
				key, p = "p:"+ps[0].ID, ps[0]
			}
		}
		// "President Clinton" is Bill Clinton even after "Hillary Clinton":
		// a title the chosen person never held points to a namesake who did.
		if p == nil || !p.HeldTitle(st.preTitle(c).name) {
			if tn := st.preTitle(c).name; tn != "" {
				if q := st.namesake(w, tn); q != nil {
					return "p:" + q.ID, q
				}
			}
		}
		if key == "" {
			return nameKey(t), nil
		}
		return key, p
	}
	// A style ("the Archbishop of Canterbury") is the person the document
	// names with it as a title ("Archbishop of Canterbury Dr Rowan
	// Williams"), when only one person holds it.
	styles := map[string]int{} // title text, lower case → index in fulls, or -1 when two hold it
	for x := range fulls {
		tt := st.preTitle(fulls[x].c).text
		if tt == "" {
			tt = st.styleBefore(fulls[x].c).text
		}
		if strings.Contains(tt, " of ") {
			k := strings.ToLower(tt)
			if y, ok := styles[k]; ok && y >= 0 && fulls[y].key != fulls[x].key {
				styles[k] = -1
			} else if !ok {
				styles[k] = x
			}
		}
	}
	styleOf := func(c cand) (string, *lexicon.Person, bool) {
		if len(styles) == 0 {
			return "", nil, false
		}
		i, j := st.wordsIn(c.s, c.e)
		t := st.ofTitle(j - 1)
		if t < 0 {
			return "", nil, false
		}
		x, ok := styles[strings.ToLower(st.text[st.wordS(t):c.e])]
		if !ok || x < 0 || fulls[x].c.s == c.s {
			return "", nil, false
		}
		// the seat alone of the title that introduces the name is a place
		if t < i && c.e <= fulls[x].c.s {
			if gap := strings.Trim(st.text[c.e:fulls[x].c.s], " ,"); gap == "" || isHonorific(gap) {
				return "", nil, false
			}
		}
		return fulls[x].key, fulls[x].person, true
	}
	for i, c := range st.cands {
		t := st.text[c.s:c.e]
		switch {
		case c.typ == "PERSON":
			k, p, ok := styleOf(c)
			if !ok {
				k, p = personKey(c)
			}
			cl := add(i, k)
			if p != nil {
				cl.person = p
			}
			if len(spouses) > 0 && spouses[k] != "" {
				cl.name = spouses[k]
			}
		case c.entry.Kind == lexicon.KindCountry || (c.entry.Kind == lexicon.KindCapital && !c.place):
			add(i, "c:"+c.entry.Country.Code).country = c.entry.Country
		case c.entry.Kind == lexicon.KindDemonym:
			add(i, "norp:"+c.entry.Country.Code).country = c.entry.Country
		case c.entry.Kind == lexicon.KindCapital:
			add(i, "city:"+lexicon.Normalize(t)).code = c.entry.Country.Code
		case c.entry.Kind == lexicon.KindCity && c.entry.City.Country == "":
			add(i, nameKey(c.entry.City.Name))
		case c.entry.Kind == lexicon.KindCity:
			add(i, "city:"+lexicon.Normalize(c.entry.City.Name)).code = c.entry.City.Country
		case c.entry.Kind == lexicon.KindOrg:
			add(i, "o:"+c.entry.Org.ID).org = c.entry.Org
		case c.typ == "EVENT" || c.typ == "NORP":
			add(i, c.typ+":"+lexicon.Normalize(t))
		default:
			add(i, nameKey(t))
		}
	}
	order = st.mergeAcronyms(order, byKey)

	ents := make([]chronicle.Entity, 0, len(order))
	for _, cl := range order {
		if len(cl.mentions) == 0 {
			continue
		}
		id := "e" + strconv.Itoa(len(ents)+1)
		e := st.entity(cl)
		e.ID = id
		for _, i := range cl.mentions {
			st.doc.Mentions[i].Entity = id
			e.Mentions = append(e.Mentions, st.doc.Mentions[i].ID)
		}
		ents = append(ents, e)
	}
	st.doc.Entities = ents
}

// honorificGender returns the gender an honorific right before c gives
// its person ('m' after Mr, Sir or Lord; 'f' after Mrs, Ms, Miss, Lady,
// Dame or Madam), or 0.
func (st *state) honorificGender(c cand) byte {
	i, _ := st.wordsIn(c.s, c.e)
	if i < 1 {
		return 0
	}
	if sep := st.text[st.wordE(i-1):st.wordS(i)]; sep != " " && sep != ". " { // "Mr Howard", "Mr. Obama"
		return 0
	}
	switch strings.TrimSuffix(strings.ToLower(st.wtext(i-1)), ".") {
	case "mr", "sir", "lord":
		return 'm'
	case "mrs", "ms", "miss", "lady", "dame", "madam":
		return 'f'
	}
	return 0
}

// titledOtherwise reports whether the text gives the person of candidate
// c a title that p never held ("First Minister Jack McConnell" and Mitch
// McConnell).
func (st *state) titledOtherwise(c cand, p *lexicon.Person) bool {
	t := st.preTitle(c).name
	return t != "" && !p.HeldTitle(t)
}

// foreign reports whether the document has no word of p's country but
// the mentions the lexicon reads as p.
func (st *state) foreign(p *lexicon.Person) bool {
	return p.Country != "" && st.countries[p.Country] <= st.personCands[p]
}

// otherGender reports whether the first name of name has a listed gender
// other than g (0: unknown, never other).
func (st *state) otherGender(g byte, name string) bool {
	first, _, _ := strings.Cut(name, " ")
	h := st.lex.Gender(first)
	return g != 0 && h != 0 && h != g
}

// publicBy reports whether p had taken up a listed role by the document's
// date (or the date is unknown, or p has no roles): a surname alias of
// someone not yet in public life ("Machado" in 2016) gives way to a
// namesake the document names in full ("Alicia Machado").
func (st *state) publicBy(p *lexicon.Person) bool {
	if st.date == "" || len(p.Roles) == 0 {
		return true
	}
	return p.Roles[0].From <= st.date
}

// A fullIndex answers group's questions about the full names of a
// document (numbered in order) without scanning them all per mention.
type fullIndex struct {
	at      map[int]int             // start byte → first full name starting there
	of      map[*lexicon.Person]int // person → first full name that is theirs
	known   map[string]bool         // a first or last name of a known person
	byName  map[string][]int        // first or last name → full names
	byLast  map[string][]int        // last name → full names
	byFirst map[string][]int        // first name → full names with another last name
	starts  []int                   // start byte of each full name
	sorted  bool                    // starts is increasing
}

func newFullIndex(n int) *fullIndex {
	return &fullIndex{at: map[int]int{}, of: map[*lexicon.Person]int{}, known: map[string]bool{},
		byName: map[string][]int{}, byLast: map[string][]int{}, byFirst: map[string][]int{},
		starts: make([]int, 0, n), sorted: true}
}

// add adds full name x, which starts at byte s; x counts up from 0.
func (fx *fullIndex) add(x, s int, first, last string, p *lexicon.Person) {
	if _, ok := fx.at[s]; !ok {
		fx.at[s] = x
	}
	if _, ok := fx.of[p]; !ok && p != nil {
		fx.of[p] = x
	}
	if p != nil {
		fx.known[first], fx.known[last] = true, true
	}
	fx.byName[first] = append(fx.byName[first], x)
	fx.byLast[last] = append(fx.byLast[last], x)
	if last != first {
		fx.byName[last] = append(fx.byName[last], x)
		fx.byFirst[first] = append(fx.byFirst[first], x)
	}
	if len(fx.starts) > 0 && fx.starts[len(fx.starts)-1] >= s {
		fx.sorted = false
	}
	fx.starts = append(fx.starts, s)
}

// naming returns, in order, the full names whose first or last name is w
// among which a mention at byte s picks its person, skipping those that
// skip (if not nil) reports. The pick is the best of: the last full name before s with
// last name w, the first from s on with last name w, and the same with
// first name w; when the full names are in text order naming returns only
// those (at most four).
func (fx *fullIndex) naming(w string, s int, skip func(int) bool) []int {
	if !fx.sorted {
		return fx.byName[w]
	}
	var out []int
	for _, xs := range [][]int{fx.byLast[w], fx.byFirst[w]} {
		k, _ := slices.BinarySearchFunc(xs, s, func(x, s int) int { return fx.starts[x] - s })
		for b := k - 1; b >= 0; b-- {
			if skip == nil || !skip(xs[b]) {
				out = append(out, xs[b])
				break
			}
		}
		for a := k; a < len(xs); a++ {
			if skip == nil || !skip(xs[a]) {
				out = append(out, xs[a])
				break
			}
		}
	}
	slices.Sort(out)
	return out
}

// nameKey is the cluster key of a name the lexicon does not know. One name
// is one entity whatever types the recogniser gave its mentions, and
// "Liberal Democrat" and "Liberal Democrats" are one party.
func nameKey(t string) string {
	return "name:" + strings.TrimSuffix(lexicon.Normalize(t), "s")
}

// namesake returns the one lexicon person with the given surname who held
// the title, preferring one who held it at the document's date.
func (st *state) namesake(surname, title string) *lexicon.Person {
	var found []*lexicon.Person
	for _, p := range st.lex.BySurname(surname) {
		if p.HeldTitle(title) {
			found = append(found, p)
		}
	}
	if len(found) > 1 && st.date != "" {
		for _, p := range found {
			if r, ok := p.RoleAt(st.date); ok && r.Is(title) {
				return p
			}
		}
	}
	if len(found) == 1 {
		return found[0]
	}
	return nil
}

// mergeAcronyms joins an unknown organisation written as an acronym to the
// organisation whose capitalised words it abbreviates.
func (st *state) mergeAcronyms(order []*cluster, byKey map[string]*cluster) []*cluster {
	// The initials of each cluster's first mention, made once when an
	// acronym needs them: a cluster's first mention stays its first.
	var inits []string
	for _, a := range order {
		if len(a.mentions) == 0 || a.org != nil || !strings.HasPrefix(a.key, "name:") {
			continue
		}
		c := st.cands[a.mentions[0]]
		t := st.text[c.s:c.e]
		if strings.ContainsAny(t, ".&") {
			t = strings.ReplaceAll(strings.ReplaceAll(t, ".", ""), "&", "") // "E.P.A." is EPA, "J&J" JJ
		}
		if !isUpperText(t) || utf8.RuneCountInString(t) < 2 {
			continue
		}
		if inits == nil {
			inits = make([]string, len(order))
			for k, b := range order {
				if len(b.mentions) > 0 && strings.HasPrefix(b.key, "name:") {
					bc := st.cands[b.mentions[0]]
					inits[k] = initials(st.text[bc.s:bc.e])
				}
			}
		}
		for k, b := range order {
			if b == a || len(b.mentions) == 0 || !strings.HasPrefix(b.key, "name:") {
				continue
			}
			if inits[k] == t {
				b.mentions = append(b.mentions, a.mentions...)
				a.mentions = nil
				break
			}
		}
	}
	// A short name (up to three words) inside exactly one longer name of
	// an organisation or place is its short form ("Hyundai" → "Hyundai
	// Motor", "Reynolds" → "RJ Reynolds Tobacco", "Post" → "New York
	// Post", "Zero" → "Ground Zero", "Peterson Institute" → "Peterson
	// Institute for International Economics").
	var long []string // " " + normalised multi-word name + " " of each candidate cluster, "" if none
	for _, a := range order {
		if len(a.mentions) == 0 || a.org != nil || !strings.HasPrefix(a.key, "name:") {
			continue
		}
		c := st.cands[a.mentions[0]]
		if c.typ == "PERSON" || c.typ == "NORP" {
			continue
		}
		if i, j := st.wordsIn(c.s, c.e); j-i > 3 {
			continue
		}
		if long == nil {
			long = make([]string, len(order))
			for k, b := range order {
				if len(b.mentions) == 0 || b.country != nil || b.person != nil || b.code != "" {
					continue
				}
				bc := st.cands[b.mentions[0]]
				if bc.typ == "PERSON" || bc.typ == "NORP" || bc.typ == "GPE" {
					continue
				}
				if bt := lexicon.Normalize(st.text[bc.s:bc.e]); strings.Contains(bt, " ") {
					long[k] = " " + bt + " "
				}
			}
		}
		w := " " + lexicon.Normalize(st.text[c.s:c.e]) + " "
		var match *cluster
		n := 0
		for k, b := range order {
			if b != a && len(b.mentions) > 0 && long[k] != "" && strings.Contains(long[k], w) {
				match = b
				n++
			}
		}
		if n == 1 {
			match.mentions = append(match.mentions, a.mentions...)
			a.mentions = nil
		}
	}
	// keep mentions of a merged cluster in text order
	for _, cl := range order {
		sortInts(cl.mentions)
	}
	// order by first mention
	out := order[:0]
	for _, cl := range order {
		if len(cl.mentions) > 0 {
			out = append(out, cl)
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].mentions[0] < out[j-1].mentions[0]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// initials returns the capital initials of the capitalised words of s,
// skipping connectors ("World Trade Organization" → "WTO").
func initials(s string) string {
	var buf [16]byte
	b := buf[:0]
	start := -1 // of the current word, -1 between words
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != ' ' && s[i] != '-' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue
		}
		w := s[start:i]
		start = -1
		if c := w[0]; 'A' <= c && c <= 'Z' && !inLower(connectors, w) {
			b = append(b, c)
		}
	}
	return string(b)
}

// isUpperText reports whether strings.ToUpper(s) == s, without
// allocating: no rune changes (an invalid byte would become U+FFFD).
func isUpperText(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += n
	}
	return true
}

// entity computes the attributes of a cluster.
func (st *state) entity(cl *cluster) chronicle.Entity {
	first := st.cands[cl.mentions[0]]
	e := chronicle.Entity{Type: st.majorityType(cl), Name: st.longest(cl)}
	var unit *lexicon.Org
	if cl.person == nil && cl.country == nil && cl.code == "" && cl.org == nil &&
		e.Type != "PERSON" && e.Type != "EVENT" && e.Type != "NORP" && e.Type != "GPE" {
		unit = st.unitOf(cl, e.Type)
	}
	switch {
	case e.Type == "PERSON":
		if len(cl.name) > len(e.Name) {
			e.Name = cl.name
		}
		st.personAttrs(cl, &e)
	case cl.country != nil && strings.HasPrefix(cl.key, "c:"):
		e.Type, e.Name, e.Country, e.KB = "GPE", cl.country.Name, cl.country.Code, "iso3166:"+cl.country.Code
	case cl.country != nil:
		e.Type, e.Country = "NORP", cl.country.Code
	case cl.code != "":
		e.Type, e.Country = "GPE", cl.code
	case cl.org != nil:
		// The lexicon's name, as for countries and people: "Tories" and
		// "Conservative Party" are one entity across documents too.
		e.Type, e.Name, e.Country, e.Sector, e.KB = cl.org.Type, cl.org.Name, cl.org.Country, cl.org.Sector, cl.org.KB
		if e.KB == "" {
			e.KB = "org:" + cl.org.ID
		}
	case unit != nil:
		// A unit or brand of a known organisation ("BBC News", "BBC
		// Radio 4", "UN Development Programme") is its own entity, with
		// no knowledge-base id of its own, of the parent's country and
		// sector: "BBC News reported" is a British media source.
		if e.Type != "ORG" && e.Type != "FAC" {
			e.Type = "ORG"
			for _, i := range cl.mentions {
				st.cands[i].typ, st.doc.Mentions[i].Type = "ORG", "ORG"
			}
		}
		e.Country, e.Sector = unit.Country, unit.Sector
	case e.Type == "ORG" || e.Type == "FAC":
		i, j := st.wordsIn(first.s, first.e)
		if n, en := st.countryAt(i, j); n > 0 {
			e.Country = en.Code()
		} else if st.nationalBody(i, j) {
			e.Country = st.docCountry() // "the Finance Ministry" of the country the text is about
		}
		e.Sector = st.bodySector(i, j)
	}
	return e
}

// unitOf returns the organisation of the lexicon whose name begins the
// longest mention of a cluster of type typ, when the rest of the mention
// names one of its units or brands: capitalised words or numbers after
// the parent's name and a space ("BBC News", "BBC World Service", "BBC
// Radio 4", "UN Development Programme"), or nil. A cluster the
// recogniser did not call an organisation qualifies only when the rest
// are unit words or a place ("BBC One", "BBC Scotland"), which leaves
// titles of works alone ("BBC Two's The Catherine Tate Show" has a
// possessive anyway). A parent name that is also a common word or a
// given name ("Labour", "Apple") is too weak to go by.
func (st *state) unitOf(cl *cluster, typ string) *lexicon.Org {
	var c cand
	for _, k := range cl.mentions {
		if d := st.cands[k]; d.e-d.s > c.e-c.s {
			c = d
		}
	}
	i, j := st.wordsIn(c.s, c.e)
	if j-i < 2 || !st.words[i].cap {
		return nil
	}
	n, en := st.lexiconAt(i, j)
	if n == 0 || n >= j-i || en.Kind != lexicon.KindOrg || st.text[st.wordE(i+n-1):st.wordS(i+n)] != " " ||
		st.nameEnd(i+n-1) != st.wordE(i+n-1) || st.lex.Ambiguous(st.text[st.wordS(i):st.wordE(i+n-1)]) {
		return nil
	}
	if connectors[st.wtext(i+n)] {
		return nil // "Liberal Democrats and Respect": two bodies
	}
	units := true
	for x := i + n; x < j; x++ {
		w := st.name(x)
		switch {
		case allDigits(w) && x == i+n:
			return nil // "Nikkei 225" is an index, "BBC Radio 4" a station
		case allDigits(w) || inLower(unitWords, w):
		case st.words[x].cap:
			if m, _ := st.countryAt(x, j); m > 0 {
				x += m - 1
				continue
			}
			if m, pl := st.lexiconAt(x, j); m > 0 && (pl.Kind == lexicon.KindCity || pl.Kind == lexicon.KindCapital) {
				x += m - 1
				continue
			}
			units = false
		case connectors[w] && x+1 < j && st.words[x+1].cap:
			units = false
		default:
			return nil
		}
	}
	// A body named after a facility is no unit of the institution the
	// facility stands for ("Guantanamo Human Rights Commission").
	if !units && (typ != "ORG" && typ != "FAC" || en.Org.Type == "FAC") {
		return nil
	}
	return en.Org
}

// unitWords name the divisions, services and channels of an
// organisation after its name ("BBC News", "BBC Radio Five Live").
var unitWords = map[string]bool{"news": true, "radio": true, "television": true, "tv": true, "online": true,
	"sport": true, "sports": true, "service": true, "services": true, "world": true, "worldwide": true,
	"international": true, "one": true, "two": true, "three": true, "four": true, "five": true, "live": true,
	"channel": true, "films": true, "music": true, "interactive": true, "broadcast": true, "studios": true,
	"records": true, "digital": true, "america": true, "europe": true, "asia": true, "africa": true,
	"global": true, "research": true, "labs": true, "foundation": true, "group": true, "division": true}

// nationalBody reports whether words [i, j) name a ministry or department
// by its field only, as every country has one: "Foreign Ministry",
// "Labor Department", "Ministry of Finance and Economy".
func (st *state) nationalBody(i, j int) bool {
	if j-i < 2 {
		return false
	}
	x, y := i, j-1 // the field words: before the head, or after "Head of"
	switch {
	case lowerIn(st.wtext(j-1), "ministry", "department"):
	case lowerIn(st.wtext(i), "ministry", "department") && j-i >= 3 && st.wtext(i+1) == "of":
		x, y = i+2, j
	default:
		return false
	}
	for k := x; k < y; k++ {
		w := strings.ToLower(st.wtext(k))
		if !connectors[w] && (!modifiers[w] || w == "ministry" || w == "state" || w == "house" || w == "white") {
			return false
		}
	}
	return true
}

// docCountry returns the country most of the document's known names
// belong to, when it has half as many again as any other, or "".
func (st *state) docCountry() string {
	best, most, next := "", 0, 0
	for c, n := range st.countries {
		switch {
		case n > most:
			best, most, next = c, n, most
		case n > next:
			next = n
		}
	}
	if 2*most < 3*next || most == 0 {
		return ""
	}
	return best
}

// majorityType returns the most frequent mention type of a cluster, the
// earliest of equals, and sets every mention to it.
func (st *state) majorityType(cl *cluster) string {
	n := map[string]int{}
	best := ""
	for _, i := range cl.mentions {
		t := st.cands[i].typ
		n[t]++
		if best == "" || n[t] > n[best] {
			best = t
		}
	}
	// A name the text calls a company ("shares in Elan") is an
	// organisation, whatever the recogniser said elsewhere; but not a
	// person's full name ("games maker Peter Molyneux").
	if best == "LOC" || best == "PERSON" || best == "MISC" {
		if cl.person == nil && cl.country == nil && cl.code == "" && cl.org == nil {
			for _, i := range cl.mentions {
				if c := st.cands[i]; c.firm && !(best == "PERSON" && st.fullName(cl)) {
					best = "ORG"
					break
				}
			}
		}
	}
	// A given name and a surname the recogniser took for a place or a
	// thing ("Bill Gates" LOC) name a person; firms named after people
	// stay organisations.
	if (best == "LOC" || best == "MISC") && cl.person == nil && cl.country == nil && cl.code == "" && cl.org == nil && st.fullName(cl) {
		best = "PERSON"
	}
	for _, i := range cl.mentions {
		st.cands[i].typ = best
		st.doc.Mentions[i].Type = best
	}
	return best
}

// fullName reports whether one of the mentions of a cluster is a
// person's name: a given name and one or two capitalised words.
func (st *state) fullName(cl *cluster) bool {
	for _, k := range cl.mentions {
		c := st.cands[k]
		if i, j := st.wordsIn(c.s, c.e); j-i >= 2 && st.personName(i, j) {
			return true
		}
	}
	return false
}

// bodySector guesses the sector of an unknown organisation from its head word.
func (st *state) bodySector(i, j int) string {
	for x := j - 1; x >= i; x-- {
		switch strings.ToLower(st.wtext(x)) {
		case "ministry", "department", "embassy", "government", "administration", "cabinet", "agency", "bureau", "commission":
			return "GOV"
		case "army", "navy", "military", "force", "forces", "marines", "guard":
			return "MIL"
		case "police":
			return "GOV"
		case "parliament", "senate", "assembly":
			return "LEG"
		case "party":
			return "PTY"
		case "court":
			return "JUD"
		}
	}
	return ""
}

// longest returns the longest mention text of a cluster (the first of equals).
//
// A style ("Bishop of Durham") names a person only when no mention
// gives the person's name.
func (st *state) longest(cl *cluster) string {
	best, style := "", true
	for _, i := range cl.mentions {
		c := st.cands[i]
		i, j := st.wordsIn(c.s, c.e)
		s := j > i && st.ofTitle(j-1) >= i
		if t := st.text[c.s:c.e]; style && !s || s == style && utf8.RuneCountInString(t) > utf8.RuneCountInString(best) {
			best, style = t, s
		}
	}
	return best
}

// personAttrs sets a person's titles, country, sector and KB id.
func (st *state) personAttrs(cl *cluster, e *chronicle.Entity) {
	var ts []title
	seen := map[string]bool{}
	for _, i := range cl.mentions {
		for _, t := range []title{st.preTitle(st.cands[i]), st.apposition(st.cands[i]), st.styleBefore(st.cands[i])} {
			if t.text != "" && !seen[t.text] {
				seen[t.text] = true
				ts = append(ts, t)
			}
		}
	}
	for _, t := range ts {
		e.Titles = append(e.Titles, t.text)
		if e.Sector == "" {
			e.Sector = t.sector
		}
		if e.Country == "" {
			e.Country = t.code
		}
	}
	if p := cl.person; p != nil {
		e.KB = p.KBID()
		if !strings.Contains(e.Name, " ") && len(p.Name) > len(e.Name) {
			e.Name = p.Name
		}
		// Without a publication date no dated role applies: the sector
		// comes only from a title stated in the text, the country from
		// the person's nationality.
		r, ok := lexicon.Role{}, false
		if st.date != "" {
			r, ok = p.RoleAt(st.date)
		}
		if e.Country == "" {
			if ok {
				e.Country = r.Country
			} else {
				e.Country = p.Country
			}
		}
		if e.Sector == "" && ok {
			e.Sector = r.Sector
		}
	}
}

// preTitle reads the title written right before a name: "US Secretary of
// State" Marco Rubio, "Chinese Foreign Minister" Wang Yi, "President" Xi,
// "DNC Chairwoman" Debbie Wasserman Schultz. A title held in every sector
// ("Chairwoman", "spokesman") takes the sector and country of the
// organisation named before it.
func (st *state) preTitle(c cand) title {
	if t, ok := st.shared[c.s]; ok {
		return t // "Princes William and Harry"
	}
	i, _ := st.wordsIn(c.s, c.e)
	// An honorific between the title and the name belongs to neither
	// ("Commissioner Sir Ian Blair").
	if i >= 2 && isHonorific(st.wtext(i-1)) &&
		st.text[st.wordE(i-2):st.wordS(i-1)] == " " && st.text[st.wordE(i-1):st.wordS(i)] == " " {
		i--
	}
	x := i - 1
	start := i
	end := i // the title words end here, before a seat ("Archbishop of Canterbury")
	if t := st.ofTitle(i - 1); t >= 0 && i < len(st.words) && st.text[st.wordE(i-1):st.wordS(i)] == " " {
		x, start, end = t, t+1, t+1
	}
	code := ""
	q := 0 // words of the qualifier before the title words
	var org *lexicon.Org
	for x >= 0 && (st.text[st.wordE(x):st.wordS(x+1)] == " " || (x+1 < i && st.text[st.wordE(x):st.wordS(x+1)] == "-")) {
		if st.titleWordKind(st.wtext(x)) != 0 {
			start = x
			x--
			continue
		}
		if n, en := st.countryEndingAt(x); n > 0 {
			start, code = x-n+1, en.Code()
			q, _ = st.countryAt(start, i)
		} else if n, o := st.orgEndingAt(x); n > 0 {
			start, q, org = x-n+1, n, o // "UN Secretary-General", "DNC Chairwoman"
		} else if x+1 < i-1 && st.words[x].cap {
			// An organisation whose last words the walk took for title
			// words: "Liberal Democrat" education spokesman.
			if n, en := st.lexiconAt(x, i-1); n >= 2 && en.Kind == lexicon.KindOrg {
				start, q, org = x, n, en.Org
			}
		}
		break
	}
	for q == 0 && start < i && st.titleWordKind(st.wtext(start)) == 3 {
		start++
	}
	if start >= i {
		return title{}
	}
	if start > 0 && inLower(pastWords, st.wtext(start-1)) {
		return title{} // "former President", "ex-minister"
	}
	if start >= end {
		return title{}
	}
	words := make([]string, 0, end-start-q)
	for k := start + q; k < end; k++ {
		words = append(words, st.wtext(k))
	}
	t, n, ok := st.lex.TitleSuffix(words)
	if !ok {
		return title{}
	}
	ts := end - n // first word of the title proper
	// An organisation among the title words before the title qualifies
	// it ("Democratic National Committee Chairwoman").
	if org == nil {
		for p := start + q; p < ts; p++ {
			if m, en := st.lexiconAt(p, ts); m == ts-p && en.Kind == lexicon.KindOrg {
				org = en.Org
				break
			}
		}
	}
	// Words before the title that a connector separates from it are not
	// part of it ("homeland of Senator" Ron Wyden), but an "and" joining
	// two capitalised fields is ("Trade and Industry Secretary").
	for k := start + q; k < ts; k++ {
		if st.titleWordKind(st.wtext(k)) == 3 && !st.fieldsJoined(k, start+q) {
			start, q, code, org = k+1, 0, "", nil
		}
	}
	if code == "" && end < i {
		code = st.seatCountry(end+1, i) // "Bishop of Durham": GBR
	}
	tt := title{text: st.text[st.wordS(start):st.wordE(i-1)], name: t.Name, sector: rankSector(st.text[st.wordS(start):st.wordE(i-1)], t), code: code}
	if org != nil {
		if tt.sector == "" || inNormal(everySector, t.Name) {
			tt.sector = org.Sector
		}
		if tt.code == "" {
			tt.code = org.Country
		}
	}
	return tt
}

// militaryRanks are the military titles that are also held outside the
// forces when written in lower case ("England captain Michael Vaughan").
var militaryRanks = map[string]bool{"captain": true}

// rankSector returns the sector of title t written as text: none for a
// rank in lower case without a military word ("captain" of a team or a
// ship), else t's.
func rankSector(text string, t lexicon.Title) string {
	if t.Sector != "MIL" || !militaryRanks[strings.ToLower(t.Name)] {
		return t.Sector
	}
	last := text[strings.LastIndexAny(text, " -")+1:]
	if last == "" || last[0] < 'a' || last[0] > 'z' {
		return t.Sector
	}
	l := strings.ToLower(text)
	for _, w := range []string{"army", "navy", "naval", "military", "marine", "air force", "raf", "coast guard"} {
		if strings.Contains(l, w) {
			return t.Sector
		}
	}
	return ""
}

// pastWords before a title say it is no longer held.
var pastWords = map[string]bool{"former": true, "ex": true, "late": true, "then": true}

// everySector are titles held in organisations of every sector, whose
// holder's sector is that of the organisation named with the title.
var everySector = map[string]bool{"chairman": true, "chairwoman": true, "chair": true, "president": true,
	"vice president": true, "director": true, "executive director": true, "head": true, "leader": true,
	"secretary": true, "treasurer": true, "official": true, "executive": true, "chief executive": true}

// orgEndingAt returns the number of words ending at word x that name an
// organisation in the lexicon, and the organisation.
func (st *state) orgEndingAt(x int) (int, *lexicon.Org) {
	for n := min(6, x+1); n > 0; n-- {
		if m, en := st.lexiconAt(x-n+1, x+1); m == n && en.Kind == lexicon.KindOrg {
			return n, en.Org
		}
	}
	return 0, nil
}

// countryEndingAt returns the number of words ending at word x that name a
// country or its adjective.
func (st *state) countryEndingAt(x int) (int, lexicon.Entry) {
	for n := min(4, x+1); n > 0; n-- {
		s := x - n + 1
		if m, en := st.countryAt(s, x+1); m == n {
			return n, en
		}
	}
	return 0, lexicon.Entry{}
}

// apposition reads a title in an apposition after a name: Marco Rubio,
// "the US Secretary of State", …
func (st *state) apposition(c cand) title {
	_, j := st.wordsIn(c.s, c.e)
	if j >= len(st.words) || st.text[c.e:st.wordS(j)] != ", " {
		return title{}
	}
	k := j
	for k < len(st.words) && (k == j || st.text[st.wordE(k-1):st.wordS(k)] == " ") && k-j < 9 {
		k++
	}
	x := j
	if w := strings.ToLower(st.wtext(x)); w == "the" || w == "a" || w == "an" {
		x++
	}
	if x >= k || strings.EqualFold(st.wtext(x), "former") {
		return title{}
	}
	q, en := st.countryAt(x, k)
	y := x + q
	for y < k && st.titleWordKind(st.wtext(y)) != 0 {
		y++
	}
	words := make([]string, 0, y-x-q)
	for z := x + q; z < y; z++ {
		words = append(words, st.wtext(z))
	}
	// the title must end the apposition
	if y < k && st.text[st.wordE(y-1):st.wordS(y)] == " " {
		return title{}
	}
	t, _, ok := st.lex.TitleSuffix(words)
	if !ok || len(words) == 0 {
		return title{}
	}
	return title{text: st.text[st.wordS(x):st.wordE(y-1)], name: t.Name, sector: rankSector(st.text[st.wordS(x):st.wordE(y-1)], t), code: en.Code()}
}

// styleBefore reads a title with its seat set before a name by a comma
// ("The Bishop of Durham, Tom Wright, said"): the title opens its sentence
// or follows "the", and a comma closes the name.
func (st *state) styleBefore(c cand) title {
	i, j := st.wordsIn(c.s, c.e)
	if i < 3 || j >= len(st.words) || st.text[st.wordE(i-1):c.s] != ", " || st.text[c.e:st.wordS(j)] != ", " {
		return title{}
	}
	t := st.ofTitle(i - 1)
	if t < 0 || !(strings.EqualFold(st.wtext(t-1), "the") && st.joined(t-1) || st.sentenceStart(t)) {
		return title{}
	}
	lt, ok := st.lex.Title(st.wtext(t))
	if !ok {
		return title{}
	}
	text := st.text[st.wordS(t):st.wordE(i-1)]
	return title{text: text, name: lt.Name, sector: rankSector(text, lt), code: st.seatCountry(t+2, i)}
}

// seatCountry returns the country of the seat that words [x, j) name
// after a title's "of" ("Durham", "the Bank of England"): the country of
// the place or body the lexicon knows there, else "".
func (st *state) seatCountry(x, j int) string {
	if x < j && strings.EqualFold(st.wtext(x), "the") {
		x++
	}
	if n, en := st.lexiconAt(x, j); n == j-x {
		return en.Code()
	}
	return ""
}

// spouseWords name a spouse after a person's name ("Michael Howard's wife,
// Sandra"), with the spouse's gender.
var spouseWords = map[string]byte{"wife": 'f', "widow": 'f', "husband": 'm', "widower": 'm'}

// spouseOf reads a given name at word i that a spouse word and a
// person's possessive name introduce ("Michael Howard's ex-model wife,
// Sandra"), and returns the surname the spouse shares and the spouse's
// gender; "" when word i is not so introduced, or the name's usual gender
// is the other.
func (st *state) spouseOf(i int) (string, byte) {
	if i < 2 {
		return "", 0
	}
	if sep := st.text[st.wordE(i-1):st.wordS(i)]; sep != " " && sep != ", " {
		return "", 0
	}
	g, ok := spouseWords[st.wtext(i-1)]
	if !ok {
		return "", 0
	}
	if h := st.lex.Gender(st.name(i)); h != 0 && h != g {
		return "", 0
	}
	for x := i - 2; x >= max(0, i-5); x-- {
		w := st.wtext(x)
		if !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
			if st.words[x].cap {
				return "", 0
			}
			continue // "ex-model"
		}
		end := st.nameEnd(x)
		for _, c := range st.cands {
			if c.typ == "PERSON" && c.e == end && c.s < st.wordS(x) {
				return st.name(x), g
			}
		}
		return "", 0
	}
	return "", 0
}

// royalTitles are the titles (lower case) whose holders the news names by
// a given name alone.
var royalTitles = map[string]bool{"king": true, "queen": true, "prince": true, "princess": true, "pope": true}

// fieldsJoined reports whether word k, after the title's first word from,
// is an "and" joining two capitalised words that are no titles
// themselves: the fields of one office ("Trade and Industry Secretary"),
// not two offices ("the Queen and Prince Philip").
func (st *state) fieldsJoined(k, from int) bool {
	if st.wtext(k) != "and" || k <= from || k+1 >= len(st.words) || !st.words[k-1].cap || !st.words[k+1].cap {
		return false
	}
	_, t1 := st.lex.Title(st.wtext(k - 1))
	_, t2 := st.lex.Title(st.wtext(k + 1))
	return !t1 && !t2
}
