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
}

type spoke struct {
	pos    int // byte offset of the speaker words
	sent   int
	entity string
}

func newResolver(st *state) *resolver {
	r := &resolver{st: st, types: map[string]string{}, entities: map[string]*chronicle.Entity{}}
	for i := range st.doc.Entities {
		e := &st.doc.Entities[i]
		r.types[e.ID] = e.Type
		r.entities[e.ID] = e
	}
	return r
}

// resolve returns the entity id of candidate c's speaker, "" if unknown.
func (r *resolver) resolve(c cand) string {
	st := r.st
	s, e := st.toks[c.sp0].s, st.toks[c.sp1-1].e
	sent := st.sentOf[c.sp0]
	id := r.lookup(s, e, sent, st.toks[c.sp1-1].low, c.sp1-c.sp0 == 1)
	if id != "" {
		r.history = append(r.history, spoke{pos: s, sent: sent, entity: id})
	}
	return id
}

func (r *resolver) lookup(s, e, sent int, head string, single bool) string {
	doc := r.st.doc
	// The mention heading the speaker words: "US Secretary of State Marco
	// Rubio" is Rubio; "US media outlets" is not the United States.
	id := ""
	for _, m := range doc.Mentions {
		if m.Start >= s && m.End <= e && m.Entity != "" && strings.TrimRight(doc.Text[m.End:e], ".,") == "" {
			id = m.Entity
		}
	}
	if id != "" {
		return id
	}
	if single && (head == "who" || head == "which") {
		// The antecedent: the last mention before it in its sentence.
		from := r.st.toks[r.st.sents[sent].t0].s
		for _, m := range doc.Mentions {
			if m.Start >= from && m.End <= s && m.Entity != "" {
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
	for i := len(r.history) - 1; i >= 0; i-- {
		h := r.history[i]
		if sent-h.sent > 4 {
			break
		}
		if h.pos < s && compatible(p, r.types[h.entity]) {
			return h.entity
		}
	}
	st := r.st
	lo := st.sents[max(0, sent-3)].t0
	from := st.toks[lo].s
	subj, any := "", ""
	for _, m := range st.doc.Mentions {
		if m.Start < from || m.End > s || m.Entity == "" || !compatible(p, r.types[m.Entity]) {
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
