package quote

import (
	"slices"
	"strings"

	"chronicle"
)

// A resolver links speaker words to entities, remembering earlier speakers
// so that pronouns resolve to the most recent compatible one.
type resolver struct {
	st       *state
	types    map[string]string // entity id → type
	entities map[string]*chronicle.Entity
	history  []spoke // resolved speakers in text order
	genders  map[string]byte
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
	for _, m := range r.st.doc.Mentions {
		if m.Entity != id {
			continue
		}
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
	entity string
}

func newResolver(st *state) *resolver {
	r := &resolver{st: st, types: map[string]string{}, entities: map[string]*chronicle.Entity{}, genders: map[string]byte{}}
	for i := range st.doc.Entities {
		e := &st.doc.Entities[i]
		r.types[e.ID] = e.Type
		r.entities[e.ID] = e
	}
	return r
}

// possessivePronoun maps a possessive determiner speaker to its pronoun.
var possessivePronoun = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}

// resolve returns the entity id of candidate c's speaker, "" if unknown.
func (r *resolver) resolve(c cand) string {
	st := r.st
	s, e := st.toks[c.sp0].s, st.toks[c.sp1-1].e
	sent := st.sentOf[c.sp0]
	head := st.toks[c.sp1-1].low
	if p, ok := possessivePronoun[head]; ok && c.sp1-c.sp0 == 1 {
		head = p // "his claim that …" is his, as "he said" is
	}
	id := r.lookup(s, e, sent, head, c.sp1-c.sp0 == 1)
	if id != "" {
		r.history = append(r.history, spoke{pos: s, sent: sent, entity: id})
	}
	return id
}

func (r *resolver) lookup(s, e, sent int, head string, single bool) string {
	doc := r.st.doc
	// The mention heading the speaker words: "US Secretary of State Marco
	// Rubio" is Rubio; "US media outlets" is not the United States.
	// In "Cara Diemont of IT firm Dimension Data" the head is before "of".
	id := ""
	headEnd := e
	for _, link := range []string{" of ", " for ", " at ", " from ", " with "} {
		if i := strings.Index(doc.Text[s:e], link); i >= 0 && s+i < headEnd {
			inside := false
			for _, m := range doc.Mentions {
				if m.Start < s+i && s+i < m.End {
					inside = true // "Ministry of Foreign Affairs"
				}
			}
			if !inside {
				headEnd = s + i
			}
		}
	}
	for _, end := range []int{headEnd, e} {
		for _, m := range doc.Mentions {
			if m.Start >= s && m.End <= end && m.Entity != "" && strings.TrimRight(doc.Text[m.End:end], ".,") == "" {
				id = m.Entity
			}
		}
		if id != "" {
			return id
		}
	}
	if single && (head == "who" || head == "which") {
		// The antecedent: a mention ending just before ", who".
		before := strings.TrimRight(doc.Text[:s], " ")
		before = strings.TrimRight(strings.TrimSuffix(before, ","), " ")
		for _, m := range doc.Mentions {
			if m.End == len(before) && m.Entity != "" {
				id = m.Entity
			}
		}
		return id
	}
	if single && pronouns[head] {
		return r.pronoun(head, s, sent)
	}
	if isTitleWord(head) {
		return r.title(head, s, sent)
	}
	return ""
}

// compatible reports whether an entity of type typ can be called pronoun p.
func compatible(p, typ string) bool {
	switch p {
	case "he", "she":
		return typ == "PERSON"
	case "they":
		return typ == "ORG" || typ == "NORP" || typ == "GPE" || typ == "PERSON"
	case "it":
		return typ == "ORG" || typ == "GPE"
	}
	return false
}

// pronoun resolves p at byte s in sentence sent: the most recent compatible
// speaker within four sentences, else the most recent compatible mention in
// the sentence so far or the three before it that opens its sentence, else
// the most recent compatible mention.
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
		if h.pos < s && r.fits(p, h.entity) {
			return h.entity
		}
	}
	st := r.st
	lo := st.sents[max(0, sent-3)].t0
	from := st.toks[lo].s
	subj, any := "", ""
	for _, m := range st.doc.Mentions {
		if m.Start < from || m.End > s || m.Entity == "" || !r.fits(p, m.Entity) {
			continue
		}
		any = m.Entity
		if r.opensSentence(m.Start) {
			subj = m.Entity
		}
	}
	if subj != "" {
		return subj
	}
	return any
}

// opensSentence reports whether byte offset b starts a sentence's first
// noun phrase (only capitalised words or determiners precede it).
func (r *resolver) opensSentence(b int) bool {
	st := r.st
	ti, _ := slices.BinarySearchFunc(st.toks, b, func(t tok, b int) int { return t.s - b })
	if ti < len(st.toks) {
		si := st.sentOf[ti]
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
	best, bestPos := "", -1
	for _, m := range r.st.doc.Mentions {
		if m.End > s || m.Entity == "" || m.Start < bestPos {
			continue
		}
		e := r.entities[m.Entity]
		if e == nil {
			continue
		}
		ok := strings.Contains(strings.ToLower(e.Name), head)
		for _, t := range e.Titles {
			if strings.Contains(strings.ToLower(t), head) {
				ok = true
			}
		}
		if ok {
			best, bestPos = m.Entity, m.Start
		}
	}
	return best
}
