package httpapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"chronicle"
)

// handleArticles answers GET /api/articles?q=&cursor=&limit=.
func (s *Server) handleArticles(w http.ResponseWriter, r *http.Request) {
	q, err := searchQuery(r.URL.Query())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	page, err := s.opts.Store.Search(r.Context(), q)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, page)
}

// handleArticle answers GET /api/articles/{id} with the stored Document.
func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.article(r, r.PathValue("id"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, a.Doc)
}

// handleEntities answers GET /api/entities?name=&type=&country=.
func (s *Server) handleEntities(w http.ResponseWriter, r *http.Request) {
	f, err := entityFilter(r.URL.Query())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	page, err := s.opts.Store.Entities(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, page)
}

// handleEntity answers GET /api/entity?name=&type=&country= with what
// the stored articles say about one entity.
func (s *Server) handleEntity(w http.ResponseWriter, r *http.Request) {
	d, err := s.entity(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, d)
}

// handleEvents answers GET /api/events with the filters of EventFilter.
func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	f, err := eventFilter(r.URL.Query())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	page, err := s.opts.Store.Events(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, page)
}

// handleMergedEvents answers GET /api/merged-events with the event
// filter of /api/events: events merged across documents, each with its
// source and group counts and every report.
func (s *Server) handleMergedEvents(w http.ResponseWriter, r *http.Request) {
	f, err := eventFilter(r.URL.Query())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	page, err := s.opts.Store.MergedEvents(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, page)
}

// handleQuotes answers GET /api/quotes?speaker=&q=&document=.
func (s *Server) handleQuotes(w http.ResponseWriter, r *http.Request) {
	f, err := quoteFilter(r.URL.Query())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	page, err := s.opts.Store.Quotes(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, page)
}

// Timeline is the answer of GET /api/timeline.
type Timeline struct {
	A  string           `json:"a"`
	B  string           `json:"b"`
	By chronicle.Period `json:"by"`
	chronicle.Timeline
}

// handleTimeline answers GET /api/timeline?a=USA&b=CHN&by=week.
func (s *Server) handleTimeline(w http.ResponseWriter, r *http.Request) {
	t, err := s.timeline(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, http.StatusOK, t)
}

// timeline is the lookup behind the timeline routes. The store refuses
// (ErrInvalid, a 400) a timeline of more than
// chronicle.MaxTimelineBuckets buckets before building it.
func (s *Server) timeline(r *http.Request) (*Timeline, error) {
	v := r.URL.Query()
	q := chronicle.TimelineQuery{
		ActorA: strings.ToUpper(strings.TrimSpace(v.Get("a"))),
		ActorB: strings.ToUpper(strings.TrimSpace(v.Get("b"))),
		By:     chronicle.PeriodWeek,
	}
	if by := v.Get("by"); by != "" {
		q.By = chronicle.Period(by)
	}
	if _, err := q.By.Truncate(time.Time{}); err != nil {
		return nil, fmt.Errorf("%w: by: %v", ErrBadRequest, err)
	}
	for _, d := range [...]struct {
		key string
		to  *string
	}{{"since", &q.Since}, {"until", &q.Until}} {
		t, err := date(v, d.key)
		if err != nil {
			return nil, err
		}
		if !t.IsZero() {
			*d.to = t.Format(time.DateOnly)
		}
	}
	tl, err := s.opts.Store.Timeline(r.Context(), q)
	if err != nil {
		return nil, err
	}
	return &Timeline{A: q.ActorA, B: q.ActorB, By: q.By, Timeline: tl}, nil
}

// IngestRequest is the body of POST /api/ingest: exactly one of Text,
// HTML and URL.
type IngestRequest struct {
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD or RFC 3339
}

// IngestedDocument reports one stored document.
type IngestedDocument struct {
	ID      string `json:"id"`
	Created bool   `json:"created"`
	Title   string `json:"title"`
	Events  int    `json:"events"`
	Quotes  int    `json:"quotes"`
}

// IngestResponse is the answer of POST /api/ingest.
type IngestResponse struct {
	Documents []IngestedDocument `json:"documents"`
}

// handleIngest answers POST /api/ingest: it analyses the text, HTML or
// URL given and stores the documents.
func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) {
	if err := s.authorize(r); err != nil {
		s.writeError(w, r, err)
		return
	}
	resp, err := s.ingest(w, r)
	if s.cache != nil {
		s.cache.clear() // even after an error: some documents may be stored
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	code := http.StatusOK
	for _, d := range resp.Documents {
		if d.Created {
			code = http.StatusCreated
		}
	}
	s.writeJSON(w, code, resp)
}

// ingest decodes, analyses and stores an ingest request.
func (s *Server) ingest(w http.ResponseWriter, r *http.Request) (*IngestResponse, error) {
	if s.opts.Analyze == nil {
		return nil, fmt.Errorf("%w: ingestion", ErrUnsupported)
	}
	body := http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var req IngestRequest
	if err := dec.Decode(&req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: body: %v", ErrBadRequest, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: body: more than one JSON value", ErrBadRequest)
	}
	n := 0
	for _, f := range []string{req.Text, req.HTML, req.URL} {
		if strings.TrimSpace(f) != "" {
			n++
		}
	}
	if n != 1 {
		return nil, fmt.Errorf("%w: want exactly one of text, html and url", ErrBadRequest)
	}
	pub, err := parsePublished(req.Published)
	if err != nil {
		return nil, err
	}
	var articles []*chronicle.Article
	now := time.Now().UTC()
	switch {
	case req.Text != "":
		articles = append(articles, &chronicle.Article{Source: "api", Format: chronicle.FormatText, Body: []byte(req.Text), Fetched: now})
	case req.HTML != "":
		articles = append(articles, &chronicle.Article{Source: "api", Format: chronicle.FormatHTML, Body: []byte(req.HTML), Fetched: now})
	default:
		if s.opts.Fetch == nil {
			return nil, fmt.Errorf("%w: ingesting URLs", ErrUnsupported)
		}
		u, err := url.Parse(req.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("%w: url %q: want an http or https URL", ErrBadRequest, req.URL)
		}
		if articles, err = s.opts.Fetch(r.Context(), req.URL); err != nil {
			if ctxErr := r.Context().Err(); ctxErr != nil {
				return nil, ctxErr
			}
			return nil, fmt.Errorf("%w: %v", ErrFetch, err)
		}
	}
	resp := &IngestResponse{Documents: []IngestedDocument{}}
	for _, a := range articles {
		if req.Title != "" && a.Meta.Title == "" {
			a.Meta.Title = req.Title
		}
		if pub != "" {
			a.Meta.Published = chronicle.Published{Value: pub, Source: chronicle.DateUser}
		}
		doc, err := s.opts.Analyze(r.Context(), a)
		if err != nil {
			if ctxErr := r.Context().Err(); ctxErr != nil {
				return nil, ctxErr
			}
			return nil, fmt.Errorf("%w %s: %v", ErrAnalyze, a.Source, err)
		}
		src := chronicle.ArticleSource{URL: a.URL, Fetched: a.Fetched}
		if src.URL == "" {
			src.URL = doc.Meta.URL
			src.Path = a.Source
		}
		id, created, err := s.opts.Store.PutDocument(r.Context(), doc, src)
		if err != nil {
			return nil, err
		}
		resp.Documents = append(resp.Documents, IngestedDocument{ID: id, Created: created, Title: doc.Meta.Title, Events: len(doc.Events), Quotes: len(doc.Quotes)})
	}
	return resp, nil
}

// parsePublished validates a publication date: YYYY-MM-DD or RFC 3339.
func parsePublished(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	for _, layout := range []string{time.DateOnly, time.RFC3339} {
		if _, err := time.Parse(layout, s); err == nil {
			return s, nil
		}
	}
	return "", fmt.Errorf("%w: published %q: want YYYY-MM-DD or an RFC 3339 datetime", ErrBadRequest, s)
}

// limit reads the limit parameter.
func limit(v url.Values) (int, error) {
	s := v.Get("limit")
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%w: limit %q: want a number ≥ 0", ErrBadRequest, s)
	}
	return n, nil
}

// date reads a YYYY-MM-DD parameter.
func date(v url.Values, key string) (time.Time, error) {
	s := strings.TrimSpace(v.Get(key))
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %s %q: want YYYY-MM-DD", ErrBadRequest, key, s)
	}
	return t, nil
}

// searchQuery reads the parameters of an article search.
func searchQuery(v url.Values) (chronicle.SearchQuery, error) {
	n, err := limit(v)
	return chronicle.SearchQuery{Text: strings.TrimSpace(v.Get("q")), Cursor: v.Get("cursor"), Limit: n}, err
}

// entityFilter reads the parameters of an entity list.
func entityFilter(v url.Values) (chronicle.EntityFilter, error) {
	n, err := limit(v)
	return chronicle.EntityFilter{
		Name:    strings.TrimSpace(v.Get("name")),
		Type:    strings.ToUpper(strings.TrimSpace(v.Get("type"))),
		Country: strings.ToUpper(strings.TrimSpace(v.Get("country"))),
		Cursor:  v.Get("cursor"),
		Limit:   n,
	}, err
}

// quoteFilter reads the parameters of a quote list.
func quoteFilter(v url.Values) (chronicle.QuoteFilter, error) {
	n, err := limit(v)
	return chronicle.QuoteFilter{
		Speaker:  strings.TrimSpace(v.Get("speaker")),
		Text:     strings.TrimSpace(v.Get("q")),
		Document: v.Get("document"),
		Cursor:   v.Get("cursor"),
		Limit:    n,
	}, err
}

// eventFilter reads the parameters of an event list.
func eventFilter(v url.Values) (chronicle.EventFilter, error) {
	f := chronicle.EventFilter{
		Actor:     strings.ToUpper(strings.TrimSpace(v.Get("actor"))),
		Recipient: strings.ToUpper(strings.TrimSpace(v.Get("recipient"))),
		Type:      strings.ToUpper(strings.TrimSpace(v.Get("type"))),
		Place:     strings.TrimSpace(v.Get("place")),
		Document:  v.Get("document"),
		Cursor:    v.Get("cursor"),
	}
	switch o := v.Get("order"); o {
	case "", "oldest":
	case "newest":
		f.Newest = true
	default:
		return f, fmt.Errorf("%w: order %q: want oldest or newest", ErrBadRequest, o)
	}
	var err error
	if f.Limit, err = limit(v); err != nil {
		return f, err
	}
	if f.Since, err = date(v, "since"); err != nil {
		return f, err
	}
	if f.Until, err = date(v, "until"); err != nil {
		return f, err
	}
	return f, nil
}
