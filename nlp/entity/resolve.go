package entity

import (
	"strings"

	"chronicle"
	"chronicle/lexicon"
)

// Resolve returns the id of the entity of doc that name refers to, for a
// stage that finds names outside the mention layer (a quote's speaker "the
// Chinese foreign minister", "Rubio", "Washington"). It tries, in order: an
// entity name or mention text equal to name; the same after dropping titles
// and country qualifiers ("US Secretary of State Marco Rubio" → "Marco
// Rubio"); a one-word name as the first or last word of a person's name; and
// the lexicon (a country's names and capital, an organisation's acronym, a
// person's aliases). doc must have been annotated by a.
func (a *Annotator) Resolve(doc *chronicle.Document, name string) (string, bool) {
	if a == nil || a.lex == nil {
		return "", false
	}
	n := lexicon.Normalize(name)
	if n == "" {
		return "", false
	}
	if id, ok := exact(doc, n); ok {
		return id, true
	}
	// Drop titles and qualifiers in front of the name.
	ws := strings.Fields(n)
	k := 0
	for k < len(ws)-1 {
		w := ws[k]
		if _, _, ok := a.lex.FindCountry(strings.TrimSuffix(w, "'s")); ok || a.lex.IsTitleWord(w) || honorifics[w] || modifiers[w] || connectors[w] {
			k++
			continue
		}
		break
	}
	if k > 0 {
		n = strings.Join(ws[k:], " ")
		if id, ok := exact(doc, n); ok {
			return id, true
		}
	}
	if !strings.Contains(n, " ") {
		for _, e := range doc.Entities {
			if e.Type != "PERSON" {
				continue
			}
			parts := strings.Fields(lexicon.Normalize(e.Name))
			if len(parts) > 1 && (parts[0] == n || parts[len(parts)-1] == n) {
				return e.ID, true
			}
		}
	}
	es := a.lex.Lookup(name)
	if pick(es).Kind == 0 && k > 0 {
		es = a.lex.Lookup(n)
	}
	// The readings in pick's order; organisations of several countries
	// that share the name ("Treasury") each get their turn.
	for len(es) > 0 {
		en := pick(es)
		if en.Kind == 0 {
			break
		}
		if id, ok := lexiconEntity(doc, en); ok {
			return id, true
		}
		if en.Kind != lexicon.KindOrg || !sharedOrgs(es) {
			break
		}
		rest := make([]lexicon.Entry, 0, len(es)-1)
		for _, e := range es {
			if e.Kind != lexicon.KindOrg || e.Org != en.Org {
				rest = append(rest, e)
			}
		}
		es = rest
	}
	return "", false
}

// lexiconEntity finds the entity of doc that lexicon entry en names.
func lexiconEntity(doc *chronicle.Document, en lexicon.Entry) (string, bool) {
	for _, e := range doc.Entities {
		switch en.Kind {
		case lexicon.KindCountry, lexicon.KindCapital:
			if e.Type == "GPE" && e.KB == "iso3166:"+en.Country.Code {
				return e.ID, true
			}
		case lexicon.KindDemonym:
			if (e.Type == "NORP" || e.Type == "GPE") && e.Country == en.Country.Code {
				return e.ID, true
			}
		case lexicon.KindOrg:
			if e.KB != "" && (e.KB == en.Org.KB || e.KB == "org:"+en.Org.ID) {
				return e.ID, true
			}
		case lexicon.KindPerson:
			if e.KB == en.Person.KBID() {
				return e.ID, true
			}
		}
	}
	return "", false
}

// exact finds an entity whose name, or one of whose mentions, normalises to n.
func exact(doc *chronicle.Document, n string) (string, bool) {
	for _, e := range doc.Entities {
		if lexicon.Normalize(e.Name) == n {
			return e.ID, true
		}
	}
	for _, m := range doc.Mentions {
		if m.Entity != "" && lexicon.Normalize(m.Text) == n {
			return m.Entity, true
		}
	}
	return "", false
}
