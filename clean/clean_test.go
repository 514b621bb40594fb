package clean_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
	"chronicle/clean"
)

var update = flag.Bool("update", false, "rewrite golden files")

func prepare(t testing.TB, format chronicle.Format, body string) *chronicle.Document {
	t.Helper()
	doc, err := clean.New(clean.Options{}).Prepare(context.Background(), &chronicle.Article{Source: "test", Format: format, Body: []byte(body)})
	if err != nil {
		t.Fatalf("Prepare(%q): %v", abbrev(body), err)
	}
	checkDoc(t, doc, []byte(body))
	return doc
}

// checkDoc verifies the span invariants, that zones cover every line of the
// text, and that every segment maps text bytes to identical source bytes.
func checkDoc(t testing.TB, doc *chronicle.Document, src []byte) {
	t.Helper()
	if err := doc.Check(); err != nil {
		t.Fatalf("Check: %v", err)
	}
	covered := make([]bool, len(doc.Text))
	for _, z := range doc.Zones {
		if z.Start == z.End {
			t.Errorf("empty zone %+v", z)
		}
		for i := z.Start; i < z.End; i++ {
			covered[i] = true
		}
	}
	for i := range covered {
		if !covered[i] && doc.Text[i] != '\n' {
			t.Fatalf("byte %d (%q) of the text is in no zone", i, doc.Text[i])
		}
	}
	if len(doc.Segments) == 1 && doc.Segments[0].End == len(src) {
		return // Raw: the text is the input
	}
	if strings.Contains(doc.Text, "\n\n\n") || strings.HasPrefix(doc.Text, "\n") || strings.HasSuffix(doc.Text, "\n") {
		t.Errorf("text has stray line breaks: %q", abbrev(doc.Text))
	}
	prev := 0
	for _, s := range doc.Segments {
		if s.Start < prev || s.End < s.Start || s.End > len(doc.Text) || s.Source < 0 || s.Source+s.End-s.Start > len(src) {
			t.Fatalf("segment %+v out of order or range", s)
		}
		if got, want := doc.Text[s.Start:s.End], string(src[s.Source:s.Source+s.End-s.Start]); got != want {
			t.Fatalf("segment %+v: text %q; source %q", s, got, want)
		}
		prev = s.End
	}
	if doc.ID == "" {
		t.Errorf("no ID")
	}
}

func abbrev(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// zoneTexts lists the zones of doc as "kind: text".
func zoneTexts(doc *chronicle.Document) []string {
	var out []string
	for _, z := range doc.Zones {
		out = append(out, string(z.Kind)+": "+doc.Text[z.Start:z.End])
	}
	return out
}

type golden struct {
	ID    string         `json:"id"`
	Text  string         `json:"text"`
	Zones []string       `json:"zones"`
	Meta  chronicle.Meta `json:"meta"`
}

func TestSeedGolden(t *testing.T) {
	src, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := prepare(t, chronicle.FormatText, string(src))
	got, err := json.MarshalIndent(golden{doc.ID, doc.Text, zoneTexts(doc), doc.Meta}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "seed.golden.json")
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
		t.Errorf("Prepare(seed) differs from %s; run go test -update and review the diff:\n%s", path, got)
	}

	// What the product requires of the seed, independent of the golden.
	m := doc.Meta
	if strings.Join(m.Authors, "|") != "Pham Giang" || strings.Join(m.Wire, "|") != "AFP" {
		t.Errorf("seed authors %q, wire %q; want [Pham Giang], [AFP]", m.Authors, m.Wire)
	}
	if len(m.Captions) != 2 || m.Captions[0].Credit != "AP" || m.Captions[1].Credit != "AFP" {
		t.Errorf("seed captions %+v; want two, credited AP and AFP", m.Captions)
	}
	for _, c := range m.Captions {
		if n := strings.Count(doc.Text, c.Text); n != 1 {
			t.Errorf("caption %q appears %d times in the text; want 1", c.Text, n)
		}
		if strings.Contains(c.Text, "Photo") {
			t.Errorf("caption %q contains its credit", c.Text)
		}
	}
	if strings.Contains(doc.Text, "![") || strings.Contains(doc.Text, "|") {
		t.Errorf("seed text keeps debris: %q", doc.Text)
	}
	if m.Title != "" || m.Language != "en" || m.Published.Source != chronicle.DateNone {
		t.Errorf("seed title %q, language %q, published %+v; want no title, en, none", m.Title, m.Language, m.Published)
	}
	kinds := map[chronicle.ZoneKind]int{}
	for _, z := range doc.Zones {
		kinds[z.Kind]++
	}
	if kinds[chronicle.ZoneCaption] != 2 || kinds[chronicle.ZoneCredit] != 2 || kinds[chronicle.ZoneByline] != 1 || kinds[chronicle.ZoneTitle] != 0 {
		t.Errorf("seed zones %v; want 2 captions, 2 credits, 1 byline, no title", kinds)
	}
}

func TestSeedCRLFAndBOM(t *testing.T) {
	src, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	plain := prepare(t, chronicle.FormatText, string(src))
	crlf := "\ufeff" + strings.ReplaceAll(string(src), "\n", "\r\n")
	doc := prepare(t, chronicle.FormatText, crlf)
	if doc.Text != plain.Text || doc.ID != plain.ID {
		t.Errorf("Prepare(BOM + CRLF seed) text differs from Prepare(seed)")
	}
	if doc.Segments[0].Source != len("\ufeff") {
		t.Errorf("first segment %+v; want source offset after the BOM", doc.Segments[0])
	}
}

func TestRaw(t *testing.T) {
	for _, body := range []string{"", "plain", "\ufeffBOM kept\r\nand CRLF\r\n", "![]() |\n"} {
		doc, err := clean.Raw(&chronicle.Article{Source: "x", Body: []byte(body)})
		if err != nil {
			t.Fatalf("Raw(%q): %v", body, err)
		}
		if doc.Text != body {
			t.Errorf("Raw(%q).Text = %q; want the input byte for byte", body, doc.Text)
		}
		checkDoc(t, doc, []byte(body))
		if body != "" && (len(doc.Zones) != 1 || doc.Zones[0].Kind != chronicle.ZoneBody) {
			t.Errorf("Raw(%q).Zones = %+v; want one body zone", body, doc.Zones)
		}
	}
	_, err := clean.Raw(&chronicle.Article{Source: "bad.txt", Body: []byte("ok\xffno")})
	var ce *clean.Error
	if !errors.Is(err, clean.ErrNotUTF8) || !errors.As(err, &ce) || ce.Offset != 2 || ce.Source != "bad.txt" {
		t.Fatalf("Raw(invalid UTF-8) error = %v; want ErrNotUTF8 at byte 2 of bad.txt", err)
	}
	if want := "clean: raw bad.txt: not valid UTF-8 at byte 2"; err.Error() != want {
		t.Errorf("Raw(invalid UTF-8) error = %q; want %q", err, want)
	}
}

func TestPrepareErrors(t *testing.T) {
	tests := []struct {
		name   string
		format chronicle.Format
		body   string
		want   error
	}{
		{"empty", chronicle.FormatText, "", clean.ErrNoContent},
		{"white space", chronicle.FormatText, " \n\t\r\n\u00a0\n", clean.ErrNoContent},
		{"only debris", chronicle.FormatText, "![]() |\n|\n---\n", clean.ErrNoContent},
		{"control characters", chronicle.FormatText, "\x00\x01\x02\n\x03", clean.ErrNoContent},
		{"binary", chronicle.FormatText, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", clean.ErrNotUTF8},
		{"html empty", chronicle.FormatHTML, "", clean.ErrNoContent},
		{"html no content", chronicle.FormatHTML, "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>", clean.ErrNoContent},
		{"html binary", chronicle.FormatHTML, "\x00\x01\x02\x03", clean.ErrNoContent},
		{"unknown format", "pdf", "text", clean.ErrFormat},
	}
	for _, tt := range tests {
		_, err := clean.New(clean.Options{}).Prepare(context.Background(), &chronicle.Article{Source: "src", Format: tt.format, Body: []byte(tt.body)})
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: Prepare(%q) error = %v; want %v", tt.name, tt.body, err, tt.want)
			continue
		}
		var ce *clean.Error
		if !errors.As(err, &ce) || ce.Source != "src" {
			t.Errorf("%s: Prepare(%q) error = %v; want a *clean.Error naming src", tt.name, tt.body, err)
		}
	}
	_, err := clean.New(clean.Options{MaxBytes: 10}).Prepare(context.Background(), &chronicle.Article{Body: []byte("eleven bytes")})
	if !errors.Is(err, clean.ErrTooLarge) {
		t.Errorf("Prepare(over MaxBytes) error = %v; want ErrTooLarge", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := clean.New(clean.Options{}).Prepare(ctx, &chronicle.Article{Body: []byte("text")}); !errors.Is(err, context.Canceled) {
		t.Errorf("Prepare(cancelled) error = %v; want context.Canceled", err)
	}
}

// TestPrepareConcurrent shares one Cleaner between goroutines; run it with
// -race.
func TestPrepareConcurrent(t *testing.T) {
	src, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	c := clean.New(clean.Options{})
	want := prepare(t, chronicle.FormatText, string(src)).Text
	errs := make(chan error, 8)
	for i := range 8 {
		go func() {
			a := &chronicle.Article{Format: chronicle.FormatText, Body: src}
			if i%2 == 1 {
				a = &chronicle.Article{Format: chronicle.FormatHTML, Body: []byte(page(""))}
			}
			doc, err := c.Prepare(context.Background(), a)
			if err == nil && a.Format == chronicle.FormatText && doc.Text != want {
				err = errors.New("text differs between goroutines")
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
