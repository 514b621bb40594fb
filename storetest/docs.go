package storetest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chronicle"
)

// builder assembles a Document whose spans are right by construction.
type builder struct {
	doc chronicle.Document
	b   strings.Builder
}

func newBuilder(title, published string) *builder {
	x := &builder{}
	x.doc.Meta = chronicle.Meta{
		Title: title, Language: "en",
		Published: chronicle.Published{Value: published, Source: chronicle.DateUser},
	}
	return x
}

// add appends text and returns its span.
func (x *builder) add(s string) chronicle.Span {
	start := x.b.Len()
	x.b.WriteString(s)
	return chronicle.Span{Start: start, End: x.b.Len()}
}

// finish sets Text, one body zone, one sentence per line, and the ID.
func (x *builder) finish() *chronicle.Document {
	d := &x.doc
	d.Text = x.b.String()
	d.Zones = []chronicle.Zone{{Start: 0, End: len(d.Text), Kind: chronicle.ZoneBody}}
	off := 0
	for _, line := range strings.SplitAfter(d.Text, "\n") {
		if n := len(strings.TrimRight(line, "\n")); n > 0 {
			d.Sentences = append(d.Sentences, chronicle.Sentence{Start: off, End: off + n, Zone: chronicle.ZoneBody})
		}
		off += len(line)
	}
	d.ID = chronicle.DocumentID(d.Text)
	d.Normalize()
	return d
}

// richDocument returns a document with every layer filled.
func richDocument() *chronicle.Document {
	x := newBuilder("Exclusive: Rubio meets Wang Yi in Kuala Lumpur", "2025-07-11")
	x.doc.Meta.Authors = []string{"Pham Giang"}
	x.doc.Meta.Wire = []string{"AFP"}
	x.doc.Meta.Captions = []chronicle.Caption{{Text: "Rubio and Wang Yi.", Credit: "AP"}}
	x.doc.Meta.URL = "https://example.com/news/rubio-wang"
	rubio := x.add("Marco Rubio")
	x.add(" said on ")
	thu := x.add("Thursday")
	x.add(" that his meeting with ")
	wang := x.add("Wang Yi")
	x.add(" was \"")
	q := x.add("positive and constructive")
	x.add("\" — and that rare earth exports would resume.\n")
	usa := x.add("Washington")
	x.add(" imposed sanctions on ")
	chn := x.add("Beijing")
	x.add(" over ")
	fig := x.add("$3.5 billion")
	x.add(" of chips, café owners said.\n")
	d := x.finish()
	text := d.Text
	m := func(id string, s chronicle.Span, typ, ent string) chronicle.Mention {
		return chronicle.Mention{ID: id, Start: s.Start, End: s.End, Text: text[s.Start:s.End], Type: typ, Entity: ent}
	}
	d.Tokens = []chronicle.Token{{Start: rubio.Start, End: rubio.Start + 5, Kind: chronicle.TokenWord, Tag: "NNP"}}
	d.Mentions = []chronicle.Mention{m("m1", rubio, "PERSON", "e1"), m("m2", wang, "PERSON", "e2"), m("m3", usa, "GPE", "e3"), m("m4", chn, "GPE", "e4")}
	d.Entities = []chronicle.Entity{
		{ID: "e1", Name: "Marco Rubio", Type: "PERSON", Country: "USA", Sector: "GOV", Titles: []string{"US Secretary of State"}, KB: "Q324546", Mentions: []string{"m1"}},
		{ID: "e2", Name: "Wang Yi", Type: "PERSON", Country: "CHN", Sector: "GOV", Titles: []string{}, Mentions: []string{"m2"}},
		{ID: "e3", Name: "United States", Type: "GPE", Country: "USA", Titles: []string{}, KB: "iso3166:USA", Mentions: []string{"m3"}},
		{ID: "e4", Name: "China", Type: "GPE", Country: "CHN", Titles: []string{}, KB: "iso3166:CHN", Mentions: []string{"m4"}},
	}
	d.Timexes = []chronicle.Timex{{ID: "t1", Start: thu.Start, End: thu.End, Text: text[thu.Start:thu.End], Type: "DATE", Value: "2025-07-10"}}
	d.Quotes = []chronicle.Quote{{ID: "q1", Start: q.Start, End: q.End, Text: text[q.Start:q.End], Kind: "partial",
		Speaker: &chronicle.Speaker{Entity: "e1", Text: text[rubio.Start:rubio.End], Start: rubio.Start, End: rubio.End},
		Cue:     &chronicle.Cue{Text: "said", Start: rubio.End + 1, End: rubio.End + 5}}}
	d.Figures = []chronicle.Figure{{ID: "f1", Start: fig.Start, End: fig.End, Text: text[fig.Start:fig.End], Value: 3.5e9, Unit: "USD", About: "chips"}}
	d.Events = []chronicle.Event{
		{ID: "v1", Type: "CONSULT", Mode: "meet", Context: []string{"diplomacy"},
			Actors:     []chronicle.Actor{{Entity: "e1", Name: "Marco Rubio", Code: "USAGOV"}},
			Recipients: []chronicle.Actor{{Entity: "e2", Name: "Wang Yi", Code: "CHNGOV"}},
			Date:       chronicle.EventDate{Value: "2025-07-10", From: "timex:t1"},
			Location:   chronicle.Location{Name: "Kuala Lumpur", Country: "MYS"},
			Status:     "occurred", Figures: []string{}, Evidence: span(d.Sentences[0])},
		{ID: "v2", Type: "SANCTION", Mode: "", Context: []string{"economic"},
			Actors:     []chronicle.Actor{{Entity: "e3", Name: "United States", Code: "USA"}},
			Recipients: []chronicle.Actor{{Entity: "e4", Name: "China", Code: "CHN"}},
			Date:       chronicle.EventDate{Value: "2025-07", From: "inferred"},
			Status:     "occurred", Figures: []string{"f1"}, Evidence: span(d.Sentences[1])},
	}
	d.Warnings = []chronicle.Warning{{Code: "date-conflict", Message: "two dates"}}
	return d
}

// repoRoot returns the directory holding go.mod above the working directory.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// SeedDocument returns the seed article as the pipeline's committed golden
// output (cmd/chronicle/testdata/seed.golden.json), or skips the test or
// benchmark when that file is missing.
func SeedDocument(t testing.TB) *chronicle.Document {
	t.Helper()
	path := filepath.Join(repoRoot(t), "cmd", "chronicle", "testdata", "seed.golden.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed document not available (%v)", err)
	}
	doc := new(chronicle.Document)
	if err := json.Unmarshal(b, doc); err != nil {
		t.Fatalf("seed %s: %v", path, err)
	}
	if err := doc.Check(); err != nil {
		t.Fatalf("seed %s: Check() = %v", path, err)
	}
	return doc
}

// Synthetic event data: 250 events over 30 documents.
const (
	synthDocs   = 30
	synthEvents = 250
)

var (
	synthTypes  = []string{"SANCTION", "CONSULT", "ACCUSE", "AID", "DEMAND"}
	synthCodes  = []string{"USA", "USAGOV", "CHN", "CHNMIL", "RUS", "GBR"}
	synthPlaces = []chronicle.Location{{Name: "Kuala Lumpur", Country: "MYS"}, {Name: "Geneva", Country: "CHE"}, {Name: "", Country: ""}, {Name: "Washington, D.C.", Country: "USA"}}
)

// synthEvent describes generated event k as stored.
type synthEvent struct {
	doc       int
	id        string
	typ       string
	actor     string
	recipient string
	day       string // "" if undated
	place     chronicle.Location
	undated   bool // the event has no date of its own
}

func synthesise(k int) synthEvent {
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	e := synthEvent{
		doc:       k % synthDocs,
		id:        fmt.Sprintf("v%d", k),
		typ:       synthTypes[k%len(synthTypes)],
		actor:     synthCodes[k%len(synthCodes)],
		recipient: synthCodes[(k*7+3)%len(synthCodes)],
		day:       base.AddDate(0, 0, (k*37)%365).Format(time.DateOnly),
		place:     synthPlaces[k%len(synthPlaces)],
	}
	if k%25 == 9 { // no date of its own: filed under the publication date
		e.undated = true
		e.day = synthPublished(e.doc)
	}
	return e
}

// synthPublished is the publication date of synthetic document i.
func synthPublished(i int) string {
	if i%10 == 9 {
		return ""
	}
	return fmt.Sprintf("2025-%02d-15", 1+i%12)
}

// SyntheticDocuments returns 30 documents holding 250 events between
// USA, CHN, RUS and GBR actors over 2025, built by hand.
func SyntheticDocuments() []*chronicle.Document {
	docs, _ := synthDocuments()
	return docs
}

// synthDocuments returns the 30 documents holding the 250 events, and the
// events as generated.
func synthDocuments() ([]*chronicle.Document, []synthEvent) {
	byDoc := make([][]synthEvent, synthDocs)
	var all []synthEvent
	for k := range synthEvents {
		e := synthesise(k)
		byDoc[e.doc] = append(byDoc[e.doc], e)
		all = append(all, e)
	}
	docs := make([]*chronicle.Document, synthDocs)
	for i, evs := range byDoc {
		x := newBuilder(fmt.Sprintf("Synthetic report %d", i), synthPublished(i))
		var spans []chronicle.Span
		for _, e := range evs {
			spans = append(spans, x.add(fmt.Sprintf("In report %d, %s acted (%s) towards %s.\n", i, e.actor, e.typ, e.recipient)))
		}
		d := x.finish()
		for j, e := range evs {
			date := chronicle.EventDate{Value: e.day, From: "inferred"}
			if e.undated {
				date = chronicle.EventDate{}
			}
			d.Events = append(d.Events, chronicle.Event{
				ID: e.id, Type: e.typ, Context: []string{}, Status: "occurred", Figures: []string{},
				Actors:     []chronicle.Actor{{Name: e.actor, Code: e.actor}},
				Recipients: []chronicle.Actor{{Name: e.recipient, Code: e.recipient}},
				Date:       date, Location: e.place, Evidence: spans[j],
			})
		}
		docs[i] = d
	}
	return docs, all
}

func span(s chronicle.Sentence) chronicle.Span { return chronicle.Span{Start: s.Start, End: s.End} }
