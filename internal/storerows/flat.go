package storerows

import (
	"encoding/json"
	"fmt"

	"chronicle"
	"chronicle/dedup"
)

// Flat is a Document broken into the rows of the query tables.
type Flat struct {
	ID, Hash, URL, Title, Published, Day, Language, Text string
	JSON                                                 []byte   // the document
	Bands                                                []int64  // dedup band keys of Text, nil when it has no words
	Shingles                                             []uint64 // dedup shingles of Text, for PickGroupShingles
	Entities                                             []EntityRow
	Quotes                                               []QuoteRow
	Figures                                              []chronicle.Figure
	Events                                               []EventRow
}

// An EntityRow is one entity of the document.
type EntityRow struct {
	Entity   *chronicle.Entity
	Mentions int    // len(Entity.Mentions), or the mentions naming it when that is empty
	Aliases  []byte // JSON of []chronicle.EntityAlias: the texts of its mentions and their counts, in order of first use
	Titles   []byte // JSON of its titles, [] when none
}

// A QuoteRow is one quote of the document.
type QuoteRow struct {
	Speaker string // the speaker entity's name, else the speaker's text, else ""
	JSON    []byte // the quote
	Quote   *chronicle.Quote
}

// An EventRow is one event of the document.
type EventRow struct {
	Day, Evidence string // chronicle.EventDay and the evidence span's text
	JSON          []byte // the event
	Event         *chronicle.Event
	Span          dedup.Interval // its date's interval; Lo is "" when it has no day
	Keys          []string       // dedup.ActorKeys of the event
	// The merged event it belongs to and that one's first and last day:
	// its own until AssignMerged.
	Merged, MDay, MEnd string
}

// Flatten checks doc and breaks it into rows. It sets doc.ID when empty.
func Flatten(doc *chronicle.Document, src chronicle.ArticleSource) (*Flat, error) {
	if doc == nil {
		return nil, fmt.Errorf("%w: nil document", chronicle.ErrInvalid)
	}
	if err := doc.Check(); err != nil {
		return nil, fmt.Errorf("%w document: %v", chronicle.ErrInvalid, err)
	}
	hash := chronicle.DocumentID(doc.Text)
	if doc.ID == "" {
		doc.ID = hash
	}
	js, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("%w document: %v", chronicle.ErrInvalid, err)
	}
	u := doc.Meta.URL
	if u == "" {
		u = src.URL
	}
	f := &Flat{
		ID: doc.ID, Hash: hash, URL: u, Title: doc.Meta.Title,
		Published: doc.Meta.Published.Value, Language: doc.Meta.Language, Text: doc.Text, JSON: js,
	}
	f.Day = chronicle.EventDay(&chronicle.Event{}, f.Published)
	names := make(map[string]string, len(doc.Entities))
	counts := make(map[string]int, len(doc.Entities))
	for _, m := range doc.Mentions {
		if m.Entity != "" {
			counts[m.Entity]++
		}
	}
	aliases := map[string][]chronicle.EntityAlias{}
	for _, m := range doc.Mentions {
		if m.Entity == "" || m.Text == "" {
			continue
		}
		as := aliases[m.Entity]
		found := false
		for i := range as {
			if as[i].Text == m.Text {
				as[i].Count++
				found = true
			}
		}
		if !found {
			as = append(as, chronicle.EntityAlias{Text: m.Text, Count: 1})
		}
		aliases[m.Entity] = as
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		names[e.ID] = e.Name
		n := len(e.Mentions)
		if n == 0 {
			n = counts[e.ID]
		}
		as := aliases[e.ID]
		if as == nil {
			as = []chronicle.EntityAlias{}
		}
		ts := e.Titles
		if ts == nil {
			ts = []string{}
		}
		ab, _ := json.Marshal(as)
		tb, _ := json.Marshal(ts)
		f.Entities = append(f.Entities, EntityRow{Entity: e, Mentions: n, Aliases: ab, Titles: tb})
	}
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		speaker := ""
		if q.Speaker != nil {
			speaker = names[q.Speaker.Entity]
			if speaker == "" {
				speaker = q.Speaker.Text
			}
		}
		b, err := json.Marshal(q)
		if err != nil {
			return nil, fmt.Errorf("%w quote %d: %v", chronicle.ErrInvalid, i, err)
		}
		f.Quotes = append(f.Quotes, QuoteRow{speaker, b, q})
	}
	f.Figures = doc.Figures
	for i := range doc.Events {
		e := &doc.Events[i]
		b, err := json.Marshal(e)
		if err != nil {
			return nil, fmt.Errorf("%w event %d: %v", chronicle.ErrInvalid, i, err)
		}
		r := EventRow{Day: chronicle.EventDay(e, f.Published), Evidence: doc.Slice(e.Evidence), JSON: b, Event: e}
		r.Span, _ = dedup.EventSpan(e, f.Published)
		r.Keys = dedup.ActorKeys(e)
		r.Merged, r.MDay, r.MEnd = MergedID(f.ID, i), r.Day, r.Day
		if r.Span.Lo != "" {
			r.MEnd = r.Span.Hi
		}
		f.Events = append(f.Events, r)
	}
	f.Shingles = dedup.Shingles(doc.Text)
	f.Bands = dedup.ShingleKeys(f.Shingles)
	return f, nil
}
