package storerows

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"chronicle"
	"chronicle/dedup"
)

// MergedID returns the ID of the merged event first reported as event idx
// of document doc: "doc/idx".
func MergedID(doc string, idx int) string { return doc + "/" + strconv.Itoa(idx) }

// in returns "(?, ?, …)" holding the placeholders of vs.
func in[T any](p *Params, vs []T) string {
	ph := make([]string, len(vs))
	for i, v := range vs {
		ph[i] = p.Add(v)
	}
	return "(" + strings.Join(ph, ", ") + ")"
}

// GroupQuery returns the query of the stored documents other than f that
// share a band key with it; f.Bands must not be empty. Its columns are
// id, grp and text, in order of id.
func (p *Params) GroupQuery(f *Flat) string {
	return `SELECT a.id, a.grp, a.text FROM articles a
		WHERE a.id IN (SELECT b.article_id FROM article_bands b WHERE b.key IN ` + in(p, f.Bands) + `) AND a.id <> ` + p.Add(f.ID) + `
		ORDER BY a.id`
}

// Mergeable says whether event row r can merge with others: it has a day
// and an actor key.
func (r *EventRow) Mergeable() bool { return r.Span.Lo != "" && len(r.Keys) > 0 }

// Keyed says whether event row r, event i of document doc, gets lookup
// keys (table event_keys): only the first report of a merged event has
// them, so a new report is compared with first reports only and merged
// events do not drift along chains of reports a few days apart.
func (r *EventRow) Keyed(doc string, i int) bool {
	return r.Mergeable() && r.Merged == MergedID(doc, i)
}

// A MergeCandidate is a stored event that may report the same real-world
// event as a new one.
type MergeCandidate struct {
	Doc       string
	Idx       int
	Merged    string // the merged event it belongs to
	MDay      string // that merged event's day
	Published string // its document's publication date
	Event     chronicle.Event
}

// MergeCandidatesQuery returns the query of the first reports of merged
// events (see Keyed) of other documents than f's that have r's type,
// share an actor key with it and have a date in the candidate range of
// r's (dedup.Interval.CandidateRange); r must be Mergeable. Its columns are article_id, idx, merged, mday,
// published and the event's JSON, in order of mday, merged, article_id,
// idx.
func (p *Params) MergeCandidatesQuery(f *Flat, r *EventRow) string {
	lo, hi := r.Span.CandidateRange()
	return `SELECT e.article_id, e.idx, e.merged, e.mday, a.published, e.event
		FROM events e JOIN articles a ON a.id = e.article_id
		WHERE (e.article_id, e.idx) IN (SELECT k.article_id, k.event_idx FROM event_keys k
			WHERE k.type = ` + p.Add(r.Event.Type) + ` AND k.key IN ` + in(p, r.Keys) + ` AND k.lo >= ` + p.Add(lo) + ` AND k.lo <= ` + p.Add(hi) + `
			AND k.article_id <> ` + p.Add(f.ID) + `)
		ORDER BY e.mday, e.merged, e.article_id, e.idx`
}

// AssignMerged sets r.Merged, r.MDay and r.MEnd to those of the first candidate
// (a merged event's first report), in query order, that reports the same
// event (dedup.SameEvent); without one r keeps its own. Assignment is
// greedy, in the order documents are stored: a report joins the earliest
// merged event whose first report it matches, and merged events are never
// joined together later. Several reports of one document (a headline, a
// caption and the lead restating one meeting) may join one merged event;
// reports are only compared with other documents' reports.
func AssignMerged(r *EventRow, cands []MergeCandidate) {
	for i := range cands {
		c := &cands[i]
		span, ok := dedup.EventSpan(&c.Event, c.Published)
		if ok && dedup.SameEvent(r.Event, r.Span, &c.Event, span) {
			// A candidate is its merged event's first report: its own
			// span is the merged event's.
			r.Merged, r.MDay, r.MEnd = c.Merged, c.MDay, span.Hi
			return
		}
	}
}

// eventConds returns the conditions of f on events e, but its cursor.
func (p *Params) eventConds(f chronicle.EventFilter) []string {
	var conds []string
	if f.Actor != "" {
		conds = append(conds, p.ActorMatch("actor", f.Actor))
	}
	if f.Recipient != "" {
		conds = append(conds, p.ActorMatch("recipient", f.Recipient))
	}
	if f.Type != "" {
		conds = append(conds, `e.type = `+p.Add(f.Type))
	}
	if !f.Since.IsZero() {
		conds = append(conds, `e.day >= `+p.Add(Day(f.Since)))
	}
	if !f.Until.IsZero() {
		conds = append(conds, `e.day <= `+p.Add(Day(f.Until))+` AND e.day <> ''`)
	}
	if f.Place != "" {
		conds = append(conds, `(lower(e.place_country) = lower(`+p.Add(f.Place)+`) OR `+p.contains(`e.place_name`, f.Place)+`)`)
	}
	if f.Document != "" {
		conds = append(conds, `e.article_id = `+p.Add(f.Document))
	}
	return conds
}

// MergedKey is the position after which a page of merged events starts.
type MergedKey struct {
	Day string `json:"d"`
	ID  string `json:"m"`
}

// MergedEventsQuery returns the query of the merged events some report
// of which matches f, after key (ignored when f.Cursor is ""), at most
// limit+1 of them in page order. Its columns are mday and merged.
func (p *Params) MergedEventsQuery(f chronicle.EventFilter, key MergedKey, limit int) string {
	conds := p.eventConds(f)
	op, dir := pageOrder(f)
	if f.Cursor != "" {
		conds = append(conds, `(e.mday, e.merged) `+op+` (`+p.Add(key.Day)+`, `+p.Add(key.ID)+`)`)
	}
	return `SELECT DISTINCT e.mday, e.merged FROM events e ` + where(conds) + `
		ORDER BY e.mday` + dir + `, e.merged` + dir + ` LIMIT ` + p.Add(limit+1)
}

// pageOrder returns the comparison that keeps the rows after a cursor and
// the direction of ORDER BY for f's order: oldest or newest first.
func pageOrder(f chronicle.EventFilter) (op, dir string) {
	if f.Newest {
		return "<", " DESC"
	}
	return ">", ""
}

// eventColumns are the columns of an event hit, as EventsQuery and
// MembersQuery return them.
const eventColumns = `e.article_id, e.idx, e.day, a.title, a.published, e.evidence, e.event, e.merged, a.grp`

// MembersQuery returns the query of every report of the merged events
// ids, in order of merged event, day, document and position. Its columns
// are those of EventsQuery.
func (p *Params) MembersQuery(ids []string) string {
	return `SELECT ` + eventColumns + ` FROM events e JOIN articles a ON a.id = e.article_id
		WHERE e.merged IN ` + in(p, ids) + ` ORDER BY e.merged, e.day, e.article_id, e.idx`
}

// BuildMerged assembles the merged event id, on day, from its reports.
func BuildMerged(id, day string, reports []chronicle.EventHit) chronicle.MergedEvent {
	m := chronicle.MergedEvent{ID: id, Day: day, Mentions: reports, Actors: []chronicle.Actor{}, Recipients: []chronicle.Actor{}, Context: []string{}}
	if len(reports) == 0 {
		return m
	}
	// The first report is the first of the document the ID names.
	first := 0
	for i, r := range reports {
		if strings.HasPrefix(id, r.Document+"/") {
			first = i
			break
		}
	}
	order := append([]int{first}, make([]int, 0, len(reports)-1)...)
	for i := range reports {
		if i != first {
			order = append(order, i)
		}
	}
	rep := &reports[first].Event
	m.Type, m.Mode, m.Status, m.Date = rep.Type, rep.Mode, rep.Status, rep.Date
	docs, groups := map[string]bool{}, map[string]bool{}
	seenA, seenR, seenC := map[string]bool{}, map[string]bool{}, map[string]bool{}
	add := func(out []chronicle.Actor, seen map[string]bool, as []chronicle.Actor) []chronicle.Actor {
		for _, a := range as {
			k := a.Code
			if k == "" {
				k = "~" + strings.ToLower(a.Name)
			}
			if !seen[k] {
				seen[k] = true
				out = append(out, a)
			}
		}
		return out
	}
	for _, i := range order {
		r := &reports[i]
		docs[r.Document] = true
		g := r.Group
		if g == "" {
			g = r.Document
		}
		groups[g] = true
		e := &r.Event
		m.Actors = add(m.Actors, seenA, e.Actors)
		m.Recipients = add(m.Recipients, seenR, e.Recipients)
		for _, c := range e.Context {
			if !seenC[c] {
				seenC[c] = true
				m.Context = append(m.Context, c)
			}
		}
		if m.Mode == "" {
			m.Mode = e.Mode
		}
		if m.Location == (chronicle.Location{}) {
			m.Location = e.Location
		}
	}
	slices.SortStableFunc(m.Context, func(a, b string) int { return cmp.Compare(a, b) })
	m.Sources, m.Groups = len(docs), len(groups)
	return m
}
