package timex

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"chronicle"
)

// person is an entity as the entity stage writes it: a name, a KB id the
// lexicon knows and the titles the text gives.
func person(name, kb string, titles ...string) chronicle.Entity {
	return chronicle.Entity{Name: name, Type: "PERSON", KB: kb, Titles: titles}
}

// captioned returns a Document of text whose sentence caption (a
// substring of text) is a caption zone.
func captioned(text, caption string) *chronicle.Document {
	doc := &chronicle.Document{Text: text}
	if i := strings.Index(text, caption); caption != "" && i >= 0 {
		doc.Zones = []chronicle.Zone{{Start: i, End: i + len(caption), Kind: chronicle.ZoneCaption}}
	}
	return doc
}

const seedLike = "US Secretary of State Marco Rubio met Wang Yi on Thursday.\nRubio and Wang at their meeting in Kuala Lumpur on 11/7.\n" +
	"In May, the two sides reached a truce. Talks will take place in early August."

const seedCaption = "Rubio and Wang at their meeting in Kuala Lumpur on 11/7."

func TestInferFromRoles(t *testing.T) {
	tg := New(Options{})
	rubio := person("Marco Rubio", "Q324546", "US Secretary of State")
	cases := []struct {
		name, text, url string
		caption         string // a sentence of text that is a photo caption
		people          []chronicle.Entity
		want            string // "" = stays unknown
		why             string // a part of the published-inferred or published-unknown message
	}{
		{
			name: "tense decides the reading",
			text: seedLike, caption: seedCaption,
			people: []chronicle.Entity{rubio},
			want:   "2025-07-11",
			why:    `"11/7" (day/month: "early August" future; "May" past) and the roles of Marco Rubio (Secretary of State from 2025-01-21)`,
		},
		{
			name: "no role: never invented",
			text: "The minister met his counterpart on 11/7. In May, the two sides reached a truce. Talks will take place in early August.",
			want: "", why: "no person is named with a dated title",
		},
		{
			name:   "a role but no day",
			text:   "US Secretary of State Marco Rubio said in May that talks will take place in early August.",
			people: []chronicle.Entity{rubio},
			want:   "", why: "the text states no day in a past clause or a caption",
		},
		{
			name:   "readings tie",
			text:   "US Secretary of State Marco Rubio arrived in Tokyo on 3/5.",
			people: []chronicle.Entity{rubio},
			want:   "", why: "the evidence fits 2025-03-05 and 2025-05-03 equally",
		},
		{
			name: "a US source reads month/day",
			text: "US Secretary of State Marco Rubio arrived in Tokyo on 3/5.", url: "https://www.example.us/world/rubio-tokyo",
			people: []chronicle.Entity{rubio},
			want:   "2025-03-05", why: `"3/5" (month/day by the source's locale) and the roles of Marco Rubio`,
		},
		{
			name:   "the text's other dates decide the order",
			text:   "US Secretary of State Marco Rubio arrived in Tokyo on 3/5, weeks after the 25/2 talks.",
			people: []chronicle.Entity{rubio},
			want:   "2025-05-03", why: `"3/5" (day/month by the text's other numeric dates)`,
		},
		{
			name:   "a future day bounds above",
			text:   "US Secretary of State Marco Rubio landed on 3/5. He will return on April 20.",
			people: []chronicle.Entity{rubio},
			want:   "2025-03-05", why: `"3/5" (month/day: "April 20" future)`,
		},
		{
			name:   "a closed role and a weekday fix the year",
			text:   "Senator Marco Rubio spoke on Friday, July 11.",
			people: []chronicle.Entity{person("Marco Rubio", "Q324546", "Senator")},
			want:   "2014-07-11", why: `"Friday, July 11" (a Friday in 2014) and the roles of Marco Rubio (Senator 2011-01-03 to 2025-01-20)`,
		},
		{
			name:   "a closed role without a weekday leaves years apart",
			text:   "Senator Marco Rubio spoke on July 11.",
			people: []chronicle.Entity{person("Marco Rubio", "Q324546", "Senator")},
			want:   "", why: "equally",
		},
		{
			name:   "former: after the role ended",
			text:   "Former President Joe Biden spoke on July 4.",
			people: []chronicle.Entity{person("Joe Biden", "Q6279", "Former President")},
			want:   "2025-07-04", why: "Joe Biden (Former President: the role ended 2025-01-20)",
		},
		{
			name:   "roles that never overlap decide nothing",
			text:   "Senator Marco Rubio and Commerce Secretary Howard Lutnick spoke on July 11.",
			people: []chronicle.Entity{person("Marco Rubio", "Q324546", "Senator"), person("Howard Lutnick", "person:howard-lutnick", "Commerce Secretary")},
			want:   "", why: "equally",
		},
		{
			name:   "a title of no listed role is no evidence",
			text:   "Governor Marco Rubio spoke on July 11.",
			people: []chronicle.Entity{person("Marco Rubio", "Q324546", "Governor")},
			want:   "", why: "no person is named with a dated title",
		},
		{
			name:   "then- is not the time of writing",
			text:   "Then-Senator Marco Rubio spoke on 11/7.",
			people: []chronicle.Entity{person("Marco Rubio", "Q324546", "then-Senator")},
			want:   "", why: "no person is named with a dated title",
		},
	}
	for _, c := range cases {
		doc := captioned(c.text, c.caption)
		doc.Entities, doc.Meta.URL = c.people, c.url
		if err := tg.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := doc.Check(); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
		wantSrc := SourceInferred
		if c.want == "" {
			wantSrc = chronicle.DateNone
		}
		if doc.Meta.Published.Value != c.want || doc.Meta.Published.Source != wantSrc {
			t.Errorf("%s: Annotate(%q).Meta.Published = %+v; want %q from %s", c.name, c.text, doc.Meta.Published, c.want, wantSrc)
		}
		code := "published-unknown"
		if c.want != "" {
			code = "published-inferred"
		}
		msg := ""
		for _, w := range doc.Warnings {
			if w.Code == code {
				msg = w.Message
			}
		}
		t.Logf("%s: %s: %s", c.name, code, msg)
		if msg == "" || !strings.Contains(msg, c.why) {
			t.Errorf("%s: Annotate(%q) %s warning = %q; want it to contain %q", c.name, c.text, code, msg, c.why)
		}
	}
}

// TestInferResolves checks that relative dates resolve against the
// inferred date as against a given one, and that 11/7 is then no longer
// ambiguous.
func TestInferResolves(t *testing.T) {
	text := seedLike
	tg := New(Options{})
	inferred := captioned(text, seedCaption)
	inferred.Entities = []chronicle.Entity{person("Marco Rubio", "Q324546", "US Secretary of State")}
	if err := tg.Annotate(context.Background(), inferred); err != nil {
		t.Fatal(err)
	}
	want := tg.Find(text, time.Date(2025, 7, 11, 0, 0, 0, 0, time.UTC), true)
	if len(inferred.Timexes) != len(want) {
		t.Fatalf("inferred: %d timexes; want %d", len(inferred.Timexes), len(want))
	}
	for i, x := range inferred.Timexes {
		if x != want[i] {
			t.Errorf("inferred: %q = %s; want %s as with the date given", x.Text, x.Value, want[i].Value)
		}
	}
	for _, w := range inferred.Warnings {
		if w.Code == "ambiguous-date" {
			t.Errorf("inferred: warning %s: %s; want 11/7 decided", w.Code, w.Message)
		}
	}
}

// TestInferKeepsGivenDate: a given date, even one the evidence
// contradicts, is never replaced.
func TestInferKeepsGivenDate(t *testing.T) {
	doc := &chronicle.Document{
		Text:     "US Secretary of State Marco Rubio met Wang Yi on 11/7. Talks will take place in early August.",
		Entities: []chronicle.Entity{person("Marco Rubio", "Q324546", "US Secretary of State")},
		Meta:     chronicle.Meta{Published: chronicle.Published{Value: "1998-02-03", Source: chronicle.DateUser}},
	}
	if err := New(Options{}).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Published.Value != "1998-02-03" || doc.Meta.Published.Source != chronicle.DateUser {
		t.Errorf("Annotate with a given date: published = %+v; want 1998-02-03 from user", doc.Meta.Published)
	}
	for _, w := range doc.Warnings {
		if strings.HasPrefix(w.Code, "published-") {
			t.Errorf("Annotate with a given date: warning %s: %s", w.Code, w.Message)
		}
	}
}

func TestHorizonNote(t *testing.T) {
	doc := &chronicle.Document{
		Text:     "US Secretary of State Marco Rubio met Wang Yi on July 10.",
		Entities: []chronicle.Entity{person("Marco Rubio", "Q324546", "US Secretary of State")},
	}
	if err := New(Options{}).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Published.Value != "2025-07-10" {
		t.Fatalf("published = %+v; want 2025-07-10", doc.Meta.Published)
	}
	found := false
	for _, w := range doc.Warnings {
		found = found || w.Code == "published-inferred" && strings.Contains(w.Message, "horizon 2025-12-31")
	}
	if !found {
		t.Errorf("warnings %v; want published-inferred naming the horizon 2025-12-31", doc.Warnings)
	}
}

func BenchmarkInfer(b *testing.B) {
	text := strings.Repeat("US Secretary of State Marco Rubio met Wang Yi on Thursday. Rubio and Wang at their meeting in Kuala Lumpur on 11/7. "+
		"In May, the two sides reached a truce. Talks will take place in early August. ", 4)
	ents := []chronicle.Entity{person("Marco Rubio", "Q324546", "US Secretary of State"), person("Donald Trump", "Q22686", "President")}
	tg := New(Options{})
	b.ReportAllocs()
	for b.Loop() {
		doc := &chronicle.Document{Text: text, Entities: ents}
		if err := tg.Annotate(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzInfer feeds arbitrary text, a title and a caption span to the
// inference: Annotate must not fail or panic, spans stay valid, and an
// inferred date is an ISO date with a published-inferred warning.
func FuzzInfer(f *testing.F) {
	f.Add(seedLike, "US Secretary of State", 60, 117)
	f.Add("Senator Marco Rubio spoke on Friday, July 11. He ran in 2016 and will run in 2022.", "Senator", 0, 0)
	f.Add("Former President spoke on 31/02 and 2/31, in May 2001, on Monday 13/13.", "former President", 5, 3)
	f.Add("on 11/7 on 7/11 on 11.7 in 9999 since 0001", "then-Senator", -1, 1<<20)
	tg := New(Options{})
	f.Fuzz(func(t *testing.T, text, title string, cs, ce int) {
		if !utf8.ValidString(text) || !utf8.ValidString(title) {
			return
		}
		doc := &chronicle.Document{Text: text, Entities: []chronicle.Entity{
			person("Marco Rubio", "Q324546", title), person("Donald Trump", "Q22686", "President", title),
		}}
		if cs >= 0 && cs <= ce && ce <= len(text) {
			doc.Zones = []chronicle.Zone{{Start: cs, End: ce, Kind: chronicle.ZoneCaption}}
		}
		if err := tg.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		for _, x := range doc.Timexes {
			if x.Start < 0 || x.End > len(text) || x.Start > x.End || !utf8.ValidString(text[x.Start:x.End]) {
				t.Fatalf("Annotate(%q): bad span %+v", text, x)
			}
		}
		if doc.Meta.Published.Source == SourceInferred {
			if _, ok := parsePublished(doc.Meta.Published.Value); !ok || len(doc.Meta.Published.Value) != 10 {
				t.Fatalf("Annotate(%q): inferred %q is not a date", text, doc.Meta.Published.Value)
			}
			found := false
			for _, w := range doc.Warnings {
				found = found || w.Code == "published-inferred"
			}
			if !found {
				t.Fatalf("Annotate(%q): inferred %s without a published-inferred warning", text, doc.Meta.Published.Value)
			}
		}
	})
}
