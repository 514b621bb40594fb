package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"chronicle"
)

var (
	fuzzOnce sync.Once
	fuzzPipe *chronicle.Pipeline
	fuzzErr  error
)

// fuzzPipeline builds the default pipeline once for all fuzz inputs.
func fuzzPipeline(t testing.TB) *chronicle.Pipeline {
	fuzzOnce.Do(func() { fuzzPipe, fuzzErr = newPipeline(pipelineOptions{}) })
	if fuzzErr != nil {
		t.Fatal(fuzzErr)
	}
	return fuzzPipe
}

// FuzzPipeline runs the whole default pipeline on arbitrary bytes as text
// and as HTML: it must not panic, and every layer must keep the span
// invariants.
func FuzzPipeline(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seed.txt"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed, false)
	f.Add([]byte("<html><body><article><p>Rubio met Wang Yi on Thursday, 11/7. \"Good,\" he said.</p></article></body></html>"), true)
	f.Add([]byte("“Quote ‘inner’ …” — said Mr. X. U.S.-China ties; 145% $2.5bn\r\n\r\n![]() |\n"), false)
	f.Add([]byte("\xef\xbb\xbfBy Jane Doe, Reuters\n\nWASHINGTON (Reuters) - In early August, the talks resume."), false)
	p := fuzzPipeline(f)
	f.Fuzz(func(t *testing.T, body []byte, html bool) {
		a := &chronicle.Article{Source: "fuzz", Format: chronicle.FormatText, Body: body,
			Meta: chronicle.Meta{Published: chronicle.Published{Value: "2025-07-11", Source: chronicle.DateUser}}}
		if html {
			a.Format = chronicle.FormatHTML
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		doc, err := p.Run(ctx, a)
		if err != nil {
			return // rejected input is fine; a panic or a hang is not
		}
		if err := doc.Check(); err != nil {
			t.Fatalf("Run(%q): %v", body, err)
		}
		if err := eventRefs(doc); err != nil {
			t.Fatalf("Run(%q): %v", body, err)
		}
		for _, s := range doc.Sentences {
			if s.Zone == "" {
				t.Errorf("Run(%q): sentence [%d,%d) has no zone", body, s.Start, s.End)
			}
		}
	})
}

// TestHugeFileRefused checks that a 100 MB input is refused by its size with
// a clear error instead of being read into memory.
func TestHugeFileRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	_, stderr, code := run(t, "", "extract", path)
	if code != 1 {
		t.Fatalf("extract 100 MB file: exit %d; want 1; stderr:\n%s", code, stderr)
	}
	for _, want := range []string{"huge.txt", "exceeds"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("extract 100 MB file: stderr %q does not mention %q", stderr, want)
		}
	}
}
