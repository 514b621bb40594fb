package httpapi

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle"
	"chronicle/nlp/event"
)

// Article is a stored document with where it was found.
type Article struct {
	Doc     *chronicle.Document       `json:"document"`
	Sources []chronicle.ArticleSource `json:"sources"`
}

// article is the lookup behind the article routes.
func (s *Server) article(r *http.Request, id string) (*Article, error) {
	doc, err := s.opts.Store.GetDocument(r.Context(), id)
	if err != nil {
		return nil, err
	}
	src, err := s.opts.Store.Sources(r.Context(), id)
	if err != nil {
		return nil, err
	}
	return &Article{Doc: doc, Sources: src}, nil
}

// maxEntityDocs bounds the documents read for one entity page; a page that
// reaches it says so (EntityDetail.Truncated).
const maxEntityDocs = 200

// EntityDetail is everything known about one entity (a name, type and
// country) across the stored documents that mention it.
type EntityDetail struct {
	chronicle.EntityHit
	Titles    []TitleSeen            `json:"titles"`  // titles given, with the dates first and last seen
	Aliases   []Alias                `json:"aliases"` // mention texts, the most frequent first
	Quotes    []chronicle.QuoteHit   `json:"quotes"`
	Events    []chronicle.EventHit   `json:"events"`
	Articles  []chronicle.ArticleHit `json:"articles"`
	Truncated bool                   `json:"truncated"` // more than maxEntityDocs articles matched; only those were read
	// Stored is true when Titles and Aliases are the store's, gathered
	// across every document, rather than those of the articles read.
	Stored bool `json:"stored"`
}

// A TitleSeen is a title an entity was given, and when.
type TitleSeen struct {
	Title string `json:"title"`
	First string `json:"first"` // publication date of the first article giving it
	Last  string `json:"last"`
	// Documents giving it; 0 when unknown (titles from the articles read).
	Documents int `json:"documents,omitempty"`
}

// An Alias is a way an entity is mentioned, with how often.
type Alias struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// entity is the lookup behind the entity routes: it finds the articles
// holding the entity (by name, and by type and country when given) and
// gathers, from each, the entity's titles, mentions, quotes and events.
func (s *Server) entity(r *http.Request) (*EntityDetail, error) {
	v := r.URL.Query()
	name := strings.TrimSpace(v.Get("name"))
	if name == "" {
		return nil, fmt.Errorf("%w: name is required", ErrBadRequest)
	}
	typ := strings.ToUpper(strings.TrimSpace(v.Get("type")))
	country := strings.ToUpper(strings.TrimSpace(v.Get("country")))
	d := &EntityDetail{
		EntityHit: chronicle.EntityHit{Name: name, Type: typ, Country: country},
		Titles:    []TitleSeen{}, Aliases: []Alias{},
		Quotes: []chronicle.QuoteHit{}, Events: []chronicle.EventHit{}, Articles: []chronicle.ArticleHit{},
	}
	// The summary row, if the store groups the entity as asked.
	f := chronicle.EntityFilter{Name: name, Type: typ, Country: country, Limit: chronicle.MaxLimit}
	for found := false; !found; {
		page, err := s.opts.Store.Entities(r.Context(), f)
		if err != nil {
			return nil, err
		}
		for _, h := range page.Entities {
			if h.Name == name && (typ == "" || h.Type == typ) && (country == "" || h.Country == country) {
				d.EntityHit, found = h, true
				break
			}
		}
		if f.Cursor = page.Next; f.Cursor == "" {
			break
		}
	}
	titles := map[string]*TitleSeen{}
	aliases := map[string]int{}
	// The articles holding the entity, newest first, however they name
	// it ("Tories" for the Conservative Party).
	if err := s.scan(r, d, chronicle.EntityKey{Name: name, Type: typ, Country: country}, titles, aliases); err != nil {
		return nil, err
	}
	// The store's aliases and titles cover every document; those of the
	// articles read are the fallback of a store without them.
	if len(d.EntityHit.Aliases) > 0 || len(d.EntityHit.Titles) > 0 {
		d.Stored = true
		clear(titles)
		clear(aliases)
		for _, t := range d.EntityHit.Titles {
			// One row per title whatever its case, as collect does.
			k := strings.ToLower(t.Title)
			ts := titles[k]
			if ts == nil {
				ts = &TitleSeen{Title: t.Title, First: t.First, Last: t.Last}
				titles[k] = ts
			}
			if capitals(t.Title) > capitals(ts.Title) {
				ts.Title = t.Title
			}
			if t.First != "" && (ts.First == "" || t.First < ts.First) {
				ts.First = t.First
			}
			ts.Last = max(ts.Last, t.Last)
			ts.Documents += t.Documents
		}
		for _, a := range d.EntityHit.Aliases {
			aliases[a.Text] += a.Count
		}
	}
	for _, t := range titles {
		d.Titles = append(d.Titles, *t)
	}
	// Dated titles by when first seen, then undated ones.
	slices.SortFunc(d.Titles, func(a, b TitleSeen) int {
		undated := func(t TitleSeen) int {
			if t.First == "" {
				return 1
			}
			return 0
		}
		return cmp.Or(undated(a)-undated(b), cmp.Compare(a.First, b.First), cmp.Compare(a.Title, b.Title))
	})
	for text, n := range aliases {
		d.Aliases = append(d.Aliases, Alias{Text: text, Count: n})
	}
	slices.SortFunc(d.Aliases, func(a, b Alias) int { return cmp.Or(b.Count-a.Count, cmp.Compare(a.Text, b.Text)) })
	slices.SortStableFunc(d.Events, func(a, b chronicle.EventHit) int { return cmp.Compare(a.Day, b.Day) })
	return d, nil
}

// scan reads up to maxEntityDocs of the articles holding the entity k and
// collects what they say about d's entity.
func (s *Server) scan(r *http.Request, d *EntityDetail, k chronicle.EntityKey, titles map[string]*TitleSeen, aliases map[string]int) error {
	ctx := r.Context()
	q := chronicle.SearchQuery{Entity: k, Limit: 50}
	for read := 0; ; {
		page, err := s.opts.Store.Search(ctx, q)
		if err != nil {
			return err
		}
		for _, hit := range page.Articles {
			if read == maxEntityDocs {
				d.Truncated = true
				return nil
			}
			read++
			doc, err := s.opts.Store.GetDocument(ctx, hit.ID)
			if err != nil {
				return err
			}
			if d.collect(doc, titles, aliases) {
				hit.Snippet = ""
				d.Articles = append(d.Articles, hit)
			}
		}
		if q.Cursor = page.Next; q.Cursor == "" {
			return nil
		}
	}
}

// collect adds what doc says about the entity to d and reports whether doc
// holds it.
func (d *EntityDetail) collect(doc *chronicle.Document, titles map[string]*TitleSeen, aliases map[string]int) bool {
	ids := map[string]bool{}
	for _, e := range doc.Entities {
		if e.Name != d.Name || (d.Type != "" && e.Type != d.Type) || (d.Country != "" && e.Country != d.Country) {
			continue
		}
		ids[e.ID] = true
		if d.Type == "" {
			d.Type = e.Type
		}
		if d.Sector == "" {
			d.Sector = e.Sector
		}
		pub := doc.Meta.Published.Value
		for _, t := range e.Titles {
			// One row per title whatever its case ("US president", "US
			// President"), written with the more capitals.
			k := strings.ToLower(t)
			ts := titles[k]
			if ts == nil {
				ts = &TitleSeen{Title: t, First: pub, Last: pub}
				titles[k] = ts
			}
			if capitals(t) > capitals(ts.Title) {
				ts.Title = t
			}
			if pub != "" && (ts.First == "" || pub < ts.First) {
				ts.First = pub
			}
			if pub > ts.Last {
				ts.Last = pub
			}
		}
	}
	if len(ids) == 0 {
		return false
	}
	for _, m := range doc.Mentions {
		if ids[m.Entity] {
			aliases[m.Text]++
		}
	}
	pub := doc.Meta.Published.Value
	for _, q := range doc.Quotes {
		if q.Speaker != nil && ids[q.Speaker.Entity] {
			d.Quotes = append(d.Quotes, chronicle.QuoteHit{Document: doc.ID, Title: doc.Meta.Title, Published: pub, Speaker: d.Name, Quote: q})
		}
	}
	for _, e := range doc.Events {
		if involves(e, ids) {
			d.Events = append(d.Events, eventHit(doc, e))
		}
	}
	return true
}

// capitals counts the upper-case letters of s.
func capitals(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// involves reports whether an actor or recipient of e is one of ids.
func involves(e chronicle.Event, ids map[string]bool) bool {
	for _, a := range append(slices.Clip(e.Actors), e.Recipients...) {
		if ids[a.Entity] {
			return true
		}
	}
	return false
}

// eventHit makes the list row of an event of doc.
func eventHit(doc *chronicle.Document, e chronicle.Event) chronicle.EventHit {
	h := chronicle.EventHit{Document: doc.ID, Title: doc.Meta.Title, Published: doc.Meta.Published.Value, Event: e}
	h.Day = chronicle.EventDay(&e, h.Published)
	if sp := e.Evidence; 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(doc.Text) {
		h.Evidence = doc.Text[sp.Start:sp.End]
	}
	return h
}

// statuses are the values of Event.Status, for the status filter.
func statuses() []string {
	return []string{event.Occurred, event.Ongoing, event.Planned, event.Hypothetical, event.Negated}
}

// Bounds on the events one UI page reads from the store.
const (
	// maxStatusScan bounds the events read to fill one page of the event
	// table filtered by status; the page's cursor continues from there.
	maxStatusScan = 20_000
	// maxMapEvents bounds the events counted for the map of one query; a
	// map that reaches it says so (eventPlaces.Truncated).
	maxMapEvents = 20_000
)

// eventStatus returns the status filter of q, or an error if it is not a
// status.
func eventStatus(q url.Values) (string, error) {
	st := strings.ToLower(strings.TrimSpace(q.Get("status")))
	if st != "" && !slices.Contains(statuses(), st) {
		return "", fmt.Errorf("%w: status %q: want one of %s", ErrBadRequest, st, strings.Join(statuses(), ", "))
	}
	return st, nil
}

// filteredEvents returns a page of the events matching f whose status is
// status ("" for any). The store cannot filter by status, so this reads
// store pages until the page is full, the events run out or maxStatusScan
// were read; its Next continues after the last event read, so following
// it visits every match once.
func (s *Server) filteredEvents(ctx context.Context, f chronicle.EventFilter, status string) (chronicle.EventPage, error) {
	if status == "" {
		return s.opts.Store.Events(ctx, f)
	}
	hits, next, err := filterPages(ctx, f, func(ctx context.Context, f chronicle.EventFilter) ([]chronicle.EventHit, string, error) {
		page, err := s.opts.Store.Events(ctx, f)
		return page.Events, page.Next, err
	}, func(h chronicle.EventHit) bool { return h.Event.Status == status })
	return chronicle.EventPage{Events: hits, Next: next}, err
}

// filterPages reads pages of fetch from f on until a page of f.Limit
// items that keep holds is full, the items run out or maxStatusScan were
// read; next continues after the last item read, so following it visits
// every match once.
func filterPages[T any](ctx context.Context, f chronicle.EventFilter, fetch func(context.Context, chronicle.EventFilter) ([]T, string, error), keep func(T) bool) (out []T, next string, err error) {
	want := chronicle.PageLimit(f.Limit)
	out = []T{}
	for read := 0; ; {
		f.Limit = max(want-len(out), 25)
		page, pnext, err := fetch(ctx, f)
		if err != nil {
			return out, next, err
		}
		read += len(page)
		for _, x := range page {
			if keep(x) {
				out = append(out, x)
			}
		}
		next = pnext
		if next == "" || len(out) >= want || read >= maxStatusScan {
			return out, next, nil
		}
		f.Cursor = next
	}
}

// A placeCount is an event location and how many events it holds.
type placeCount struct {
	Name, Country string
	Count         int
}

// eventPlaces counts the events of a query by location.
type eventPlaces struct {
	Places    []placeCount // most events first
	Total     int          // events counted
	Unplaced  int          // events without a location
	Truncated bool         // maxMapEvents were counted; more match
}

// countPlaces counts the events matching f and status ("" for any) by
// location, reading at most maxMapEvents: the merged events (each once,
// at its location) if merged, else every report.
func (s *Server) countPlaces(ctx context.Context, f chronicle.EventFilter, status string, merged bool) (*eventPlaces, error) {
	f.Cursor, f.Limit = "", chronicle.MaxLimit
	var (
		locs      []chronicle.Location
		read      int
		truncated bool
	)
	for {
		var (
			next string
			n    int
		)
		if merged {
			page, err := s.opts.Store.MergedEvents(ctx, f)
			if err != nil {
				return nil, err
			}
			for _, m := range page.Events {
				if status == "" || m.Status == status {
					locs = append(locs, m.Location)
				}
			}
			next, n = page.Next, len(page.Events)
		} else {
			page, err := s.opts.Store.Events(ctx, f)
			if err != nil {
				return nil, err
			}
			for _, h := range page.Events {
				if status == "" || h.Event.Status == status {
					locs = append(locs, h.Event.Location)
				}
			}
			next, n = page.Next, len(page.Events)
		}
		read += n
		if next == "" {
			break
		}
		if read >= maxMapEvents {
			truncated = true
			break
		}
		f.Cursor = next
	}
	ep := placesOf(locs)
	ep.Truncated = truncated
	return ep, nil
}

// locations returns the locations of events.
func locations(events []chronicle.EventHit) []chronicle.Location {
	out := make([]chronicle.Location, len(events))
	for i, h := range events {
		out[i] = h.Event.Location
	}
	return out
}

// placesOf counts events by location, as countPlaces does for a query.
func placesOf(locs []chronicle.Location) *eventPlaces {
	type key struct{ name, country string }
	counts := map[key]int{}
	ep := &eventPlaces{Places: []placeCount{}, Total: len(locs)}
	for _, loc := range locs {
		if loc.Name == "" && loc.Country == "" {
			ep.Unplaced++
			continue
		}
		counts[key{loc.Name, loc.Country}]++
	}
	for k, n := range counts {
		ep.Places = append(ep.Places, placeCount{Name: k.name, Country: k.country, Count: n})
	}
	slices.SortFunc(ep.Places, func(a, b placeCount) int {
		return cmp.Or(b.Count-a.Count, cmp.Compare(a.Name, b.Name), cmp.Compare(a.Country, b.Country))
	})
	return ep
}

// filteredMerged is filteredEvents for merged events: a page of the
// merged events matching f whose status is status ("" for any), reading
// at most maxStatusScan merged events.
func (s *Server) filteredMerged(ctx context.Context, f chronicle.EventFilter, status string) (chronicle.MergedEventPage, error) {
	if status == "" {
		return s.opts.Store.MergedEvents(ctx, f)
	}
	ms, next, err := filterPages(ctx, f, func(ctx context.Context, f chronicle.EventFilter) ([]chronicle.MergedEvent, string, error) {
		page, err := s.opts.Store.MergedEvents(ctx, f)
		return page.Events, page.Next, err
	}, func(m chronicle.MergedEvent) bool { return m.Status == status })
	return chronicle.MergedEventPage{Events: ms, Next: next}, err
}

// mergedEvent returns the merged event with the given ID ("document/index"
// of its first report), found among the merged events its document
// reports, or an error wrapping chronicle.ErrNotFound.
func (s *Server) mergedEvent(ctx context.Context, id string) (*chronicle.MergedEvent, error) {
	doc, _, ok := strings.Cut(id, "/")
	if !ok || doc == "" {
		return nil, fmt.Errorf("%w: merged event %q: want document/index", ErrBadRequest, id)
	}
	ms, err := s.documentMerged(ctx, doc)
	if err != nil {
		return nil, err
	}
	for i := range ms {
		if ms[i].ID == id {
			return &ms[i], nil
		}
	}
	return nil, fmt.Errorf("%w: merged event %s", chronicle.ErrNotFound, id)
}

// acrossArticles fills in what other articles say of doc: the merged
// event each of its events reports (v.Merged) and the other articles of
// its near-duplicate group (v.Copies). The store has no query for a
// group's members, so copies are found among the reports of doc's merged
// events and among the articles a search for words of doc's lead returns
// (at most maxCopySearch); a copy that shares neither is missed.
func (s *Server) acrossArticles(ctx context.Context, doc *chronicle.Document, v *articleView) error {
	v.Merged = map[string]*mergedOf{}
	ms, err := s.documentMerged(ctx, doc.ID)
	if err != nil {
		return err
	}
	group := ""
	copies := map[string]chronicle.ArticleHit{}
	for _, m := range ms {
		docs := map[string]bool{}
		for _, h := range m.Mentions {
			docs[h.Document] = true
			if h.Document == doc.ID {
				group = cmp.Or(group, h.Group)
			}
		}
		for _, h := range m.Mentions {
			if h.Document == doc.ID {
				v.Merged[h.Event.ID] = &mergedOf{ID: m.ID, Others: len(docs) - 1, Groups: m.Groups}
			}
		}
	}
	for _, m := range ms {
		for _, h := range m.Mentions {
			if group != "" && h.Group == group && h.Document != doc.ID {
				copies[h.Document] = chronicle.ArticleHit{ID: h.Document, Group: h.Group, Title: h.Title, Published: h.Published}
			}
		}
	}
	if words := leadWords(doc, 8); words != "" {
		page, err := s.opts.Store.Search(ctx, chronicle.SearchQuery{Text: words, Limit: maxCopySearch})
		if err != nil {
			return err
		}
		for _, h := range page.Articles {
			if h.ID == doc.ID {
				group = cmp.Or(group, h.Group)
			}
		}
		for _, h := range page.Articles {
			if group != "" && h.Group == group && h.ID != doc.ID {
				h.Snippet = ""
				copies[h.ID] = h
			}
		}
	}
	var untitled []string
	for _, h := range copies {
		v.Copies = append(v.Copies, h)
		if h.Title == "" {
			untitled = append(untitled, h.ID)
		}
	}
	slices.SortFunc(v.Copies, func(a, b chronicle.ArticleHit) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.ID, b.ID))
	})
	v.Leads = s.leads(ctx, untitled)
	return nil
}

// maxCopySearch bounds the articles read to find the copies of one.
const maxCopySearch = 50

// leadWords returns up to n distinct words of at least four letters or
// digits from doc's lead, joined by spaces: a search that every copy of
// doc matches.
func leadWords(doc *chronicle.Document, n int) string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(lead(doc, 0), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		k := strings.ToLower(w)
		if utf8.RuneCountInString(w) < 4 || seen[k] {
			continue
		}
		seen[k] = true
		if out = append(out, w); len(out) == n {
			break
		}
	}
	return strings.Join(out, " ")
}

// mergedOfHits returns the merged events that the reports hits belong to,
// each once, by day: it reads the merged events of each of their
// documents (at most maxEntityDocs documents; the reports of the others
// are left out).
func (s *Server) mergedOfHits(ctx context.Context, hits []chronicle.EventHit) ([]chronicle.MergedEvent, error) {
	type key struct{ doc, id string }
	want := map[key]bool{}
	var docs []string
	for _, h := range hits {
		if !slices.Contains(docs, h.Document) {
			docs = append(docs, h.Document)
		}
		want[key{h.Document, h.Event.ID}] = true
	}
	var out []chronicle.MergedEvent
	seen := map[string]bool{}
	for _, doc := range docs[:min(len(docs), maxEntityDocs)] {
		ms, err := s.documentMerged(ctx, doc)
		if err != nil {
			return nil, err
		}
		for _, m := range ms {
			if seen[m.ID] {
				continue
			}
			for _, h := range m.Mentions {
				if want[key{h.Document, h.Event.ID}] {
					seen[m.ID] = true
					out = append(out, m)
					break
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b chronicle.MergedEvent) int {
		return cmp.Or(cmp.Compare(a.Day, b.Day), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

// maxDocumentMerged bounds the merged events read for one document.
const maxDocumentMerged = 5000

// documentMerged returns the merged events some report of which is in
// the document with the given ID, at most maxDocumentMerged.
func (s *Server) documentMerged(ctx context.Context, doc string) ([]chronicle.MergedEvent, error) {
	f := chronicle.EventFilter{Document: doc, Limit: chronicle.MaxLimit}
	var out []chronicle.MergedEvent
	for {
		page, err := s.opts.Store.MergedEvents(ctx, f)
		if err != nil {
			return nil, err
		}
		out = append(out, page.Events...)
		if f.Cursor = page.Next; f.Cursor == "" || len(out) >= maxDocumentMerged {
			return out, nil
		}
	}
}

// maxLeads bounds the documents read on one page to show the lead of
// untitled articles.
const maxLeads = 100

// leads returns the lead (first sentence) of each untitled document among
// ids, keyed by ID, reading at most maxLeads documents. A document that
// cannot be read is left out.
func (s *Server) leads(ctx context.Context, ids []string) map[string]string {
	out := map[string]string{}
	for _, id := range ids {
		if _, done := out[id]; done || len(out) == maxLeads {
			continue
		}
		doc, err := s.opts.Store.GetDocument(ctx, id)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			s.log.Warn("lead of untitled article", "id", id, "err", err)
			continue
		}
		out[id] = lead(doc, 140)
	}
	return out
}

// lead is the first sentence of doc's body (not of a caption, credit or
// byline), or the start of its text, cut to n runes (0: 1000).
func lead(doc *chronicle.Document, n int) string {
	n = cmp.Or(n, 1000)
	for _, sn := range doc.Sentences {
		body := sn.Zone == "" || sn.Zone == chronicle.ZoneBody || sn.Zone == chronicle.ZoneTitle
		if body && 0 <= sn.Start && sn.Start < sn.End && sn.End <= len(doc.Text) {
			return short(doc.Text[sn.Start:sn.End], n)
		}
	}
	return short(doc.Text, n)
}
