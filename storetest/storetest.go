package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"chronicle"
)

// Run runs the conformance suite against the stores open returns. open is
// called once per subtest and must return an empty store that it closes
// when t ends (t.Cleanup).
func Run(t *testing.T, open func(t *testing.T) chronicle.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s chronicle.Store)
	}{
		{"IdempotentPut", testIdempotentPut},
		{"RoundTrip", testRoundTrip},
		{"ReplaceLayers", testReplaceLayers},
		{"Invalid", testInvalid},
		{"Search", testSearch},
		{"SnippetWithoutTitle", testSnippetWithoutTitle},
		{"Events", testEvents},
		{"Quotes", testQuotes},
		{"Entities", testEntities},
		{"Timeline", testTimeline},
		{"Groups", testGroups},
		{"Merge", testMerge},
		{"ConcurrentMerge", testConcurrentMerge},
		{"NotFound", testNotFound},
		{"Concurrent", testConcurrent},
		{"Cancel", testCancel},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

var ctx = context.Background()

func put(t *testing.T, s chronicle.Store, doc *chronicle.Document, src chronicle.ArticleSource) (string, bool) {
	t.Helper()
	id, created, err := s.PutDocument(ctx, doc, src)
	if err != nil {
		t.Fatalf("PutDocument(%s, %+v) error: %v", doc.ID, src, err)
	}
	return id, created
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func testIdempotentPut(t *testing.T, s chronicle.Store) {
	doc := richDocument()
	fetched := time.Date(2025, 7, 11, 8, 30, 0, 0, time.UTC)
	src := chronicle.ArticleSource{URL: doc.Meta.URL, Path: "seed.html", Fetched: fetched}
	id, created := put(t, s, doc, src)
	if id != doc.ID || !created {
		t.Fatalf("first PutDocument = %q, %v; want %q, true", id, created, doc.ID)
	}
	id, created = put(t, s, richDocument(), src)
	if id != doc.ID || created {
		t.Fatalf("second PutDocument = %q, %v; want %q, false", id, created, doc.ID)
	}
	page, err := s.Search(ctx, chronicle.SearchQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Articles) != 1 || page.Articles[0].ID != doc.ID {
		t.Fatalf("Search(all) after two puts = %+v; want one article %s", page.Articles, doc.ID)
	}
	if n := countEvents(t, s, chronicle.EventFilter{}); n != len(doc.Events) {
		t.Errorf("events after two puts = %d; want %d", n, len(doc.Events))
	}
	srcs, err := s.Sources(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 1 || srcs[0].URL != src.URL || srcs[0].Path != src.Path || !srcs[0].Fetched.Equal(fetched) {
		t.Fatalf("Sources(%s) = %+v; want [%+v]", id, srcs, src)
	}
	// A wire copy of the same text at another URL is the same document
	// with a second source.
	copySrc := chronicle.ArticleSource{URL: "https://other.example/copy"}
	if _, created := put(t, s, richDocument(), copySrc); created {
		t.Errorf("PutDocument(same text, new URL) created = true; want false")
	}
	srcs, err = s.Sources(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 2 || srcs[1].URL != copySrc.URL || !srcs[1].Fetched.IsZero() {
		t.Errorf("Sources(%s) = %+v; want the original then %s", id, srcs, copySrc.URL)
	}
	// An ID left empty is the content hash.
	d := richDocument()
	d.ID = ""
	if id, created := put(t, s, d, src); id != doc.ID || created {
		t.Errorf("PutDocument(no ID) = %q, %v; want %q, false", id, created, doc.ID)
	}
}

func testRoundTrip(t *testing.T, s chronicle.Store) {
	docs := []*chronicle.Document{richDocument()}
	synth, _ := synthDocuments()
	docs = append(docs, synth[0])
	bare := &chronicle.Document{Text: "Just text, with no layers at all."}
	docs = append(docs, bare)
	for _, doc := range docs {
		id, _ := put(t, s, doc, chronicle.ArticleSource{})
		if doc.ID != id {
			t.Errorf("PutDocument returned ID %s but left doc.ID %q", id, doc.ID)
		}
		got, err := s.GetDocument(ctx, id)
		if err != nil {
			t.Fatalf("GetDocument(%s) error: %v", id, err)
		}
		if err := got.Check(); err != nil {
			t.Errorf("GetDocument(%s).Check() = %v", id, err)
		}
		want := jsonOf(t, doc)
		if g := jsonOf(t, got); g != want {
			t.Errorf("GetDocument(%s) =\n%s\nwant\n%s", id, g, want)
		}
	}
	seed := SeedDocument(t)
	want := jsonOf(t, seed)
	id, _ := put(t, s, seed, chronicle.ArticleSource{Path: "seed"})
	got, err := s.GetDocument(ctx, id)
	if err != nil {
		t.Fatalf("GetDocument(seed) error: %v", err)
	}
	if g := jsonOf(t, got); g != want {
		t.Errorf("GetDocument(seed) differs from the document put:\n%s\nwant\n%s", g, want)
	}
}

func testReplaceLayers(t *testing.T, s chronicle.Store) {
	doc := richDocument()
	put(t, s, doc, chronicle.ArticleSource{})
	again := richDocument()
	again.Events = again.Events[:1]
	again.Quotes = nil
	if _, created := put(t, s, again, chronicle.ArticleSource{}); created {
		t.Fatalf("PutDocument(changed layers) created = true; want false")
	}
	got, err := s.GetDocument(ctx, doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if g, w := jsonOf(t, got), jsonOf(t, again); g != w {
		t.Errorf("GetDocument after replacing = %s; want %s", g, w)
	}
	if n := countEvents(t, s, chronicle.EventFilter{}); n != 1 {
		t.Errorf("events after replacing = %d; want 1", n)
	}
	qs, err := s.Quotes(ctx, chronicle.QuoteFilter{Text: "constructive"})
	if err != nil {
		t.Fatal(err)
	}
	if len(qs.Quotes) != 0 {
		t.Errorf("Quotes(constructive) after replacing = %d quotes; want 0", len(qs.Quotes))
	}
	// The same ID with another text is refused.
	other := richDocument()
	other.Text = strings.Replace(other.Text, "Thursday", "Thursdae", 1)
	if _, _, err := s.PutDocument(ctx, other, chronicle.ArticleSource{}); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("PutDocument(same ID, other text) error = %v; want ErrInvalid", err)
	}
}

func testInvalid(t *testing.T, s chronicle.Store) {
	if _, _, err := s.PutDocument(ctx, nil, chronicle.ArticleSource{}); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("PutDocument(nil) error = %v; want ErrInvalid", err)
	}
	bad := &chronicle.Document{Text: "short", Mentions: []chronicle.Mention{{Start: 0, End: 99}}}
	if _, _, err := s.PutDocument(ctx, bad, chronicle.ArticleSource{}); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("PutDocument(span past end) error = %v; want ErrInvalid", err)
	}
	var se *chronicle.StoreError
	_, _, err := s.PutDocument(ctx, bad, chronicle.ArticleSource{})
	if !errors.As(err, &se) || se.Op == "" {
		t.Errorf("PutDocument(span past end) error = %#v; want a *chronicle.StoreError with Op", err)
	}
	for _, c := range []string{"garbage!", "eyJkIjoxfQ"} {
		if _, err := s.Events(ctx, chronicle.EventFilter{Cursor: c}); !errors.Is(err, chronicle.ErrInvalid) {
			t.Errorf("Events(cursor %q) error = %v; want ErrInvalid", c, err)
		}
	}
	if _, err := s.Search(ctx, chronicle.SearchQuery{Text: "x", Cursor: "%%"}); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("Search(bad cursor) error = %v; want ErrInvalid", err)
	}
	for _, q := range []chronicle.TimelineQuery{
		{ActorA: "USA", ActorB: "CHN", By: "fortnight"},
		{By: chronicle.PeriodDay, Since: "2025-13-01"},
		{By: chronicle.PeriodDay, Until: "yesterday"},
		{By: chronicle.PeriodDay, Since: "2025-07-02", Until: "2025-07-01"},
	} {
		if _, err := s.Timeline(ctx, q); !errors.Is(err, chronicle.ErrInvalid) {
			t.Errorf("Timeline(%+v) error = %v; want ErrInvalid", q, err)
		}
	}
}

func testSearch(t *testing.T, s chronicle.Store) {
	seed := SeedDocument(t)
	put(t, s, seed, chronicle.ArticleSource{Path: "seed"})
	put(t, s, richDocument(), chronicle.ArticleSource{})
	synth, _ := synthDocuments()
	for _, d := range synth[:5] {
		put(t, s, d, chronicle.ArticleSource{})
	}
	ids := func(p chronicle.ArticlePage) []string {
		var out []string
		for _, a := range p.Articles {
			out = append(out, a.ID)
		}
		return out
	}
	tests := []struct {
		query string
		want  []string // in any order
	}{
		{"rare earth", []string{seed.ID, richDocument().ID}},
		{"Rare EARTHS", []string{seed.ID, richDocument().ID}},
		{"Kuala Lumpur", []string{seed.ID, richDocument().ID}},
		{"café", []string{richDocument().ID}},
		{"exclusive Rubio", []string{richDocument().ID}}, // a title word
		{"zyxwvut", nil},
		{"\"unbalanced (AND OR", nil},
	}
	for _, tt := range tests {
		p, err := s.Search(ctx, chronicle.SearchQuery{Text: tt.query})
		if err != nil {
			t.Errorf("Search(%q) error: %v", tt.query, err)
			continue
		}
		got := ids(p)
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) || p.Next != "" {
			t.Errorf("Search(%q) = %v, next %q; want %v", tt.query, got, p.Next, want)
		}
	}
	// Articles holding an entity, whatever words they use for it.
	etests := []struct {
		text string
		key  chronicle.EntityKey
		want []string
	}{
		{"", chronicle.EntityKey{Name: "Marco Rubio"}, []string{seed.ID, richDocument().ID}},
		{"", chronicle.EntityKey{Name: "Marco Rubio", Type: "PERSON", Country: "USA"}, []string{seed.ID, richDocument().ID}},
		{"", chronicle.EntityKey{Name: "Marco Rubio", Type: "ORG"}, nil},
		{"", chronicle.EntityKey{Name: "Marco Rubio", Country: "CHN"}, nil},
		{"", chronicle.EntityKey{Name: "marco rubio"}, nil}, // names match exactly
		{"café", chronicle.EntityKey{Name: "Marco Rubio"}, []string{richDocument().ID}},
		{"zyxwvut", chronicle.EntityKey{Name: "Marco Rubio"}, nil},
	}
	for _, tt := range etests {
		var got []string
		q := chronicle.SearchQuery{Text: tt.text, Entity: tt.key, Limit: 1}
		for pages := 0; pages < 10; pages++ {
			p, err := s.Search(ctx, q)
			if err != nil {
				t.Fatalf("Search(%q, %+v) error: %v", tt.text, tt.key, err)
			}
			got = append(got, ids(p)...)
			if q.Cursor = p.Next; q.Cursor == "" {
				break
			}
		}
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("Search(%q, entity %+v) pages = %v; want %v", tt.text, tt.key, got, want)
		}
	}
	p, err := s.Search(ctx, chronicle.SearchQuery{Text: "rare earth"})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range p.Articles {
		if a.ID == seed.ID && !strings.Contains(strings.ToLower(a.Snippet), "rare earth") {
			t.Errorf("Search(rare earth) snippet of the seed = %q; want it to show the words", a.Snippet)
		}
	}
	// Listing pages through every article once, newest first.
	var all []string
	var cursor string
	for pages := 0; ; pages++ {
		p, err := s.Search(ctx, chronicle.SearchQuery{Limit: 3, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Articles) > 3 {
			t.Fatalf("Search(limit 3) returned %d articles", len(p.Articles))
		}
		all = append(all, ids(p)...)
		if cursor = p.Next; cursor == "" {
			break
		}
		if pages > 10 {
			t.Fatal("Search paging does not end")
		}
	}
	if len(all) != 7 || len(slices.Compact(slices.Sorted(slices.Values(all)))) != 7 {
		t.Errorf("Search(all) paged = %v; want 7 distinct articles", all)
	}
	// A word search pages (by keyset on rank, day and ID) as it lists in
	// one page, ties of rank included: the five synthetic reports share
	// their words.
	for _, q := range []string{"synthetic report", "rare earth", "acted"} {
		one, err := s.Search(ctx, chronicle.SearchQuery{Text: q, Limit: chronicle.MaxLimit})
		if err != nil {
			t.Fatal(err)
		}
		var paged []string
		cursor = ""
		for pages := 0; ; pages++ {
			p, err := s.Search(ctx, chronicle.SearchQuery{Text: q, Limit: 1, Cursor: cursor})
			if err != nil {
				t.Fatal(err)
			}
			paged = append(paged, ids(p)...)
			if cursor = p.Next; cursor == "" || pages > 20 {
				break
			}
		}
		if !slices.Equal(paged, ids(one)) || len(paged) == 0 {
			t.Errorf("Search(%q) in pages of 1 = %v; want %v as in one page", q, paged, ids(one))
		}
	}
}

// countEvents pages through f and returns how many events match.
func countEvents(t *testing.T, s chronicle.Store, f chronicle.EventFilter) int {
	t.Helper()
	return len(allEvents(t, s, f))
}

// allEvents pages through f with its Limit and returns every event.
func allEvents(t *testing.T, s chronicle.Store, f chronicle.EventFilter) []chronicle.EventHit {
	t.Helper()
	var out []chronicle.EventHit
	for pages := 0; ; pages++ {
		p, err := s.Events(ctx, f)
		if err != nil {
			t.Fatalf("Events(%+v) error: %v", f, err)
		}
		if f.Limit > 0 && len(p.Events) > f.Limit {
			t.Fatalf("Events(limit %d) returned %d", f.Limit, len(p.Events))
		}
		if p.Next != "" && len(p.Events) == 0 {
			t.Fatalf("Events(%+v) returned an empty page with a next cursor", f)
		}
		out = append(out, p.Events...)
		if p.Next == "" {
			return out
		}
		if pages > synthEvents {
			t.Fatal("Events paging does not end")
		}
		f.Cursor = p.Next
	}
}

func testEvents(t *testing.T, s chronicle.Store) {
	docs, events := synthDocuments()
	for _, d := range docs {
		put(t, s, d, chronicle.ArticleSource{})
	}
	key := func(doc, id string) string { return doc + "/" + id }
	expect := func(keep func(e synthEvent) bool) []string {
		var out []string
		for _, e := range events {
			if keep(e) {
				out = append(out, key(docs[e.doc].ID, e.id))
			}
		}
		slices.Sort(out)
		return out
	}
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	// Paging with limit 100 returns every event once, in order.
	hits := allEvents(t, s, chronicle.EventFilter{Limit: 100})
	if len(hits) != synthEvents {
		t.Errorf("Events(limit 100) paged = %d events; want %d", len(hits), synthEvents)
	}
	seen := map[string]bool{}
	for i, h := range hits {
		k := key(h.Document, h.Event.ID)
		if seen[k] {
			t.Errorf("Events paging returned %s twice", k)
		}
		seen[k] = true
		if i > 0 && h.Day < hits[i-1].Day {
			t.Errorf("Events out of order: %s (%s) after %s", k, h.Day, hits[i-1].Day)
		}
	}
	// Newest first, in pages of 7: the same events in the reverse order.
	newest := allEvents(t, s, chronicle.EventFilter{Limit: 7, Newest: true})
	if len(newest) != len(hits) {
		t.Errorf("Events(newest, limit 7) paged = %d events; want %d", len(newest), len(hits))
	}
	for i, h := range newest {
		if j := len(hits) - 1 - i; j >= 0 && (h.Document != hits[j].Document || h.Event.ID != hits[j].Event.ID) {
			t.Errorf("Events(newest)[%d] = %s; want %s, the reverse of the oldest-first order", i, key(h.Document, h.Event.ID), key(hits[j].Document, hits[j].Event.ID))
			break
		}
	}
	p, err := s.Events(ctx, chronicle.EventFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Events) != 100 || p.Next == "" {
		t.Errorf("Events(limit 100) first page = %d events, next %q; want 100 and a cursor", len(p.Events), p.Next)
	}
	if p, _ := s.Events(ctx, chronicle.EventFilter{}); len(p.Events) != chronicle.DefaultLimit || p.Next == "" {
		t.Errorf("Events(no limit) = %d events, next %q; want %d and a cursor", len(p.Events), p.Next, chronicle.DefaultLimit)
	}
	byKey := map[string]synthEvent{}
	for _, e := range events {
		byKey[key(docs[e.doc].ID, e.id)] = e
	}
	for _, h := range hits {
		e := byKey[key(h.Document, h.Event.ID)]
		if h.Day != e.day || h.Event.Type != e.typ || h.Title != docs[e.doc].Meta.Title || h.Evidence == "" ||
			!strings.Contains(h.Evidence, e.actor+" acted") {
			t.Errorf("event %s = %+v; want day %q type %s", h.Event.ID, h, e.day, e.typ)
			break
		}
	}

	since, until := day("2025-03-01"), day("2025-05-31")
	tests := []struct {
		name string
		f    chronicle.EventFilter
		keep func(e synthEvent) bool
	}{
		{"actor USA", chronicle.EventFilter{Actor: "USA"}, func(e synthEvent) bool { return strings.HasPrefix(e.actor, "USA") }},
		{"actor USAGOV", chronicle.EventFilter{Actor: "USAGOV"}, func(e synthEvent) bool { return e.actor == "USAGOV" }},
		{"recipient CHN", chronicle.EventFilter{Recipient: "CHN"}, func(e synthEvent) bool { return strings.HasPrefix(e.recipient, "CHN") }},
		{"pair", chronicle.EventFilter{Actor: "USA", Recipient: "CHN"}, func(e synthEvent) bool {
			return strings.HasPrefix(e.actor, "USA") && strings.HasPrefix(e.recipient, "CHN")
		}},
		{"type", chronicle.EventFilter{Type: "SANCTION"}, func(e synthEvent) bool { return e.typ == "SANCTION" }},
		{"since", chronicle.EventFilter{Since: since}, func(e synthEvent) bool { return e.day != "" && e.day >= "2025-03-01" }},
		{"until", chronicle.EventFilter{Until: until}, func(e synthEvent) bool { return e.day != "" && e.day <= "2025-05-31" }},
		{"window", chronicle.EventFilter{Since: since, Until: until}, func(e synthEvent) bool {
			return e.day >= "2025-03-01" && e.day <= "2025-05-31"
		}},
		{"one day", chronicle.EventFilter{Since: day(events[1].day), Until: day(events[1].day)}, func(e synthEvent) bool { return e.day == events[1].day }},
		{"place country", chronicle.EventFilter{Place: "mys"}, func(e synthEvent) bool { return e.place.Country == "MYS" }},
		{"place name", chronicle.EventFilter{Place: "washington"}, func(e synthEvent) bool { return e.place.Country == "USA" }},
		{"document", chronicle.EventFilter{Document: docs[3].ID}, func(e synthEvent) bool { return e.doc == 3 }},
		{"everything", chronicle.EventFilter{Actor: "USA", Recipient: "CHN", Type: "ACCUSE", Since: since, Until: day("2025-12-31")}, func(e synthEvent) bool {
			return strings.HasPrefix(e.actor, "USA") && strings.HasPrefix(e.recipient, "CHN") && e.typ == "ACCUSE" && e.day >= "2025-03-01"
		}},
		{"no match", chronicle.EventFilter{Actor: "ZZZ"}, func(e synthEvent) bool { return false }},
	}
	for _, tt := range tests {
		for _, limit := range []int{7, 0} {
			f := tt.f
			f.Limit = limit
			var got []string
			for _, h := range allEvents(t, s, f) {
				got = append(got, key(h.Document, h.Event.ID))
			}
			slices.Sort(got)
			want := tt.keep
			if w := expect(want); !slices.Equal(got, w) {
				t.Errorf("Events(%s, limit %d) = %d events; want %d", tt.name, limit, len(got), len(w))
			}
		}
	}
	if n := len(expect(func(e synthEvent) bool { return e.day == "" })); n == 0 {
		t.Error("synthetic data has no undated events; the since/until tests need some")
	}
}

func testQuotes(t *testing.T, s chronicle.Store) {
	put(t, s, richDocument(), chronicle.ArticleSource{})
	// A second document quoting Rubio by speaker text only and a spokesman.
	x := newBuilder("Briefing", "2025-08-01")
	a := x.add("Rubio")
	x.add(" said \"")
	q1 := x.add("tariffs are on the table")
	x.add("\". A spokesman said \"")
	q2 := x.add("constructive talks continue")
	x.add("\".\n")
	d := x.finish()
	d.Quotes = []chronicle.Quote{
		{ID: "q1", Start: q1.Start, End: q1.End, Text: d.Text[q1.Start:q1.End], Kind: "direct",
			Speaker: &chronicle.Speaker{Text: d.Text[a.Start:a.End], Start: a.Start, End: a.End}},
		{ID: "q2", Start: q2.Start, End: q2.End, Text: d.Text[q2.Start:q2.End], Kind: "direct",
			Speaker: &chronicle.Speaker{Text: "A spokesman"}},
		{ID: "q3", Start: q2.Start, End: q2.End, Text: d.Text[q2.Start:q2.End], Kind: "direct"},
	}
	put(t, s, d, chronicle.ArticleSource{})
	rich := richDocument()
	tests := []struct {
		f    chronicle.QuoteFilter
		want []string // document/quote id, in order
	}{
		{chronicle.QuoteFilter{Speaker: "rubio"}, []string{rich.ID + "/q1", d.ID + "/q1"}},
		{chronicle.QuoteFilter{Speaker: "Marco Rubio"}, []string{rich.ID + "/q1"}},
		{chronicle.QuoteFilter{Speaker: "spokesman"}, []string{d.ID + "/q2"}},
		{chronicle.QuoteFilter{Text: "constructive"}, []string{rich.ID + "/q1", d.ID + "/q2", d.ID + "/q3"}},
		{chronicle.QuoteFilter{Text: "constructive", Speaker: "Rubio"}, []string{rich.ID + "/q1"}},
		{chronicle.QuoteFilter{Document: d.ID, Limit: 2}, []string{d.ID + "/q1", d.ID + "/q2", d.ID + "/q3"}},
		{chronicle.QuoteFilter{Limit: 1}, []string{rich.ID + "/q1", d.ID + "/q1", d.ID + "/q2", d.ID + "/q3"}},
		{chronicle.QuoteFilter{Speaker: "Xi"}, nil},
	}
	for _, tt := range tests {
		f := tt.f
		var got []string
		var hits []chronicle.QuoteHit
		for pages := 0; pages < 10; pages++ {
			p, err := s.Quotes(ctx, f)
			if err != nil {
				t.Fatalf("Quotes(%+v) error: %v", f, err)
			}
			hits = append(hits, p.Quotes...)
			if f.Cursor = p.Next; f.Cursor == "" {
				break
			}
		}
		for _, h := range hits {
			got = append(got, h.Document+"/"+h.Quote.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Quotes(%+v) = %v; want %v", tt.f, got, tt.want)
		}
		for _, h := range hits {
			if h.Document == rich.ID && h.Quote.ID == "q1" {
				if h.Speaker != "Marco Rubio" || h.Title != rich.Meta.Title || jsonOf(t, h.Quote) != jsonOf(t, rich.Quotes[0]) {
					t.Errorf("Quotes hit %+v; want speaker Marco Rubio and the quote as stored", h)
				}
			}
		}
	}
}

func testEntities(t *testing.T, s chronicle.Store) {
	put(t, s, richDocument(), chronicle.ArticleSource{})
	x := newBuilder("Second", "2025-08-01")
	r := x.add("Marco Rubio")
	x.add(" and ")
	r2 := x.add("Rubio")
	x.add(" again.\n")
	d := x.finish()
	d.Mentions = []chronicle.Mention{
		{ID: "m1", Start: r.Start, End: r.End, Text: d.Text[r.Start:r.End], Type: "PERSON", Entity: "e1"},
		{ID: "m2", Start: r2.Start, End: r2.End, Text: d.Text[r2.Start:r2.End], Type: "PERSON", Entity: "e1"},
	}
	d.Entities = []chronicle.Entity{{ID: "e1", Name: "Marco Rubio", Type: "PERSON", Country: "USA", Sector: "GOV", Titles: []string{"Secretary of State"}, Mentions: []string{"m1", "m2"}}}
	put(t, s, d, chronicle.ArticleSource{})
	core := func(h chronicle.EntityHit) chronicle.EntityHit {
		h.Aliases, h.Titles = nil, nil
		return h
	}
	tests := []struct {
		f    chronicle.EntityFilter
		want []chronicle.EntityHit
	}{
		{chronicle.EntityFilter{Name: "rubio"}, []chronicle.EntityHit{{Name: "Marco Rubio", Type: "PERSON", Country: "USA", Sector: "GOV", Documents: 2, Mentions: 3}}},
		{chronicle.EntityFilter{Type: "GPE"}, []chronicle.EntityHit{
			{Name: "China", Type: "GPE", Country: "CHN", Documents: 1, Mentions: 1},
			{Name: "United States", Type: "GPE", Country: "USA", Documents: 1, Mentions: 1}}},
		{chronicle.EntityFilter{Country: "CHN", Type: "PERSON"}, []chronicle.EntityHit{{Name: "Wang Yi", Type: "PERSON", Country: "CHN", Sector: "GOV", Documents: 1, Mentions: 1}}},
		{chronicle.EntityFilter{Limit: 1}, []chronicle.EntityHit{
			{Name: "Marco Rubio", Type: "PERSON", Country: "USA", Sector: "GOV", Documents: 2, Mentions: 3},
			{Name: "China", Type: "GPE", Country: "CHN", Documents: 1, Mentions: 1},
			{Name: "United States", Type: "GPE", Country: "USA", Documents: 1, Mentions: 1},
			{Name: "Wang Yi", Type: "PERSON", Country: "CHN", Sector: "GOV", Documents: 1, Mentions: 1}}},
		{chronicle.EntityFilter{Name: "nobody"}, nil},
	}
	for _, tt := range tests {
		f := tt.f
		var got []chronicle.EntityHit
		for pages := 0; pages < 10; pages++ {
			p, err := s.Entities(ctx, f)
			if err != nil {
				t.Fatalf("Entities(%+v) error: %v", f, err)
			}
			for _, h := range p.Entities {
				got = append(got, core(h))
			}
			if f.Cursor = p.Next; f.Cursor == "" {
				break
			}
		}
		if !slices.EqualFunc(got, tt.want, func(a, b chronicle.EntityHit) bool { return jsonOf(t, a) == jsonOf(t, b) }) {
			t.Errorf("Entities(%+v) = %+v; want %+v", tt.f, got, tt.want)
		}
	}
	checkAccumulated(t, s)
}

// checkAccumulated checks the aliases and titles of Marco Rubio across
// the two documents of testEntities.
func checkAccumulated(t *testing.T, s chronicle.Store) {
	p, err := s.Entities(ctx, chronicle.EntityFilter{Name: "rubio"})
	if err != nil || len(p.Entities) != 1 {
		t.Fatalf("Entities(rubio) = %+v, %v; want one", p.Entities, err)
	}
	h := p.Entities[0]
	if g, w := jsonOf(t, h.Aliases), `[{"text":"Marco Rubio","count":2},{"text":"Rubio","count":1}]`; g != w {
		t.Errorf("Entities(rubio) aliases = %s; want %s", g, w)
	}
	if g, w := jsonOf(t, h.Titles), `[{"title":"US Secretary of State","first":"2025-07-11","last":"2025-07-11","documents":1},{"title":"Secretary of State","first":"2025-08-01","last":"2025-08-01","documents":1}]`; g != w {
		t.Errorf("Entities(rubio) titles = %s; want %s", g, w)
	}
	p, err = s.Entities(ctx, chronicle.EntityFilter{Name: "china"})
	if err != nil || len(p.Entities) != 1 || p.Entities[0].Titles == nil || len(p.Entities[0].Titles) != 0 || jsonOf(t, p.Entities[0].Aliases) != `[{"text":"Beijing","count":1}]` {
		t.Errorf("Entities(china) = %+v, %v; want aliases [Beijing 1] and no titles", p.Entities, err)
	}
}

func testTimeline(t *testing.T, s chronicle.Store) {
	x := newBuilder("Timeline", "2025-06-30")
	var spans []chronicle.Span
	for range 8 {
		spans = append(spans, x.add("Something happened.\n"))
	}
	d := x.finish()
	ev := func(i int, typ, a, r, date string) chronicle.Event {
		return chronicle.Event{ID: fmt.Sprintf("v%d", i), Type: typ,
			Actors: []chronicle.Actor{{Code: a}}, Recipients: []chronicle.Actor{{Code: r}},
			Date: chronicle.EventDate{Value: date}, Evidence: spans[i]}
	}
	d.Events = []chronicle.Event{
		ev(0, "SANCTION", "USAGOV", "CHN", "2025-07-01"), // Tuesday, week of 06-30
		ev(1, "ACCUSE", "CHN", "USA", "2025-07-06"),      // Sunday, same week
		ev(2, "SANCTION", "USA", "CHNMIL", "2025-07-21"), // week of 07-21
		ev(3, "CONSULT", "USA", "RUS", "2025-07-08"),     // not the pair
		ev(4, "CONSULT", "USA", "CHN", "2025-08"),        // month only: no week
		ev(5, "AID", "USA", "CHN", ""),                   // published: 06-30
		ev(6, "ACCUSE", "CHN", "USA", "2025-W27"),        // 06-30 to 07-06: a week, two months
		ev(7, "AGREE", "CHN", "USA", "2025"),             // a year: in no week or month
	}
	put(t, s, d, chronicle.ArticleSource{})
	tests := []struct {
		by   chronicle.Period
		want string // start:total,type=n… per bucket | start/end:total,type=n… per wider span
	}{
		{chronicle.PeriodWeek, "2025-06-30:4,ACCUSE=2,AID=1,SANCTION=1 2025-07-07:0 2025-07-14:0 2025-07-21:1,SANCTION=1 | 2025-01-01/2025-12-31:1,AGREE=1 2025-08-01/2025-08-31:1,CONSULT=1"},
		{chronicle.PeriodMonth, "2025-06-01:1,AID=1 2025-07-01:3,ACCUSE=1,SANCTION=2 2025-08-01:1,CONSULT=1 | 2025-01-01/2025-12-31:1,AGREE=1 2025-06-30/2025-07-06:1,ACCUSE=1"},
	}
	for _, tt := range tests {
		for _, pair := range [][2]string{{"USA", "CHN"}, {"CHN", "USA"}} {
			got, err := s.Timeline(ctx, chronicle.TimelineQuery{ActorA: pair[0], ActorB: pair[1], By: tt.by})
			if err != nil {
				t.Fatalf("Timeline(%s, %s, %s) error: %v", pair[0], pair[1], tt.by, err)
			}
			if g := formatBuckets(got); g != tt.want {
				t.Errorf("Timeline(%s, %s, %s) = %s; want %s", pair[0], pair[1], tt.by, g, tt.want)
			}
		}
	}
	// Since and until keep the events whose days overlap them: the
	// ISO week 2025-W27 (06-30 to 07-06) overlaps 07-06, the year 2025
	// overlaps everything.
	for _, tt := range []struct {
		q    chronicle.TimelineQuery
		want string
	}{
		{chronicle.TimelineQuery{ActorA: "USA", ActorB: "CHN", By: chronicle.PeriodWeek, Since: "2025-07-06", Until: "2025-07-20"},
			"2025-06-30:2,ACCUSE=2 | 2025-01-01/2025-12-31:1,AGREE=1"},
		{chronicle.TimelineQuery{ActorA: "USA", ActorB: "CHN", By: chronicle.PeriodWeek, Since: "2025-07-07"},
			"2025-07-21:1,SANCTION=1 | 2025-01-01/2025-12-31:1,AGREE=1 2025-08-01/2025-08-31:1,CONSULT=1"},
		{chronicle.TimelineQuery{ActorA: "USA", ActorB: "CHN", By: chronicle.PeriodDay, Until: "2025-06-30"},
			"2025-06-30:1,AID=1 | 2025-01-01/2025-12-31:1,AGREE=1 2025-06-30/2025-07-06:1,ACCUSE=1"},
	} {
		got, err := s.Timeline(ctx, tt.q)
		if g := formatBuckets(got); err != nil || g != tt.want {
			t.Errorf("Timeline(%+v) = %s, %v; want %s", tt.q, g, err, tt.want)
		}
	}
	got, err := s.Timeline(ctx, chronicle.TimelineQuery{ActorA: "USA", ActorB: "RUS", By: chronicle.PeriodDay})
	if err != nil || formatBuckets(got) != "2025-07-08:1,CONSULT=1" {
		t.Errorf("Timeline(USA, RUS, day) = %s, %v; want 2025-07-08:1,CONSULT=1", formatBuckets(got), err)
	}
	got, err = s.Timeline(ctx, chronicle.TimelineQuery{ActorA: "GBR", ActorB: "CHN", By: chronicle.PeriodDay})
	if err != nil || got.Buckets == nil || len(got.Buckets) != 0 || got.Wider == nil || len(got.Wider) != 0 {
		t.Errorf("Timeline(GBR, CHN, day) = %+v, %v; want empty lists", got, err)
	}
}

// formatBuckets writes a timeline as "start:total,type=n… …", then
// " | start/end:total,type=n… …" when it has wider spans.
func formatBuckets(tl chronicle.Timeline) string {
	types := func(m map[string]int) string {
		var p string
		for _, typ := range slices.Sorted(maps.Keys(m)) {
			p += fmt.Sprintf(",%s=%d", typ, m[typ])
		}
		return p
	}
	var parts []string
	for _, b := range tl.Buckets {
		parts = append(parts, fmt.Sprintf("%s:%d", b.Start, b.Total)+types(b.ByType))
	}
	if len(tl.Wider) > 0 {
		parts = append(parts, "|")
	}
	for _, w := range tl.Wider {
		parts = append(parts, fmt.Sprintf("%s/%s:%d", w.Start, w.End, w.Total)+types(w.ByType))
	}
	return strings.Join(parts, " ")
}

func testNotFound(t *testing.T, s chronicle.Store) {
	if _, err := s.GetDocument(ctx, "0123456789abcdef"); !errors.Is(err, chronicle.ErrNotFound) {
		t.Errorf("GetDocument(missing) error = %v; want ErrNotFound", err)
	}
	if _, err := s.Sources(ctx, "0123456789abcdef"); !errors.Is(err, chronicle.ErrNotFound) {
		t.Errorf("Sources(missing) error = %v; want ErrNotFound", err)
	}
	var se *chronicle.StoreError
	if _, err := s.GetDocument(ctx, "x"); !errors.As(err, &se) || se.ID != "x" {
		t.Errorf("GetDocument(x) error = %#v; want a *chronicle.StoreError with ID x", err)
	}
}

func testConcurrent(t *testing.T, s chronicle.Store) {
	docs, _ := synthDocuments()
	const writers = 6
	var wg sync.WaitGroup
	var mu sync.Mutex
	created := map[string]int{}
	errs := make(chan error, writers*len(docs))
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Every writer puts every document, starting at its own place.
			for i := range docs {
				fresh, _ := synthDocuments()
				d := fresh[(i+w*5)%len(docs)]
				id, c, err := s.PutDocument(ctx, d, chronicle.ArticleSource{Path: fmt.Sprintf("writer%d", w)})
				if err != nil {
					errs <- err
					continue
				}
				if c {
					mu.Lock()
					created[id]++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent PutDocument error: %v", err)
	}
	for _, d := range docs {
		if created[d.ID] != 1 {
			t.Errorf("document %s created %d times; want once", d.ID, created[d.ID])
		}
		srcs, err := s.Sources(ctx, d.ID)
		if err != nil || len(srcs) != writers {
			t.Errorf("Sources(%s) = %d sources, %v; want %d", d.ID, len(srcs), err, writers)
		}
	}
	if n := countEvents(t, s, chronicle.EventFilter{Limit: chronicle.MaxLimit}); n != synthEvents {
		t.Errorf("events after concurrent puts = %d; want %d", n, synthEvents)
	}
}

func testCancel(t *testing.T, s chronicle.Store) {
	put(t, s, richDocument(), chronicle.ArticleSource{})
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	docs, _ := synthDocuments()
	if _, _, err := s.PutDocument(cctx, docs[0], chronicle.ArticleSource{}); !errors.Is(err, context.Canceled) {
		t.Errorf("PutDocument(cancelled) error = %v; want context.Canceled", err)
	}
	if _, err := s.GetDocument(ctx, docs[0].ID); !errors.Is(err, chronicle.ErrNotFound) {
		t.Errorf("GetDocument after a cancelled put error = %v; want ErrNotFound", err)
	}
	if _, err := s.Events(cctx, chronicle.EventFilter{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Events(cancelled) error = %v; want context.Canceled", err)
	}
	if _, err := s.Search(cctx, chronicle.SearchQuery{Text: "rare earth"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Search(cancelled) error = %v; want context.Canceled", err)
	}
}

// testSnippetWithoutTitle: a pipeline document's text opens with its
// headline, which a search hit already shows as its title; the snippet of
// a match near the start must not repeat it.
func testSnippetWithoutTitle(t *testing.T, s chronicle.Store) {
	const title = "Lib Dems name election chief"
	x := newBuilder(title, "2005-02-01")
	x.add(title + "\n\n")
	x.add("The Liberal Democrats have appointed a new election communications chief from BT.\n")
	doc := x.finish()
	put(t, s, doc, chronicle.ArticleSource{Path: "title.txt"})
	p, err := s.Search(ctx, chronicle.SearchQuery{Text: "communications"})
	if err != nil || len(p.Articles) != 1 {
		t.Fatalf("Search(communications) = %+v, %v; want the one article", p, err)
	}
	if sn := p.Articles[0].Snippet; strings.Contains(sn, title) || !strings.Contains(sn, "communications") {
		t.Errorf("Search(communications) snippet = %q; want the body's words without the title %q", sn, title)
	}
}
