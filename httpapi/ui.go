package httpapi

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"
	"unicode/utf8"

	"chronicle"
	"chronicle/nlp/event"
)

// parseTemplates parses each page template of fsys together with the
// layout, keyed by page name ("search"). The world map and gazetteer the
// event pages draw with are loaded here, once, and reach the templates as
// the function eventMap.
func parseTemplates(fsys fs.FS) (map[string]*template.Template, error) {
	maps, err := newMapper()
	if err != nil {
		return nil, err
	}
	funcs := template.FuncMap{
		"entityHref": entityHref,
		"actors":     actorList,
		"more":       moreHref,
		"short":      short,
		"place":      placeName,
		"eventMap":   maps.draw,
		"eventTypes": event.Types,
		"statuses":   statuses,
		"plural":     plural,
		"docLabel":   docLabel,
		"figure":     figureValue,
		"markTerms":  markTerms,
		"rows":       func(es []chronicle.EventHit, leads map[string]string) eventRows { return eventRows{es, leads} },
		"mergedRows": func(ms []chronicle.MergedEvent, leads map[string]string, open bool) mergedRows {
			return mergedRows{ms, leads, open}
		},
		"viewHref": viewHref,
		"reportCount": func(ms []chronicle.MergedEvent) int {
			n := 0
			for _, m := range ms {
				n += len(m.Mentions)
			}
			return n
		},
	}
	pages, err := fs.Glob(fsys, "templates/*.html")
	if err != nil {
		return nil, err
	}
	out := map[string]*template.Template{}
	for _, p := range pages {
		name := strings.TrimSuffix(path.Base(p), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.New(name).Funcs(funcs).ParseFS(fsys, "templates/layout.html", p)
		if err != nil {
			return nil, fmt.Errorf("httpapi: template %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
}

// view is what every page template receives.
type view struct {
	Title  string     // the page title
	Nav    string     // the active navigation entry
	Query  url.Values // the request's query, for forms and "more" links
	Data   any
	Status int
	Error  string
}

// render writes page name with v, or an error page if it fails.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, v *view) {
	t := s.tmpl[name]
	if t == nil {
		s.pageError(w, r, fmt.Errorf("httpapi: no template %q", name))
		return
	}
	v.Query = r.URL.Query()
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", v); err != nil {
		if name == "error" {
			http.Error(w, "Internal Server Error", http.StatusInternalServerError)
			return
		}
		s.pageError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(cmp.Or(v.Status, http.StatusOK))
	w.Write(buf.Bytes())
}

// pageError answers an HTML route with err.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	code := Status(err)
	s.render(w, r, "error", &view{Title: http.StatusText(code), Status: code, Error: s.errorMessage(r, err, code)})
}

// searchView is the data of the search page.
type searchView struct {
	chronicle.ArticlePage
	Hits  []searchHit       // the page's articles, near-copies folded into one hit
	Leads map[string]string // leads of the untitled articles, by ID
}

// A searchHit is an article of a search page with the other articles of
// its near-duplicate group on the same page.
type searchHit struct {
	chronicle.ArticleHit
	Copies []chronicle.ArticleHit
}

// foldCopies folds the articles of one near-duplicate group on a page
// into one hit, at the place of the group's best-ranked article: the
// group's first document stands for it when on the page, else that
// best-ranked article.
func foldCopies(hits []chronicle.ArticleHit) []searchHit {
	var out []searchHit
	at := map[string]int{}
	for _, h := range hits {
		g := cmp.Or(h.Group, h.ID)
		i, ok := at[g]
		if !ok {
			at[g] = len(out)
			out = append(out, searchHit{ArticleHit: h})
			continue
		}
		if h.ID == g {
			h, out[i].ArticleHit = out[i].ArticleHit, h
		}
		out[i].Copies = append(out[i].Copies, h)
	}
	return out
}

// pageSearch serves the search page: GET /?q=.
func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	q, err := searchQuery(r.URL.Query())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	page, err := s.opts.Store.Search(r.Context(), q)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var untitled []string
	for _, h := range page.Articles {
		if h.Title == "" {
			untitled = append(untitled, h.ID)
		}
	}
	title := "Search"
	if q.Text != "" {
		title = "Search: " + q.Text
	}
	s.render(w, r, "search", &view{Title: title, Nav: "search", Data: &searchView{ArticlePage: page, Hits: foldCopies(page.Articles), Leads: s.leads(r.Context(), untitled)}})
}

// articleView is the data of the article page.
type articleView struct {
	*Article
	Title    string // the headline, or the lead if Untitled
	Untitled bool
	Body     template.HTML
	Entities map[string]*chronicle.Entity
	Figures  map[string]*chronicle.Figure
	Merged   map[string]*mergedOf   // the merged event of each event, by event ID
	Copies   []chronicle.ArticleHit // the other articles of its near-duplicate group
	Leads    map[string]string      // leads of the untitled copies, by ID
}

// mergedOf is what the article page says of the merged event an event of
// the article reports.
type mergedOf struct {
	ID     string // the merged event's ID
	Others int    // other articles reporting it
	Groups int    // near-duplicate groups among all its articles
}

// pageArticle serves an article with its annotations highlighted.
func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.article(r, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := &articleView{Article: a, Title: a.Doc.Meta.Title, Body: highlight(a.Doc),
		Entities: map[string]*chronicle.Entity{}, Figures: map[string]*chronicle.Figure{}}
	if v.Title == "" {
		v.Title, v.Untitled = short(lead(a.Doc, 0), 260), true
	}
	for i := range a.Doc.Entities {
		v.Entities[a.Doc.Entities[i].ID] = &a.Doc.Entities[i]
	}
	for i := range a.Doc.Figures {
		v.Figures[a.Doc.Figures[i].ID] = &a.Doc.Figures[i]
	}
	if err := s.acrossArticles(r.Context(), a.Doc, v); err != nil {
		s.pageError(w, r, err)
		return
	}
	title := v.Title
	if v.Untitled {
		title = "Untitled: " + short(v.Title, 70)
	}
	s.render(w, r, "article", &view{Title: title, Nav: "search", Data: v})
}

// pageEntities serves the entity list: GET /entities?name=&type=&country=.
func (s *Server) pageEntities(w http.ResponseWriter, r *http.Request) {
	f, err := entityFilter(r.URL.Query())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	page, err := s.opts.Store.Entities(r.Context(), f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "entities", &view{Title: "Entities", Nav: "entities", Data: page})
}

// entityView is the data of the entity page.
type entityView struct {
	*EntityDetail
	Leads  map[string]string       // leads of the untitled articles, by ID
	Places *eventPlaces            // where the entity's events took place, each merged event once
	Merged []chronicle.MergedEvent // the merged events its events report, by day
	Quotes []quoteRow              // its quotes, those repeated by copies once
	Hits   []searchHit             // its articles, near-copies folded
}

// A quoteRow is a quote and the other articles quoting it word for word
// (near-copies of the first, as a rule).
type quoteRow struct {
	chronicle.QuoteHit
	Also []chronicle.QuoteHit
}

// pageEntity serves one entity: GET /entity?name=&type=&country=.
func (s *Server) pageEntity(w http.ResponseWriter, r *http.Request) {
	d, err := s.entity(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	merged, err := s.mergedOfHits(r.Context(), d.Events)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	copies := map[string]bool{}
	for _, a := range d.Articles {
		copies[a.ID] = a.Group != "" && a.Group != a.ID
	}
	v := &entityView{EntityDetail: d, Merged: merged, Quotes: quoteRows(d.Quotes, copies), Hits: foldCopies(d.Articles)}
	locs := make([]chronicle.Location, len(merged))
	for i, m := range merged {
		locs[i] = m.Location
	}
	v.Places = placesOf(locs)
	var untitled []string
	for _, a := range d.Articles {
		if a.Title == "" {
			untitled = append(untitled, a.ID)
		}
	}
	for _, m := range merged {
		for _, e := range m.Mentions {
			if e.Title == "" {
				untitled = append(untitled, e.Document)
			}
		}
	}
	for _, q := range d.Quotes {
		if q.Title == "" {
			untitled = append(untitled, q.Document)
		}
	}
	v.Leads = s.leads(r.Context(), untitled)
	s.render(w, r, "entity", &view{Title: d.Name, Nav: "entities", Data: v})
}

// quoteRows groups quotes with the same speaker and text, in order of
// their first: a quote of an article that is not a copy (copies[doc] is
// false) stands for the others.
func quoteRows(qs []chronicle.QuoteHit, copies map[string]bool) []quoteRow {
	var out []quoteRow
	at := map[[2]string]int{}
	for _, q := range qs {
		k := [2]string{q.Speaker, strings.Join(strings.Fields(q.Quote.Text), " ")}
		i, ok := at[k]
		if !ok {
			at[k] = len(out)
			out = append(out, quoteRow{QuoteHit: q})
			continue
		}
		if copies[out[i].Document] && !copies[q.Document] {
			q, out[i].QuoteHit = out[i].QuoteHit, q
		}
		out[i].Also = append(out[i].Also, q)
	}
	return out
}

// eventRows is what the eventrows template receives.
type eventRows struct {
	Events []chronicle.EventHit
	Leads  map[string]string // leads of the untitled articles, by ID
}

// eventsView is the data of the events page, which lists either merged
// events (one row per real-world event, with its reports) or every report.
type eventsView struct {
	Reports bool                    // every report is listed (?view=reports)
	Events  []chronicle.EventHit    // the reports, if Reports
	Merged  []chronicle.MergedEvent // the merged events, if not
	One     bool                    // Merged is the one event asked for (?merged=ID)
	Next    string                  // cursor of the next page
	Leads   map[string]string       // leads of the untitled articles, by ID
	Places  *eventPlaces            // drawn by the template function eventMap; nil after the first page
}

// mergedRows is what the mergedrows template receives.
type mergedRows struct {
	Events []chronicle.MergedEvent
	Leads  map[string]string
	Open   bool // the lists of reports start open
}

// pageEvents serves the event table with its filters, and a map of where
// the matching events took place. By default a row is a merged event (a
// real-world event however many articles report it); ?view=reports lists
// every report; ?merged=ID shows one merged event with its reports.
func (s *Server) pageEvents(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if !q.Has("order") {
		q.Set("order", "newest") // the page lists the latest first
	}
	f, err := eventFilter(q)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	status, err := eventStatus(q)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := &eventsView{Reports: q.Get("view") == "reports"}
	var untitled []string
	switch id := q.Get("merged"); {
	case id != "":
		m, err := s.mergedEvent(r.Context(), id)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		v.Merged, v.One = []chronicle.MergedEvent{*m}, true
	case v.Reports:
		page, err := s.filteredEvents(r.Context(), f, status)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		v.Events, v.Next = page.Events, page.Next
	default:
		page, err := s.filteredMerged(r.Context(), f, status)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		v.Merged, v.Next = page.Events, page.Next
	}
	for _, e := range v.Events {
		if e.Title == "" {
			untitled = append(untitled, e.Document)
		}
	}
	for _, m := range v.Merged {
		for _, e := range m.Mentions {
			if e.Title == "" {
				untitled = append(untitled, e.Document)
			}
		}
	}
	// The map covers the whole query: drawn on its first page only.
	switch {
	case v.One:
		v.Places = placesOf([]chronicle.Location{v.Merged[0].Location})
	case f.Cursor == "":
		if v.Places, err = s.countPlaces(r.Context(), f, status, !v.Reports); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	v.Leads = s.leads(r.Context(), untitled)
	s.render(w, r, "events", &view{Title: "Events", Nav: "events", Data: v})
}

// timelineView is the data of the timeline page.
type timelineView struct {
	*Timeline
	Chart  template.HTML
	Legend []legendEntry
}

// pageTimeline serves the actor-pair timeline chart.
func (s *Server) pageTimeline(w http.ResponseWriter, r *http.Request) {
	t, err := s.timeline(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	chart, legend := barChart(t.Buckets, t.By)
	title := "Timeline"
	if t.A != "" || t.B != "" {
		title = fmt.Sprintf("Timeline %s – %s", cmp.Or(t.A, "any"), cmp.Or(t.B, "any"))
	}
	s.render(w, r, "timeline", &view{Title: title, Nav: "timeline", Data: &timelineView{Timeline: t, Chart: chart, Legend: legend}})
}

// short cuts s to at most n runes, with an ellipsis if cut, at a space
// when one is among the last 20 runes kept.
func short(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:max(n-1, 0)]
	for i := len(r) - 1; i > 0 && i >= len(r)-20; i-- {
		if r[i] == ' ' {
			r = r[:i]
			break
		}
	}
	return strings.TrimRight(string(r), " ,;:") + "…"
}

// entityHref is the URL of an entity's page.
func entityHref(name, typ, country string) string {
	v := url.Values{"name": {name}}
	if typ != "" {
		v.Set("type", typ)
	}
	if country != "" {
		v.Set("country", country)
	}
	return "/entity?" + v.Encode()
}

// actorList names actors: "Marco Rubio (USAGOV), …".
func actorList(as []chronicle.Actor) string {
	parts := make([]string, 0, len(as))
	for _, a := range as {
		switch {
		case a.Name != "" && a.Code != "":
			parts = append(parts, a.Name+" ("+a.Code+")")
		default:
			parts = append(parts, a.Name+a.Code)
		}
	}
	return strings.Join(parts, ", ")
}

// moreHref is the URL of the next page: the current query with cursor.
func moreHref(path string, q url.Values, cursor string) string {
	v := url.Values{}
	for k, vs := range q {
		v[k] = vs
	}
	v.Set("cursor", cursor)
	return path + "?" + v.Encode()
}

// viewHref is the URL of the events page with query q in another view
// ("" for merged events, "reports" for every report), from its first page.
func viewHref(q url.Values, view string) string {
	v := url.Values{}
	for k, vs := range q {
		if k != "cursor" && k != "view" && k != "merged" {
			v[k] = vs
		}
	}
	if view != "" {
		v.Set("view", view)
	}
	if len(v) == 0 {
		return "/events"
	}
	return "/events?" + v.Encode()
}
