package storerows

import (
	"cmp"
	"encoding/json"
	"slices"

	"chronicle"
)

// EntityDetailsQuery returns the query of the per-document rows of the
// entities of hits (at least one): their name, type, country, aliases and
// titles (JSON) and the day of their document, for AddEntityDetails.
func (p *Params) EntityDetailsQuery(hits []chronicle.EntityHit) string {
	q := `SELECT e.name, e.type, e.country, e.aliases, e.titles, a.day
		FROM entities e JOIN articles a ON a.id = e.article_id
		WHERE (e.name, e.type, e.country) IN (VALUES `
	for i, h := range hits {
		if i > 0 {
			q += `, `
		}
		q += `(` + p.Add(h.Name) + `, ` + p.Add(h.Type) + `, ` + p.Add(h.Country) + `)`
	}
	return q + `)`
}

// An EntityDetail is one row of EntityDetailsQuery.
type EntityDetail struct {
	Name, Type, Country string
	Aliases, Titles     string // JSON
	Day                 string
}

// AddEntityDetails sets the aliases and titles of hits from their
// per-document rows: alias counts summed, most frequent first (then
// alphabetical); titles with the first and last day and the number of
// documents giving them, in order of first day (undated last), then
// title. A row whose JSON does not parse is an error.
func AddEntityDetails(hits []chronicle.EntityHit, rows []EntityDetail) error {
	type key struct{ name, typ, country string }
	index := make(map[key]int, len(hits))
	aliases := make([]map[string]int, len(hits))
	titles := make([]map[string]*chronicle.EntityTitle, len(hits))
	for i, h := range hits {
		index[key{h.Name, h.Type, h.Country}] = i
		aliases[i] = map[string]int{}
		titles[i] = map[string]*chronicle.EntityTitle{}
	}
	for _, r := range rows {
		i, ok := index[key{r.Name, r.Type, r.Country}]
		if !ok {
			continue
		}
		var as []chronicle.EntityAlias
		var ts []string
		if err := json.Unmarshal([]byte(r.Aliases), &as); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(r.Titles), &ts); err != nil {
			return err
		}
		for _, a := range as {
			aliases[i][a.Text] += a.Count
		}
		seen := map[string]bool{}
		for _, t := range ts {
			if seen[t] {
				continue
			}
			seen[t] = true
			et := titles[i][t]
			if et == nil {
				et = &chronicle.EntityTitle{Title: t}
				titles[i][t] = et
			}
			et.Documents++
			if r.Day != "" && (et.First == "" || r.Day < et.First) {
				et.First = r.Day
			}
			if r.Day > et.Last {
				et.Last = r.Day
			}
		}
	}
	for i := range hits {
		hits[i].Aliases = []chronicle.EntityAlias{}
		for text, n := range aliases[i] {
			hits[i].Aliases = append(hits[i].Aliases, chronicle.EntityAlias{Text: text, Count: n})
		}
		slices.SortFunc(hits[i].Aliases, func(a, b chronicle.EntityAlias) int {
			return cmp.Or(b.Count-a.Count, cmp.Compare(a.Text, b.Text))
		})
		hits[i].Titles = []chronicle.EntityTitle{}
		for _, t := range titles[i] {
			hits[i].Titles = append(hits[i].Titles, *t)
		}
		slices.SortFunc(hits[i].Titles, func(a, b chronicle.EntityTitle) int {
			if (a.First == "") != (b.First == "") {
				if a.First == "" {
					return 1
				}
				return -1
			}
			return cmp.Or(cmp.Compare(a.First, b.First), cmp.Compare(a.Title, b.Title))
		})
	}
	return nil
}
