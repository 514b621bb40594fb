package timex

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sharedDir returns ../shared relative to the repository root (the
// directory holding go.mod), or "" when it does not exist.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	s := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(s); err != nil {
		return ""
	}
	return s
}

func seedDoc(t *testing.T, published string) *chronicle.Document {
	t.Helper()
	sh := sharedDir(t)
	if sh == "" {
		t.Skip("../shared not found: seed article unavailable")
	}
	b, err := os.ReadFile(filepath.Join(sh, "seed", "article.txt"))
	if err != nil {
		t.Skipf("seed article unavailable: %v", err)
	}
	doc := &chronicle.Document{Text: string(b)}
	if published != "" {
		doc.Meta.Published = chronicle.Published{Value: published, Source: chronicle.DateUser}
	}
	return doc
}

func TestSeed(t *testing.T) {
	doc := seedDoc(t, "2025-07-11")
	if err := New(Options{}).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
	want := []struct{ text, typ, val, mod string }{
		{"Thursday", "DATE", "2025-07-10", ""},
		{"January", "DATE", "2025-01", ""},
		{"11/7", "DATE", "2025-07-11", ""},
		{"this year", "DATE", "2025", ""},
		{"May", "DATE", "2025-05", ""},
		{"This week", "DATE", "2025-W28", ""},
		{"early August", "DATE", "2025-08", "START"},
	}
	for _, w := range want {
		found := false
		for _, x := range doc.Timexes {
			if x.Text == w.text {
				found = true
				if x.Type != w.typ || x.Value != w.val || x.Mod != w.mod {
					t.Errorf("seed %q = %s %s %q; want %s %s %q", w.text, x.Type, x.Value, x.Mod, w.typ, w.val, w.mod)
				}
			}
		}
		if !found {
			t.Errorf("seed: %q not found in %s", w.text, show(doc.Timexes))
		}
	}
	for _, x := range doc.Timexes {
		if strings.Contains(x.Text, "second") || x.Text == "term" {
			t.Errorf("seed: %q is not a date", x.Text)
		}
	}
	conflict := false
	for _, w := range doc.Warnings {
		if w.Code == "date-conflict" && strings.Contains(w.Message, "Thursday") && strings.Contains(w.Message, "11/7") {
			conflict = true
		}
		if w.Code == "ambiguous-date" {
			t.Errorf("seed: unexpected warning %s: %s", w.Code, w.Message)
		}
	}
	if !conflict {
		t.Errorf("seed: no date-conflict warning between Thursday and 11/7 in %v", doc.Warnings)
	}
	golden(t, "seed.golden.json", struct {
		Timexes  []chronicle.Timex   `json:"timexes"`
		Warnings []chronicle.Warning `json:"warnings"`
	}{doc.Timexes, doc.Warnings})
}

// TestSeedUnpublished: the seed states no year anywhere and, without the
// entity stage, no person with a title dates it, so no publication date
// can be inferred; relative dates stay unresolved. (Through the whole
// pipeline the titles infer 2025-07-11: cmd/chronicle/published_test.go.)
func TestSeedUnpublished(t *testing.T) {
	doc := seedDoc(t, "")
	if err := New(Options{}).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Published.Value != "" || doc.Meta.Published.Source != chronicle.DateNone {
		t.Errorf("seed without date: published = %+v; want empty with source none", doc.Meta.Published)
	}
	for _, x := range doc.Timexes {
		if x.Text == "Thursday" && x.Value != "XXXX-WXX-4" {
			t.Errorf("seed without date: Thursday = %s; want XXXX-WXX-4", x.Value)
		}
	}
}

func TestInferPublished(t *testing.T) {
	tg := New(Options{})
	cases := []struct {
		text, url, want string
		src             chronicle.DateSource
	}{
		// A full date the text states is an event's, not the text's.
		{"The minister spoke on July 10, 2025. He will travel on Aug. 3, 2025.", "", "", chronicle.DateNone},
		{"Leo was born on 20 May, 2000. Gordon Brown became chancellor in 1997.", "", "", chronicle.DateNone},
		{"Nothing dated here.", "https://example.com/2024/03/05/story.html", "2024-03-05", chronicle.DateURL},
		{"In May the talks stalled.", "", "", chronicle.DateNone},
	}
	bad := &chronicle.Document{Text: "It was signed on July 4, 2025.", Meta: chronicle.Meta{Published: chronicle.Published{Value: "July 2025", Source: chronicle.DateMeta}}}
	if err := tg.Annotate(context.Background(), bad); err != nil {
		t.Fatal(err)
	}
	if bad.Meta.Published.Value != "July 2025" || bad.Meta.Published.Source != chronicle.DateMeta {
		t.Errorf("Annotate with an unparsable date changed it to %+v", bad.Meta.Published)
	}
	for _, c := range cases {
		doc := &chronicle.Document{Text: c.text, Meta: chronicle.Meta{URL: c.url}}
		if err := tg.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if doc.Meta.Published.Value != c.want || doc.Meta.Published.Source != c.src {
			t.Errorf("Annotate(%q, %q): published = %+v; want %s from %s", c.text, c.url, doc.Meta.Published, c.want, c.src)
		}
		inferred := false
		for _, w := range doc.Warnings {
			inferred = inferred || w.Code == "published-inferred"
		}
		if inferred != (c.want != "") {
			t.Errorf("Annotate(%q): published-inferred warning = %v; want %v", c.text, inferred, c.want != "")
		}
	}
}

func TestAmbiguousDate(t *testing.T) {
	tg := New(Options{})
	cases := []struct {
		text, url, val string
		warn           bool
	}{
		// nothing decides between 3 April and 4 March, both months away
		{"The plan was agreed on 3/4.", "", "2025-03-04", true},
		// another date in the text is day/month
		{"The plan was agreed on 3/4. The vote followed on 25/4.", "", "2025-04-03", false},
		// a day/month country domain
		{"The plan was agreed on 3/4.", "https://news.example.vn/a.html", "2025-04-03", false},
		// the weekday named with it: 4 March 2025 was a Tuesday
		{"The plan was agreed on Tuesday 3/4.", "", "2025-03-04", false},
	}
	for _, c := range cases {
		doc := &chronicle.Document{Text: c.text, Meta: chronicle.Meta{URL: c.url, Published: chronicle.Published{Value: "2025-07-11", Source: chronicle.DateUser}}}
		if err := tg.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Timexes) == 0 || doc.Timexes[0].Value != c.val {
			t.Errorf("Annotate(%q, %q) = %s; want %s", c.text, c.url, show(doc.Timexes), c.val)
		}
		warned := false
		for _, w := range doc.Warnings {
			warned = warned || w.Code == "ambiguous-date"
		}
		if warned != c.warn {
			t.Errorf("Annotate(%q, %q): ambiguous-date warning = %v; want %v", c.text, c.url, warned, c.warn)
		}
	}
}

func TestConflict(t *testing.T) {
	tg := New(Options{})
	cases := []struct {
		text string
		want bool
	}{
		{"The ministers' meeting took place on Thursday. Photo: the meeting on 11/7.", true},
		{"The meeting took place on Thursday. Photo: the meeting on 10/7.", false},
		{"The vote was on Monday and the meeting on Thursday.", false},
		{"The summit was held on Friday, July 10, 2025.", true},
	}
	for _, c := range cases {
		doc := &chronicle.Document{Text: c.text, Meta: chronicle.Meta{URL: "https://example.vn/", Published: chronicle.Published{Value: "2025-07-11", Source: chronicle.DateUser}}}
		if err := tg.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		got := false
		for _, w := range doc.Warnings {
			got = got || w.Code == "date-conflict"
		}
		if got != c.want {
			t.Errorf("Annotate(%q): date-conflict = %v; want %v (timexes %s, warnings %v)", c.text, got, c.want, show(doc.Timexes), doc.Warnings)
		}
	}
}

func golden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the output; run go test -update and review the diff\ngot:\n%s", path, got)
	}
}
