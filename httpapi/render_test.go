package httpapi

import (
	"context"
	"html"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"chronicle"
)

// tagRE matches the tags nest writes.
var tagRE = regexp.MustCompile(`</?[a-z]+[^>]*>`)

// wellNested reports whether the tags of s close in the order they open.
func wellNested(s string) bool {
	var stack []string
	for _, t := range tagRE.FindAllString(s, -1) {
		name := strings.FieldsFunc(strings.TrimPrefix(t, "<"), func(r rune) bool { return r == ' ' || r == '>' || r == '/' })[0]
		if strings.HasPrefix(t, "</") {
			if len(stack) == 0 || stack[len(stack)-1] != name {
				return false
			}
			stack = stack[:len(stack)-1]
		} else {
			stack = append(stack, name)
		}
	}
	return len(stack) == 0
}

func TestNest(t *testing.T) {
	sp := func(s, e, layer int, name string) mark {
		return mark{start: s, end: e, layer: layer, first: "<" + name + ` id="1">`, again: "<" + name + ">", close: "</" + name + ">"}
	}
	tests := []struct {
		text  string
		marks []mark
		want  string
	}{
		{"abc", nil, "abc"},
		{"a<b", []mark{sp(1, 2, 1, "b")}, `a<b id="1">&lt;</b>b`},
		// A quote (layer 2) crossing the end of an evidence sentence (layer 1)
		// is closed and reopened.
		{"one. two", []mark{sp(0, 4, 1, "s"), sp(2, 8, 2, "q")}, `<s id="1">on<q id="1">e.</q></s><q> two</q>`},
		// A mention inside a quote inside a sentence.
		{"he said hi", []mark{sp(0, 10, 1, "s"), sp(8, 10, 2, "q"), sp(8, 10, 3, "m")}, `<s id="1">he said <q id="1"><m id="1">hi</m></q></s>`},
	}
	for _, tt := range tests {
		if got := nest(tt.text, tt.marks); got != tt.want {
			t.Errorf("nest(%q, …) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

func FuzzNest(f *testing.F) {
	f.Add("Rubio said “yes, fine.” Then he left.", 0, 10, 5, 20, 12, 30)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		var marks []mark
		for i, p := range [][2]int{{a, b}, {c, d}, {e, g}} {
			s, x := p[0], p[1]
			if s < 0 || x > len(text) || s >= x {
				continue
			}
			name := []string{"s", "q", "m"}[i]
			marks = append(marks, mark{start: s, end: x, layer: i + 1, first: "<" + name + ">", again: "<" + name + ">", close: "</" + name + ">"})
		}
		out := nest(text, marks)
		if !wellNested(out) {
			t.Fatalf("nest(%q) = %q: not well nested", text, out)
		}
		if got := html.UnescapeString(tagRE.ReplaceAllString(out, "")); got != text {
			t.Fatalf("nest(%q) without tags = %q; want the text", text, got)
		}
	})
}

func BenchmarkHighlight(b *testing.B) {
	doc := &chronicle.Document{Text: strings.Repeat("Marco Rubio said the talks were “positive and constructive.” ", 40)}
	for i := 0; i < 40; i++ {
		off := i * 64
		doc.Mentions = append(doc.Mentions, chronicle.Mention{ID: "m", Start: off, End: off + 11, Text: "Marco Rubio", Type: "PERSON"})
		doc.Quotes = append(doc.Quotes, chronicle.Quote{ID: "q", Start: off + 35, End: off + 61, Kind: "direct"})
		doc.Events = append(doc.Events, chronicle.Event{ID: "ev", Type: "CONSULT", Evidence: chronicle.Span{Start: off, End: off + 64}})
	}
	b.ReportAllocs()
	for b.Loop() {
		highlight(doc)
	}
}

func TestFigureValue(t *testing.T) {
	tests := []struct {
		f    chronicle.Figure
		want string
	}{
		{chronicle.Figure{Value: 145, Mod: "EQUAL_OR_LESS"}, "≤ 145"},
		{chronicle.Figure{Value: 2.5e9, Mod: "APPROX"}, "≈ 2,500,000,000"},
		{chronicle.Figure{Value: 1234.5}, "1,234.5"},
		{chronicle.Figure{Value: -100000}, "-100,000"},
		{chronicle.Figure{Value: 0.25, Mod: "ODD"}, "odd 0.25"},
	}
	for _, tt := range tests {
		if got := figureValue(tt.f); got != tt.want {
			t.Errorf("figureValue(%+v) = %q; want %q", tt.f, got, tt.want)
		}
	}
}

func TestTips(t *testing.T) {
	e := chronicle.Event{Type: "CONSULT", Mode: "third-party", Status: "occurred",
		Actors:     []chronicle.Actor{{Name: "Marco Rubio", Code: "USAGOV"}},
		Recipients: []chronicle.Actor{{Name: "Wang Yi", Code: "CHNGOV"}},
		Date:       chronicle.EventDate{Value: "2025-07-10"}, Location: chronicle.Location{Name: "Kuala Lumpur", Country: "MYS"}}
	want := "Event: CONSULT · third-party · occurred\nMarco Rubio (USAGOV) → Wang Yi (CHNGOV)\n2025-07-10 · in Kuala Lumpur, MYS"
	if got := eventTip(e); got != want {
		t.Errorf("eventTip(…) = %q; want %q", got, want)
	}
	if got, want := eventTip(chronicle.Event{Type: "AGREE"}), "Event: AGREE\n(actor unknown)\nundated"; got != want {
		t.Errorf("eventTip(AGREE) = %q; want %q", got, want)
	}
	f := chronicle.Figure{Value: 145, Unit: "percent", Mod: "EQUAL_OR_LESS", About: "tariff rate"}
	if got, want := figureTip(f), "Figure: ≤ 145 percent\nWhat: tariff rate"; got != want {
		t.Errorf("figureTip(…) = %q; want %q", got, want)
	}
	m := chronicle.Mention{Type: "PERSON", Text: "Rubio"}
	if got, want := mentionTip(m, chronicle.Entity{Name: "Marco Rubio", Country: "USA", Sector: "GOV"}, true), "PERSON · Marco Rubio · USA GOV"; got != want {
		t.Errorf("mentionTip(…) = %q; want %q", got, want)
	}
}

func TestDocLabel(t *testing.T) {
	if got := docLabel("A <b> headline", "x"); got != "A &lt;b&gt; headline" {
		t.Errorf("docLabel(title) = %q", got)
	}
	got := string(docLabel("", "US Secretary of State Marco Rubio described his meeting"))
	if !strings.Contains(got, `class="untitled"`) || !strings.Contains(got, "no headline") || !strings.Contains(got, "Marco Rubio described") {
		t.Errorf("docLabel(untitled) = %q; want the lead marked as untitled", got)
	}
}

func TestLead(t *testing.T) {
	text := "Photo: AP\nRubio met Wang. They talked."
	doc := &chronicle.Document{Text: text, Sentences: []chronicle.Sentence{
		{Start: 0, End: 9, Zone: chronicle.ZoneCredit}, {Start: 10, End: 25}, {Start: 26, End: 38},
	}}
	if got := lead(doc, 0); got != "Rubio met Wang." {
		t.Errorf("lead(…) = %q; want the first body sentence", got)
	}
	if got := lead(doc, 9); got != "Rubio…" {
		t.Errorf("lead(…, 9) = %q; want %q", got, "Rubio…")
	}
	if got := lead(&chronicle.Document{Text: "no sentences here"}, 0); got != "no sentences here" {
		t.Errorf("lead(no sentences) = %q", got)
	}
}

func TestNiceStep(t *testing.T) {
	for _, tt := range []struct{ max, want int }{{1, 1}, {4, 1}, {5, 1}, {6, 2}, {10, 2}, {11, 5}, {25, 5}, {26, 10}, {240, 50}, {1000, 200}} {
		if got := niceStep(tt.max); got != tt.want {
			t.Errorf("niceStep(%d) = %d; want %d", tt.max, got, tt.want)
		}
	}
}

func TestBarChart(t *testing.T) {
	bs := []chronicle.TimelineBucket{
		{Start: "2025-07-07", Total: 3, ByType: map[string]int{"CONSULT": 1, "SANCTION": 2}},
	}
	svg, legend := barChart(bs, chronicle.PeriodWeek)
	s := string(svg)
	// One week is padded to minBuckets weeks around it, labelled with the
	// year on the first label only.
	for _, want := range []string{"<title>7 Jul 2025 week: 2 SANCTION</title>", ">events</text>", ">week starting (Monday)</text>",
		">9 Jun 2025</text>", ">30 Jun</text>", `class="bar-total"`} {
		if !strings.Contains(s, want) {
			t.Errorf("barChart(one week): lacks %q", want)
		}
	}
	if n := strings.Count(s, "<rect"); n != 2 {
		t.Errorf("barChart(one week): %d rects; want 2", n)
	}
	if len(legend) != 2 || legend[0].Type != "CONSULT" || legend[1].Type != "SANCTION" {
		t.Errorf("barChart legend = %v; want CONSULT, SANCTION", legend)
	}
	month := []chronicle.TimelineBucket{{Start: "2025-07-01", Total: 1, ByType: map[string]int{"AGREE": 1}}}
	if got := padBuckets(month, chronicle.PeriodMonth); len(got) != minBuckets || got[0].Start != "2025-03-01" || got[len(got)-1].Start != "2025-11-01" {
		t.Errorf("padBuckets(month) = %v … ; want 9 months from 2025-03-01", got)
	}
	if svg, _ := barChart(nil, chronicle.PeriodDay); svg != "" {
		t.Errorf("barChart(nil) = %q; want nothing", svg)
	}
}

func TestMapperDraw(t *testing.T) {
	m, err := newMapper()
	if err != nil {
		t.Fatal(err)
	}
	ep := &eventPlaces{Total: 7, Unplaced: 1, Places: []placeCount{
		{Name: "Kuala Lumpur", Country: "MYS", Count: 3},
		{Name: "Putrajaya", Country: "MYS", Count: 1}, // the same point as Kuala Lumpur's seat list
		{Name: "Texas", Country: "USA", Count: 1},     // no coordinates of its own: the country
		{Name: "Atlantis", Country: "", Count: 1},     // unknown
	}}
	v := m.draw(ep, url.Values{"actor": {"USA"}, "cursor": {"abc"}})
	if v.Placed != 5 || v.Unknown != 1 || v.Unplaced != 1 || v.Countries != 2 {
		t.Errorf("draw: placed %d, unknown %d, unplaced %d, countries %d; want 5, 1, 1, 2", v.Placed, v.Unknown, v.Unplaced, v.Countries)
	}
	if len(v.Rows) != 3 || v.Rows[0].Name != "Kuala Lumpur" || v.Rows[0].Count != 4 || v.Rows[0].Href != "/events?actor=USA&place=Kuala+Lumpur#map" {
		t.Errorf("draw rows = %+v; want Kuala Lumpur ×4 first, linked without the cursor", v.Rows)
	}
	svg := string(v.SVG)
	for _, want := range []string{"<title>Kuala Lumpur, MYS: 4 events</title>", "<title>United States (country): 1 event</title>",
		"<title>Malaysia: 4 events in the country</title>", `href="/events?actor=USA&amp;place=USA#map"`} {
		if !strings.Contains(svg, want) {
			t.Errorf("draw: SVG lacks %q", want)
		}
	}
}

func BenchmarkMapperDraw(b *testing.B) {
	m, err := newMapper()
	if err != nil {
		b.Fatal(err)
	}
	ep := &eventPlaces{Total: 40, Places: []placeCount{
		{Name: "Kuala Lumpur", Country: "MYS", Count: 10}, {Name: "Washington", Country: "USA", Count: 20},
		{Name: "Beijing", Country: "CHN", Count: 5}, {Name: "", Country: "GBR", Count: 5},
	}}
	b.ReportAllocs()
	for b.Loop() {
		m.draw(ep, url.Values{})
	}
}

func TestMarkTerms(t *testing.T) {
	tests := []struct{ snippet, q, want string }{
		{"…the US imposed tariffs <of> 145%…", "tariffs", "…the US imposed <mark>tariffs</mark> &lt;of&gt; 145%…"},
		{"Tariff talks on rare earths", "rare earth", "Tariff talks on <mark>rare</mark> <mark>earths</mark>"},
		{"no match", "x", "no match"},
	}
	for _, tt := range tests {
		if got := string(markTerms(tt.snippet, tt.q)); got != tt.want {
			t.Errorf("markTerms(%q, %q) = %q; want %q", tt.snippet, tt.q, got, tt.want)
		}
	}
}

func TestCollectTitles(t *testing.T) {
	doc := func(pub string, titles ...string) *chronicle.Document {
		d := &chronicle.Document{Entities: []chronicle.Entity{{ID: "e1", Name: "George W Bush", Type: "PERSON", Country: "USA", Titles: titles}}}
		d.Meta.Published.Value = pub
		return d
	}
	d := &EntityDetail{EntityHit: chronicle.EntityHit{Name: "George W Bush", Type: "PERSON", Country: "USA"}}
	titles := map[string]*TitleSeen{}
	for _, doc := range []*chronicle.Document{doc("", "US president"), doc("2004-09-30", "US President", "Governor"), doc("2001-01-20", "Governor"), doc("2005-01-20", "us president")} {
		d.collect(doc, titles, map[string]int{})
	}
	var got []string
	for _, ts := range titles {
		got = append(got, ts.Title+" "+ts.First+"–"+ts.Last)
	}
	slices.Sort(got)
	want := []string{"Governor 2001-01-20–2004-09-30", "US President 2004-09-30–2005-01-20"}
	if !slices.Equal(got, want) {
		t.Errorf("collect titles = %q; want %q", got, want)
	}
}

func TestPlacesOf(t *testing.T) {
	hit := func(name, country string) chronicle.EventHit {
		return chronicle.EventHit{Event: chronicle.Event{Location: chronicle.Location{Name: name, Country: country}}}
	}
	ep := placesOf(locations([]chronicle.EventHit{hit("Paris", "FRA"), hit("", ""), hit("Paris", "FRA"), hit("", "DEU"), hit("Paris", "USA")}))
	want := []placeCount{{"Paris", "FRA", 2}, {"", "DEU", 1}, {"Paris", "USA", 1}}
	if ep.Total != 5 || ep.Unplaced != 1 || !slices.Equal(ep.Places, want) {
		t.Errorf("placesOf(…) = %+v; want total 5, unplaced 1, places %v", ep, want)
	}
}

func TestQuoteRows(t *testing.T) {
	q := func(doc, speaker, text string) chronicle.QuoteHit {
		return chronicle.QuoteHit{Document: doc, Speaker: speaker, Quote: chronicle.Quote{Text: text}}
	}
	qs := []chronicle.QuoteHit{q("copy", "Rubio", "very  eager"), q("b", "Rubio", "soon"), q("orig", "Rubio", "very eager"), q("c", "Wang", "very eager")}
	rows := quoteRows(qs, map[string]bool{"copy": true})
	var got []string
	for _, r := range rows {
		s := r.Document + ":" + r.Speaker
		for _, a := range r.Also {
			s += "+" + a.Document
		}
		got = append(got, s)
	}
	want := []string{"orig:Rubio+copy", "b:Rubio", "c:Wang"}
	if !slices.Equal(got, want) {
		t.Errorf("quoteRows(…) = %q; want %q", got, want)
	}
}

func TestFoldCopies(t *testing.T) {
	hit := func(id, group string) chronicle.ArticleHit { return chronicle.ArticleHit{ID: id, Group: group} }
	hits := []chronicle.ArticleHit{hit("b", "a"), hit("x", "x"), hit("a", "a"), hit("c", "a"), hit("y", "")}
	var got []string
	for _, h := range foldCopies(hits) {
		s := h.ID
		for _, c := range h.Copies {
			s += "+" + c.ID
		}
		got = append(got, s)
	}
	want := []string{"a+b+c", "x", "y"}
	if !slices.Equal(got, want) {
		t.Errorf("foldCopies(…) = %q; want %q", got, want)
	}
}

// TestFilterPages pages through 1..100 in store pages, keeping the
// multiples of 7: pages of 5 matches, each continuing after the last item
// read, every match once.
func TestFilterPages(t *testing.T) {
	fetch := func(_ context.Context, f chronicle.EventFilter) ([]int, string, error) {
		start := 1
		if f.Cursor != "" {
			n, err := strconv.Atoi(f.Cursor)
			if err != nil {
				return nil, "", err
			}
			start = n + 1
		}
		var page []int
		for i := start; i <= 100 && len(page) < f.Limit; i++ {
			page = append(page, i)
		}
		next := ""
		if len(page) > 0 && page[len(page)-1] < 100 {
			next = strconv.Itoa(page[len(page)-1])
		}
		return page, next, nil
	}
	keep := func(i int) bool { return i%7 == 0 }
	var all []int
	f := chronicle.EventFilter{Limit: 5}
	for pages := 0; ; pages++ {
		got, next, err := filterPages(context.Background(), f, fetch, keep)
		if err != nil || len(got) > 5+25 {
			t.Fatalf("filterPages(cursor %q) = %v, %q, %v", f.Cursor, got, next, err)
		}
		all = append(all, got...)
		if f.Cursor = next; next == "" || pages > 20 {
			break
		}
	}
	var want []int
	for i := 7; i <= 100; i += 7 {
		want = append(want, i)
	}
	if !slices.Equal(all, want) {
		t.Errorf("filterPages over every page = %v; want %v", all, want)
	}
}
