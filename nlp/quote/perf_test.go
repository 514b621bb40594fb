package quote

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"chronicle"
	"chronicle/internal/stagetest"
	"chronicle/lexicon"
	"chronicle/nlp/entity"
	"chronicle/nlp/event"
	"chronicle/nlp/figure"
	"chronicle/nlp/ner"
	"chronicle/nlp/pos"
	"chronicle/nlp/sentence"
	"chronicle/nlp/timex"
	"chronicle/nlp/tokenize"
)

// This file guards the quote stage against superlinear regressions on one
// long document and pins its output on the seed and on BBC articles run
// through the real pipeline, so that speed-ups cannot change results
// (the checks themselves are in internal/stagetest).

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
	lex, err := lexicon.Default()
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
		{Name: "quote", Annotator: New(Options{})},
		{Name: "figure", Annotator: figure.New(figure.Options{})},
		{Name: "event", Annotator: event.New(event.Options{})},
	}, nil
})

// perf is this package's stage within the real pipeline.
var perf = stagetest.Stage{
	Name:   "quote",
	Stages: perfStages,
	Output: func(doc *chronicle.Document) any { return doc.Quotes },
}

// TestCorpusGolden pins a hash of this stage's output on the seed and on
// BBC politics articles 001 to 050, run through the real pipeline.
func TestCorpusGolden(t *testing.T) { perf.CorpusGolden(t, "testdata/corpus.golden", *update) }

// TestLongDocument checks that the stage stays linear on the seed
// repeated 200 times.
func TestLongDocument(t *testing.T) { perf.LongDocument(t) }

// BenchmarkAnnotateLongPipeline runs the stage on the seed repeated 200
// times, after the real earlier stages.
func BenchmarkAnnotateLongPipeline(b *testing.B) { perf.BenchLong(b) }

// BenchmarkQuotesBBC measures the stage's throughput on the 100 first BBC
// politics articles prepared by the real earlier stages (tags, mentions
// and entities, which the cue and end models read); only the quote stage
// is timed. It reports tokens/s and quotes/s besides bytes/s.
func BenchmarkQuotesBBC(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(stagetest.Shared(), "data", "corpus", "bbc-news", "politics", "*.txt"))
	if len(files) == 0 {
		b.Skip("BBC corpus not available: needs ../shared/data/corpus/bbc-news")
	}
	var docs []*chronicle.Document
	var a chronicle.Annotator
	size, tokens := 0, 0
	for _, f := range files[:min(len(files), 100)] {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc, qa := perf.Before(b, string(raw))
		docs, a = append(docs, doc), qa
		size += len(doc.Text)
		tokens += len(doc.Tokens)
	}
	ctx := context.Background()
	quotes := 0
	b.ReportAllocs()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		quotes = 0
		for _, d := range docs {
			if err := a.Annotate(ctx, d); err != nil {
				b.Fatal(err)
			}
			quotes += len(d.Quotes)
		}
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(tokens)/sec, "tokens/s")
	b.ReportMetric(float64(quotes)/sec, "quotes/s")
}
