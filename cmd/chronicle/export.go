package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"chronicle"
	"chronicle/dedup"
	"chronicle/nlp/event"
)

// exportFormats are the formats of `chronicle export`.
var exportFormats = []string{"plover", "gdelt", "csv", "jsonld"}

// runExport implements `chronicle export --format plover|gdelt|csv|jsonld
// [--db …] [--reports] [event filters]`: every matching merged event (or,
// with --reports, every report of one) in plover, gdelt or csv, or every
// stored article in jsonld, to standard output, fetched page by page,
// nothing capped.
//
//   - plover: PLOVER JSON Lines, one record per merged event (fields of the
//     PLOVER manual's JSON table: id, date, enddate (when the date is a
//     period), event, mode, context, actor,
//     recipient, event_loc, event_text, text, cite_info, coder), with the
//     event type in PLOVER's own coding (event.PLOVERType: a planned
//     cooperative act is AGREE) and Chronicle's own fields (chronicle_type,
//     status, sources, groups, documents) added.
//   - gdelt: GDELT-style TSV with a header, one row per merged event; codes
//     are strings; EventCode is the PLOVER type; NumMentions counts
//     reports, NumArticles documents, NumSources near-duplicate groups.
//   - csv: RFC 4180 CSV with a header, one row per merged event; lists are
//     joined by ";".
//   - jsonld: schema.org NewsArticle JSON-LD, one object per line, per
//     article.
func runExport(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("export", "")
	qf := queryFlags{
		db:    fs.String("db", defaultDB, "SQLite file `PATH`, or a postgres:// DSN"),
		json:  new(bool), // the format says what is printed
		limit: fs.Int("limit", 0, "export at most `N` records (0: all)"),
	}
	ef := addEventFlags(fs)
	format := fs.String("format", "", "output format: plover, gdelt, csv or jsonld")
	reports := fs.Bool("reports", false, "export every report of an event (one record per document's event) instead of merged events")
	pos, done, err := parseArgs(fs, args)
	if done {
		return err
	}
	if len(pos) > 0 {
		return usagef("export: unexpected argument %q", pos[0])
	}
	f, err := ef.filter()
	if err != nil {
		return err
	}
	known := false
	for _, k := range exportFormats {
		known = known || *format == k
	}
	if !known {
		return usagef("export: --format %q: want one of %s", *format, strings.Join(exportFormats, ", "))
	}
	return withStore(ctx, e, qf, func(st chronicle.Store) error {
		w := bufio.NewWriter(e.stdout)
		x := &exporter{st: st, urls: map[string]string{}}
		var err error
		if *format == "jsonld" {
			err = x.articles(ctx, w, *qf.limit)
		} else {
			err = x.events(ctx, w, *format, f, *qf.limit, *reports)
		}
		if err != nil {
			return err
		}
		return w.Flush()
	})
}

// exporter writes a store's records in an export format.
type exporter struct {
	st   chronicle.Store
	urls map[string]string // document → its URL or path, looked up once
}

// source returns where a document was found: its first source's URL, else
// its path.
func (x *exporter) source(ctx context.Context, doc string) (string, error) {
	if u, ok := x.urls[doc]; ok {
		return u, nil
	}
	srcs, err := x.st.Sources(ctx, doc)
	if err != nil {
		return "", err
	}
	u := ""
	for _, s := range srcs {
		if s.URL != "" {
			u = s.URL
			break
		}
	}
	if u == "" && len(srcs) > 0 {
		u = srcs[0].Path
	}
	x.urls[doc] = u
	return u, nil
}

// events writes the merged events matching f.
func (x *exporter) events(ctx context.Context, w io.Writer, format string, f chronicle.EventFilter, limit int, reports bool) error {
	var cw *csv.Writer
	switch format {
	case "gdelt":
		if _, err := io.WriteString(w, strings.Join(gdeltHeader, "\t")+"\n"); err != nil {
			return err
		}
	case "csv":
		cw = csv.NewWriter(w)
		if err := cw.Write(csvHeader); err != nil {
			return err
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	fetch := func(cursor string, n int) ([]chronicle.MergedEvent, string, error) {
		f.Cursor, f.Limit = cursor, n
		page, err := x.st.MergedEvents(ctx, f)
		return page.Events, page.Next, err
	}
	if reports {
		fetch = func(cursor string, n int) ([]chronicle.MergedEvent, string, error) {
			f.Cursor, f.Limit = cursor, n
			page, err := x.st.Events(ctx, f)
			out := make([]chronicle.MergedEvent, len(page.Events))
			for i, h := range page.Events {
				out[i] = single(h)
			}
			return out, page.Next, err
		}
	}
	err := pages(limit, fetch, func(m chronicle.MergedEvent) error {
		src, err := x.source(ctx, firstReport(m).Document)
		if err != nil {
			return err
		}
		switch format {
		case "plover":
			return enc.Encode(ploverRecord(m, src))
		case "gdelt":
			_, err := io.WriteString(w, strings.Join(gdeltRow(m, src), "\t")+"\n")
			return err
		}
		return cw.Write(csvRow(m))
	})
	if err != nil {
		return err
	}
	if cw != nil {
		cw.Flush()
		return cw.Error()
	}
	return nil
}

// single returns one report as a merged event of its own, with the
// document's event ID ("document/v3") as its ID.
func single(h chronicle.EventHit) chronicle.MergedEvent {
	e := h.Event
	return chronicle.MergedEvent{ID: h.Document + "/" + e.ID, Day: h.Day, Type: e.Type, Mode: e.Mode, Context: e.Context,
		Status: e.Status, Actors: e.Actors, Recipients: e.Recipients, Date: e.Date, Location: e.Location,
		Sources: 1, Groups: 1, Mentions: []chronicle.EventHit{h}}
}

// firstReport returns the report of m its ID names.
func firstReport(m chronicle.MergedEvent) chronicle.EventHit {
	for _, r := range m.Mentions {
		if strings.HasPrefix(m.ID, r.Document+"/") {
			return r
		}
	}
	if len(m.Mentions) > 0 {
		return m.Mentions[0]
	}
	return chronicle.EventHit{}
}

// documents lists the distinct documents reporting m, in report order.
func documents(m chronicle.MergedEvent) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range m.Mentions {
		if !seen[r.Document] {
			seen[r.Document] = true
			out = append(out, r.Document)
		}
	}
	return out
}

// ploverType is m's type in PLOVER's own coding.
func ploverType(m chronicle.MergedEvent) string {
	return event.PLOVERType(chronicle.Event{Type: m.Type, Status: m.Status})
}

// splitCode splits an actor code into its country (or organisation) code
// and sector: USAGOV → USA, GOV.
func splitCode(code string) (country, sector string) {
	if len(code) <= 3 {
		return code, ""
	}
	return code[:3], code[3:]
}

// ploverActor is an entity object of a PLOVER record.
type ploverActor struct {
	Code       string `json:"code"`
	Sector     string `json:"sector,omitempty"`
	EntityText string `json:"entity_text,omitempty"`
}

func ploverActors(as []chronicle.Actor) []ploverActor {
	out := make([]ploverActor, 0, len(as))
	for _, a := range as {
		c, s := splitCode(a.Code)
		out = append(out, ploverActor{Code: c, Sector: s, EntityText: a.Name})
	}
	return out
}

// ploverLocation is the location object of a PLOVER record.
type ploverLocation struct {
	ExtractedPlace string `json:"extracted_place,omitempty"`
	CountryCode    string `json:"country_code,omitempty"`
}

// ploverCite is the citeInfo object of a PLOVER record.
type ploverCite struct {
	URL      string `json:"url,omitempty"`
	Title    string `json:"title,omitempty"`
	Citation string `json:"citation"`         // the document's ID
	Corpus   string `json:"corpus,omitempty"` // the file it was read from, when it has no URL
}

// plover is one PLOVER record, fields named as in the PLOVER manual's
// JSON table, then Chronicle's own.
type plover struct {
	ID        string          `json:"id"`
	Date      string          `json:"date"`
	EndDate   string          `json:"enddate,omitempty"` // last day when the date names a period (a month, a year)
	Event     []string        `json:"event"`
	Mode      []string        `json:"mode"`
	Context   []string        `json:"context"`
	Actor     []ploverActor   `json:"actor"`
	Recipient []ploverActor   `json:"recipient"`
	EventLoc  *ploverLocation `json:"event_loc,omitempty"`
	EventText []string        `json:"event_text"`
	Text      string          `json:"text"`
	CiteInfo  ploverCite      `json:"cite_info"`
	Coder     string          `json:"coder"`

	ChronicleType string   `json:"chronicle_type"` // the type as Chronicle codes it
	Status        string   `json:"status"`
	Sources       int      `json:"sources"`
	Groups        int      `json:"groups"`
	Documents     []string `json:"documents"`
}

func ploverRecord(m chronicle.MergedEvent, src string) plover {
	first := firstReport(m)
	r := plover{
		ID: m.ID, Date: m.Day, Event: []string{ploverType(m)}, Mode: []string{}, Context: m.Context,
		Actor: ploverActors(m.Actors), Recipient: ploverActors(m.Recipients), EventText: []string{},
		Text: first.Evidence, CiteInfo: ploverCite{Title: first.Title, Citation: first.Document}, Coder: "chronicle",
		ChronicleType: m.Type, Status: m.Status, Sources: m.Sources, Groups: m.Groups, Documents: documents(m),
	}
	if iv, ok := dedup.EventSpan(&chronicle.Event{Date: m.Date}, first.Published); ok && iv.Hi != iv.Lo && iv.Lo == m.Day {
		r.EndDate = iv.Hi
	}
	if strings.Contains(src, "://") {
		r.CiteInfo.URL = src
	} else {
		r.CiteInfo.Corpus = src
	}
	if m.Mode != "" {
		r.Mode = append(r.Mode, m.Mode)
	}
	if m.Location != (chronicle.Location{}) {
		r.EventLoc = &ploverLocation{ExtractedPlace: m.Location.Name, CountryCode: m.Location.Country}
	}
	seen := map[string]bool{}
	for _, h := range m.Mentions {
		if !seen[h.Evidence] {
			seen[h.Evidence] = true
			r.EventText = append(r.EventText, h.Evidence)
		}
	}
	return r
}

// gdeltHeader names the columns of the gdelt format, after GDELT 2.0's
// event table where one matches.
var gdeltHeader = []string{"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
	"EventCode", "EventMode", "EventStatus", "NumMentions", "NumSources", "NumArticles",
	"ActionGeo_FullName", "ActionGeo_CountryCode", "SOURCEURL"}

// tsv makes s one TSV field: tabs and line breaks become spaces.
func tsv(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func gdeltRow(m chronicle.MergedEvent, src string) []string {
	day := strings.ReplaceAll(m.Day, "-", "")
	month, year := "", ""
	if len(day) == 8 {
		month, year = day[:6], day[:4]
	}
	// Actor2 is the first recipient, else a second actor acting jointly.
	var a1, a2 chronicle.Actor
	if len(m.Actors) > 0 {
		a1 = m.Actors[0]
	}
	if len(m.Recipients) > 0 {
		a2 = m.Recipients[0]
	} else if len(m.Actors) > 1 {
		a2 = m.Actors[1]
	}
	c1, s1 := splitCode(a1.Code)
	c2, s2 := splitCode(a2.Code)
	row := []string{m.ID, day, month, year,
		a1.Code, a1.Name, c1, s1, a2.Code, a2.Name, c2, s2,
		ploverType(m), m.Mode, m.Status, strconv.Itoa(len(m.Mentions)), strconv.Itoa(m.Groups), strconv.Itoa(m.Sources),
		m.Location.Name, m.Location.Country, src}
	for i, c := range row {
		row[i] = tsv(c)
	}
	return row
}

// csvHeader names the columns of the csv format.
var csvHeader = []string{"id", "day", "type", "plover_type", "mode", "context", "status",
	"actors", "actor_names", "recipients", "recipient_names", "place", "place_country",
	"sources", "groups", "documents", "evidence"}

func csvRow(m chronicle.MergedEvent) []string {
	names := func(as []chronicle.Actor) (codes, names string) {
		var cs, ns []string
		for _, a := range as {
			cs, ns = append(cs, a.Code), append(ns, a.Name)
		}
		return strings.Join(cs, ";"), strings.Join(ns, ";")
	}
	ac, an := names(m.Actors)
	rc, rn := names(m.Recipients)
	return []string{m.ID, m.Day, m.Type, ploverType(m), m.Mode, strings.Join(m.Context, ";"), m.Status,
		ac, an, rc, rn, m.Location.Name, m.Location.Country,
		strconv.Itoa(m.Sources), strconv.Itoa(m.Groups), strings.Join(documents(m), ";"), firstReport(m).Evidence}
}

// articles writes every stored article as schema.org NewsArticle JSON-LD.
func (x *exporter) articles(ctx context.Context, w io.Writer, limit int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	q := chronicle.SearchQuery{}
	return pages(limit, func(cursor string, n int) ([]chronicle.ArticleHit, string, error) {
		q.Cursor, q.Limit = cursor, n
		page, err := x.st.Search(ctx, q)
		return page.Articles, page.Next, err
	}, func(h chronicle.ArticleHit) error {
		doc, err := x.st.GetDocument(ctx, h.ID)
		if err != nil {
			return err
		}
		src, err := x.source(ctx, h.ID)
		if err != nil {
			return err
		}
		return enc.Encode(newsArticle(doc, h, src))
	})
}

// thing is a schema.org Person, Organization, Place or Thing.
type thing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// schemaType maps an entity type to a schema.org type.
func schemaType(t string) string {
	switch t {
	case "PERSON":
		return "Person"
	case "ORG":
		return "Organization"
	case "GPE", "LOC", "FAC":
		return "Place"
	case "EVENT":
		return "Event"
	}
	return "Thing"
}

// newsArticle returns the schema.org NewsArticle of a stored document.
func newsArticle(doc *chronicle.Document, h chronicle.ArticleHit, src string) map[string]any {
	a := map[string]any{
		"@context":    "https://schema.org",
		"@type":       "NewsArticle",
		"identifier":  doc.ID,
		"headline":    doc.Meta.Title,
		"articleBody": doc.Text,
	}
	if doc.Meta.Published.Value != "" {
		a["datePublished"] = doc.Meta.Published.Value
	}
	if doc.Meta.Language != "" {
		a["inLanguage"] = doc.Meta.Language
	}
	if u := doc.Meta.URL; u != "" {
		a["url"] = u
	} else if strings.Contains(src, "://") {
		a["url"] = src
	}
	if len(doc.Meta.Authors) > 0 {
		var as []thing
		for _, n := range doc.Meta.Authors {
			as = append(as, thing{"Person", n})
		}
		a["author"] = as
	}
	if len(doc.Meta.Wire) > 0 {
		var os []thing
		for _, n := range doc.Meta.Wire {
			os = append(os, thing{"Organization", n})
		}
		a["sourceOrganization"] = os
	}
	if h.Group != "" && h.Group != doc.ID {
		a["isBasedOn"] = map[string]string{"@type": "NewsArticle", "identifier": h.Group}
	}
	var ms []thing
	for _, e := range doc.Entities {
		if e.Name != "" {
			ms = append(ms, thing{schemaType(e.Type), e.Name})
		}
	}
	if len(ms) > 0 {
		a["mentions"] = ms
	}
	return a
}
