package storerows

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"chronicle"
)

// testDocument returns a small document with an entity named by a mention
// (and not by its Mentions list), a quote by it, a quote by an unresolved
// speaker and a dated event.
func testDocument() *chronicle.Document {
	text := "Rubio said \"we talked\".\nA spokesman said \"no\".\nChina curbed exports."
	at := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	rs, re := at("Rubio")
	q1s, q1e := at(`"we talked"`)
	sps, spe := at("A spokesman")
	q2s, q2e := at(`"no"`)
	evs, eve := at("China curbed exports.")
	d := &chronicle.Document{
		Text: text,
		Meta: chronicle.Meta{Title: "T", Language: "en", Published: chronicle.Published{Value: "2025-07-11T08:00:00Z"}},
		Mentions: []chronicle.Mention{
			{ID: "m1", Start: rs, End: re, Text: "Rubio", Type: "PERSON", Entity: "e1"},
		},
		Entities: []chronicle.Entity{{ID: "e1", Name: "Marco Rubio", Type: "PERSON", Country: "USA"}},
		Quotes: []chronicle.Quote{
			{ID: "q1", Start: q1s, End: q1e, Text: `"we talked"`, Kind: "direct", Speaker: &chronicle.Speaker{Entity: "e1", Text: "Rubio", Start: rs, End: re}},
			{ID: "q2", Start: q2s, End: q2e, Text: `"no"`, Kind: "direct", Speaker: &chronicle.Speaker{Text: "A spokesman", Start: sps, End: spe}},
		},
		Events: []chronicle.Event{
			{ID: "ev1", Type: "COERCE", Date: chronicle.EventDate{Value: "2025-07-09"}, Evidence: chronicle.Span{Start: evs, End: eve}},
			{ID: "ev2", Type: "SAY", Evidence: chronicle.Span{Start: rs, End: q1e}},
		},
	}
	return d
}

func TestFlatten(t *testing.T) {
	doc := testDocument()
	if err := doc.Check(); err != nil {
		t.Fatalf("test document: Check() = %v", err)
	}
	f, err := Flatten(doc, chronicle.ArticleSource{URL: "https://example.com/a"})
	if err != nil {
		t.Fatalf("Flatten() error: %v", err)
	}
	if want := chronicle.DocumentID(doc.Text); doc.ID != want || f.ID != want || f.Hash != want {
		t.Errorf("Flatten() ID = %q, doc.ID = %q, Hash = %q; want %q", f.ID, doc.ID, f.Hash, want)
	}
	if f.URL != "https://example.com/a" || f.Day != "2025-07-11" || f.Title != "T" || f.Language != "en" || f.Text != doc.Text {
		t.Errorf("Flatten() article row = %q %q %q %q; want the source URL, day 2025-07-11, title T, language en", f.URL, f.Day, f.Title, f.Language)
	}
	if len(f.Entities) != 1 || f.Entities[0].Entity != &doc.Entities[0] || f.Entities[0].Mentions != 1 {
		t.Errorf("Flatten() entities = %+v; want e1 with 1 mention (counted from doc.Mentions)", f.Entities)
	}
	var speakers []string
	for _, q := range f.Quotes {
		speakers = append(speakers, q.Speaker)
	}
	if want := []string{"Marco Rubio", "A spokesman"}; !reflect.DeepEqual(speakers, want) {
		t.Errorf("Flatten() quote speakers = %q; want %q", speakers, want)
	}
	if len(f.Events) != 2 || f.Events[0].Day != "2025-07-09" || f.Events[1].Day != "2025-07-11" ||
		f.Events[0].Evidence != "China curbed exports." || f.Events[1].Event != &doc.Events[1] {
		t.Errorf("Flatten() events = %+v; want days 2025-07-09 (its own), 2025-07-11 (published) and their evidence", f.Events)
	}
	doc.Meta.URL = "https://example.com/canonical"
	if f, err := Flatten(doc, chronicle.ArticleSource{URL: "https://example.com/a"}); err != nil || f.URL != doc.Meta.URL {
		t.Errorf("Flatten(doc with Meta.URL) URL = %q, %v; want %q", f.URL, err, doc.Meta.URL)
	}
}

func TestFlattenInvalid(t *testing.T) {
	bad := testDocument()
	bad.Mentions[0].End = len(bad.Text) + 1
	for name, doc := range map[string]*chronicle.Document{"nil": nil, "bad span": bad} {
		if _, err := Flatten(doc, chronicle.ArticleSource{}); !errors.Is(err, chronicle.ErrInvalid) {
			t.Errorf("Flatten(%s) error = %v; want ErrInvalid", name, err)
		}
	}
}

func TestCursor(t *testing.T) {
	for _, key := range []any{SeekKey{Day: "2025-07-11", Doc: "abc", Idx: 3}, EntityKey{Documents: 2, Mentions: 3, Name: "Wang Yi"}, ArticleKey{Rank: -0.1234567891234, Day: "2025-07-11", ID: "a"}, MergedKey{Day: "2025-07-10", ID: "a/1"}} {
		c := EncodeCursor(key)
		got := reflect.New(reflect.TypeOf(key))
		if err := DecodeCursor(c, got.Interface()); err != nil || got.Elem().Interface() != key {
			t.Errorf("DecodeCursor(EncodeCursor(%+v)) = %+v, %v; want the key", key, got.Elem().Interface(), err)
		}
	}
	var k SeekKey
	if err := DecodeCursor("", &k); err != nil || k != (SeekKey{}) {
		t.Errorf(`DecodeCursor("") = %+v, %v; want zero key, nil`, k, err)
	}
	for _, c := range []string{"!", "bm90IGpzb24", "eyJpIjoieCJ9"} { // not base64, not JSON, wrong type
		if err := DecodeCursor(c, &k); !errors.Is(err, chronicle.ErrInvalid) {
			t.Errorf("DecodeCursor(%q) error = %v; want ErrInvalid", c, err)
		}
	}
}

func FuzzDecodeCursor(f *testing.F) {
	for _, c := range []string{"", "!", EncodeCursor(SeekKey{Day: "2025-07-11", Doc: "a", Idx: 1}), "eyJkIjoiIn0"} {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, c string) {
		var k SeekKey
		if err := DecodeCursor(c, &k); err != nil {
			if !errors.Is(err, chronicle.ErrInvalid) {
				t.Errorf("DecodeCursor(%q) error = %v; want ErrInvalid", c, err)
			}
			return
		}
		var again SeekKey
		if err := DecodeCursor(EncodeCursor(k), &again); err != nil || again != k {
			t.Errorf("DecodeCursor(EncodeCursor(%+v)) = %+v, %v; want the key", k, again, err)
		}
	})
}

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"rare earth", []string{"rare", "earth"}},
		{`"AND" (OR) NEAR(a b)*`, []string{"AND", "OR", "NEAR", "a", "b"}},
		{"café 2025-07", []string{"café", "2025", "07"}},
		{" -*^ ", []string{}},
	} {
		if got := Words(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Words(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestPrefixEnd(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"USA", "USB"},
		{"CH", "CI"},
		{"a\x7f", ""},
		{"é", ""},
	} {
		if got := PrefixEnd(tc.in); got != tc.want {
			t.Errorf("PrefixEnd(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestDay(t *testing.T) {
	tm := time.Date(2025, 7, 11, 23, 30, 0, 0, time.FixedZone("X", -5*3600))
	if got := Day(tm); got != "2025-07-11" {
		t.Errorf("Day(%v) = %q; want 2025-07-11", tm, got)
	}
}

func TestSnippet(t *testing.T) {
	for _, tt := range []struct{ snippet, title, want string }{
		{"Blair rules out debate\n\nTony Blair has said he will not…", "Blair rules out debate", "Tony Blair has said he will not…"},
		{"…said he will not take part in a TV debate…", "Blair rules out debate", "…said he will not take part in a TV debate…"},
		{"Blair rules out debate", "Blair rules out debate", "Blair rules out debate"},
		{"Tony Blair has said", "", "Tony Blair has said"},
	} {
		if got := Snippet(tt.snippet, tt.title); got != tt.want {
			t.Errorf("Snippet(%q, %q) = %q; want %q", tt.snippet, tt.title, got, tt.want)
		}
	}
}
