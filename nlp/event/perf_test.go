package event

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"chronicle"
	"chronicle/clean"
	gaz "chronicle/lexicon"
	"chronicle/nlp/entity"
	"chronicle/nlp/figure"
	"chronicle/nlp/ner"
	"chronicle/nlp/pos"
	"chronicle/nlp/quote"
	"chronicle/nlp/sentence"
	"chronicle/nlp/timex"
	"chronicle/nlp/tokenize"
)

// This file guards the event stage against superlinear regressions on one
// long document and pins its output on the seed and on BBC articles run
// through the real pipeline, so that speed-ups cannot change results.

// perfStage is the name of this package's stage in perfStages.
const perfStage = "event"

// perfStages builds the real pipeline, in the CLI's order, once.
var perfStages = sync.OnceValues(func() ([]chronicle.Stage, error) {
	pt, err := pos.New()
	if err != nil {
		return nil, err
	}
	nt, err := ner.New()
	if err != nil {
		return nil, err
	}
	lex, err := gaz.Default()
	if err != nil {
		return nil, err
	}
	return []chronicle.Stage{
		{Name: "tokenize", Annotator: tokenize.Annotator{}},
		{Name: "sentence", Annotator: sentence.Annotator{}},
		{Name: "pos", Annotator: pos.Annotator{T: pt}},
		{Name: "ner", Annotator: ner.Annotator{T: nt}},
		{Name: "entity", Annotator: entity.New(lex, entity.Options{})},
		{Name: "timex", Annotator: timex.New(timex.Options{})},
		{Name: "quote", Annotator: quote.New(quote.Options{})},
		{Name: "figure", Annotator: figure.New(figure.Options{})},
		{Name: "event", Annotator: New(Options{})},
	}, nil
})

// perfBefore runs the pipeline on text (as a text article published on
// 2025-07-11, cleaned as the CLI does) up to this package's stage and
// returns the document and this package's stage.
func perfBefore(tb testing.TB, text string) (*chronicle.Document, chronicle.Annotator) {
	tb.Helper()
	stages, err := perfStages()
	if err != nil {
		tb.Fatal(err)
	}
	art := &chronicle.Article{Source: "perf", Format: chronicle.FormatText, Body: []byte(text),
		Meta: chronicle.Meta{Published: chronicle.Published{Value: "2025-07-11", Source: chronicle.DateUser}}}
	doc, err := clean.New(clean.Options{}).Prepare(context.Background(), art)
	if err != nil {
		tb.Fatal(err)
	}
	for _, s := range stages {
		if s.Name == perfStage {
			return doc, s.Annotator
		}
		if err := s.Annotator.Annotate(context.Background(), doc); err != nil {
			tb.Fatalf("%s: %v", s.Name, err)
		}
	}
	tb.Fatalf("no stage %q", perfStage)
	return nil, nil
}

// perfRun runs the pipeline on text up to and including this package's
// stage, and returns the document and the time the stage took.
func perfRun(tb testing.TB, text string) (*chronicle.Document, time.Duration) {
	tb.Helper()
	doc, a := perfBefore(tb, text)
	start := time.Now()
	if err := a.Annotate(context.Background(), doc); err != nil {
		tb.Fatalf("%s: %v", perfStage, err)
	}
	return doc, time.Since(start)
}

// perfShared returns the shared data directory (../shared from the
// directory holding go.mod).
func perfShared() string {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}

// perfSeed returns the seed article, or skips.
func perfSeed(tb testing.TB) string {
	raw, err := os.ReadFile(filepath.Join(perfShared(), "seed", "article.txt"))
	if err != nil {
		tb.Skipf("seed article not available (%v): needs ../shared/seed", err)
	}
	return string(raw)
}

// perfLong is the seed repeated n times, one newline apart (as the bench
// file big.txt is built).
func perfLong(tb testing.TB, n int) string {
	s := perfSeed(tb)
	return strings.Repeat(s+"\n", n-1) + s + "\n"
}

// TestCorpusGolden pins a hash of this stage's output on the seed and on
// BBC politics articles 001 to 050, run through the real pipeline.
func TestCorpusGolden(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline on 51 articles")
	}
	seed := perfSeed(t)
	texts := [][2]string{{"seed", seed}}
	dir := filepath.Join(perfShared(), "data", "corpus", "bbc-news", "politics")
	for i := 1; i <= 50; i++ {
		name := fmt.Sprintf("%03d.txt", i)
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Skipf("BBC corpus not available (%v): needs ../shared/data/corpus/bbc-news", err)
		}
		texts = append(texts, [2]string{name, string(raw)})
	}
	var got bytes.Buffer
	for _, tx := range texts {
		doc, _ := perfRun(t, tx[1])
		if err := doc.Check(); err != nil {
			t.Fatalf("%s: %v", tx[0], err)
		}
		out, err := json.Marshal(perfOutput(doc))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&got, "%s %x\n", tx[0], sha256.Sum256(out))
	}
	const path = "testdata/corpus.golden"
	if *update {
		if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("event output on the corpus differs from %s (run go test -update and review):\n%s", path, got.String())
	}
}

// TestLongDocument checks that the stage on the seed repeated 200 times
// takes at most 400 times as long as on the seed once: a linear stage
// takes about 200 times, a quadratic one about 40,000 times.
func TestLongDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline on the seed repeated 200 times")
	}
	seed := perfSeed(t)
	one := time.Duration(1<<63 - 1)
	for range 5 {
		_, d := perfRun(t, seed)
		one = min(one, d)
	}
	text := perfLong(t, 200)
	doc, long := perfRun(t, text)
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
	if _, d := perfRun(t, text); d < long {
		long = d // the better of two runs, as the machine may be busy
	}
	out, err := json.Marshal(perfOutput(doc))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("event: seed %v, seed×200 %v (%.0f×), output sha256 %x", one, long, float64(long)/float64(one), sha256.Sum256(out))
	if limit := 400 * one; long > limit && long > 100*time.Millisecond {
		t.Errorf("event on seed×200 took %v; want at most 400× the single seed (%v)", long, limit)
	}
}

// BenchmarkAnnotateLongPipeline runs the stage on the seed repeated 200
// times, after the real earlier stages.
func BenchmarkAnnotateLongPipeline(b *testing.B) {
	text := perfLong(b, 200)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		doc, a := perfBefore(b, text)
		b.StartTimer()
		if err := a.Annotate(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// perfOutput is the part of doc this stage writes.
func perfOutput(doc *chronicle.Document) any {
	return doc.Events
}
