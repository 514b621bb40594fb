package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"chronicle"
)

// TestMergeSeed ingests the seed twice and a wire copy of it (a new
// headline line and a dateline) through Run: one article group, one
// merged event per real event, each with two sources; then exports every
// format.
func TestMergeSeed(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cp := filepath.Join(dir, "copy.txt")
	if err := os.WriteFile(cp, []byte("Rubio and Wang Yi hold first talks in Kuala Lumpur\nKUALA LUMPUR (AFP) - "+string(seed)), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "chronicle.db")
	if _, stderr, code := run(t, "", "ingest", "--db", db, "--published", "2025-07-11", "../../testdata/seed.txt", "../../testdata/seed.txt", cp); code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, stderr)
	}
	lines := func(args ...string) []string {
		t.Helper()
		out, stderr, code := run(t, "", append(args, "--db", db)...)
		if code != 0 {
			t.Fatalf("%q: exit %d\n%s", args, code, stderr)
		}
		return strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	}

	groups := map[string]bool{}
	arts := lines("search", "--json")
	for _, l := range arts {
		var h chronicle.ArticleHit
		if err := json.Unmarshal([]byte(l), &h); err != nil {
			t.Fatalf("search line %q: %v", l, err)
		}
		groups[h.Group] = true
	}
	if len(arts) != 2 || len(groups) != 1 {
		t.Fatalf("search: %d articles in %d groups; want 2 in 1:\n%s", len(arts), len(groups), strings.Join(arts, "\n"))
	}

	reports := lines("events", "--reports", "--json")
	perDoc := map[string]int{}
	for _, l := range reports {
		var h chronicle.EventHit
		if err := json.Unmarshal([]byte(l), &h); err != nil {
			t.Fatalf("events --reports line %q: %v", l, err)
		}
		perDoc[h.Document]++
	}
	if len(perDoc) != 2 {
		t.Fatalf("events --reports: reports from %d documents; want 2", len(perDoc))
	}
	// One merged event per event of the seed: the copy's headline may
	// restate one of them as a further report.
	n := len(reports)
	for _, k := range perDoc {
		n = min(n, k)
	}
	merged := lines("events", "--json")
	if len(merged) != n {
		t.Errorf("events: %d merged events; want %d (one per event of the seed; reports per document %v)", len(merged), n, perDoc)
	}
	for _, l := range merged {
		var m chronicle.MergedEvent
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("events line %q: %v", l, err)
		}
		if m.Sources != 2 || m.Groups != 1 || len(m.Mentions) < 2 {
			t.Errorf("merged %s %s: sources %d, groups %d, reports %d; want 2, 1, at least 2", m.ID, m.Type, m.Sources, m.Groups, len(m.Mentions))
		}
	}
	if table := strings.Join(lines("events"), "\n"); !strings.Contains(table, "SOURCES") {
		t.Errorf("events table lacks a SOURCES column:\n%s", table)
	}

	// PLOVER: one record per merged event, planned cooperation as AGREE.
	for _, l := range lines("export", "--format", "plover") {
		var r struct {
			ID            string   `json:"id"`
			Event         []string `json:"event"`
			ChronicleType string   `json:"chronicle_type"`
			Status        string   `json:"status"`
			Sources       int      `json:"sources"`
			Actor         []struct{ Code string }
		}
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("plover line %q: %v", l, err)
		}
		if len(r.Event) != 1 || r.Sources != 2 {
			t.Errorf("plover %s: event %q, sources %d; want one type, 2 sources", r.ID, r.Event, r.Sources)
		}
		if r.Status == "planned" && (r.ChronicleType == "CONSULT" || r.ChronicleType == "COOPERATE") && r.Event[0] != "AGREE" {
			t.Errorf("plover %s: planned %s exported as %q; want AGREE", r.ID, r.ChronicleType, r.Event)
		}
	}
	if got := len(lines("export", "--format", "plover")); got != n {
		t.Errorf("export plover: %d records; want %d", got, n)
	}
	gd := lines("export", "--format", "gdelt")
	if len(gd) != n+1 || !strings.HasPrefix(gd[0], "GLOBALEVENTID\t") {
		t.Errorf("export gdelt: %d lines; want a header and %d rows", len(gd), n)
	}
	for _, l := range gd {
		if f := strings.Split(l, "\t"); len(f) != len(gdeltHeader) {
			t.Errorf("export gdelt row has %d fields; want %d: %q", len(f), len(gdeltHeader), l)
		}
	}
	out, _, _ := run(t, "", "export", "--db", db, "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != n+1 || recs[0][0] != "id" {
		t.Errorf("export csv: %d records, %v; want a header and %d rows", len(recs), err, n)
	}
	ld := lines("export", "--format", "jsonld")
	based := 0
	for _, l := range ld {
		var a map[string]any
		if err := json.Unmarshal([]byte(l), &a); err != nil || a["@type"] != "NewsArticle" || a["@context"] != "https://schema.org" {
			t.Errorf("export jsonld line %.80q: %v; want a schema.org NewsArticle", l, err)
		}
		if a["isBasedOn"] != nil {
			based++
		}
	}
	if len(ld) != 2 || based != 1 {
		t.Errorf("export jsonld: %d articles, %d based on another; want 2, 1", len(ld), based)
	}
}

// BenchmarkIngestBBC ingests the first 200 BBC business articles of the
// shared corpus into a new SQLite file through `chronicle ingest` (whole
// pipeline, grouping and merging included) and reports articles per
// second, with one worker per CPU of -cpu (-cpu 1,2 shows the scaling).
func BenchmarkIngestBBC(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "corpus", "bbc-news", "business")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skipf("no BBC corpus at %s", dir)
	}
	files = files[:min(200, len(files))]
	b.ReportAllocs()
	var n int
	start := time.Now()
	for b.Loop() {
		db := filepath.Join(b.TempDir(), "bbc.db")
		e, _, stderr := testEnv()
		args := append([]string{"--db", db, "--workers", strconv.Itoa(runtime.GOMAXPROCS(0))}, files...)
		if err := runIngest(context.Background(), e, args); err != nil {
			b.Fatalf("ingest: %v\n%s", err, stderr)
		}
		n += len(files)
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
}
