package event

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"chronicle"
	"chronicle/internal/stagetest"
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

// perf is this package's stage within the real pipeline.
var perf = stagetest.Stage{
	Name:   "event",
	Stages: perfStages,
	Output: func(doc *chronicle.Document) any { return doc.Events },
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

// TestCover checks cover against a binary search for each span, with
// spans in and out of text order, nested and overlapping.
func TestCover(t *testing.T) {
	text := strings.Repeat("The minister met the envoy in Paris on Friday. ", 20)
	doc := &chronicle.Document{Text: text, Tokens: tokenize.Tokens(nil, text)}
	s := &state{doc: doc}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var spans [][2]int
		for range rng.IntN(12) {
			a := rng.IntN(len(text))
			spans = append(spans, [2]int{a, a + rng.IntN(60)})
		}
		if rng.IntN(2) == 0 {
			slices.SortFunc(spans, func(x, y [2]int) int { return x[0] - y[0] })
		}
		got := slices.Repeat([]int{-1}, len(doc.Tokens))
		s.cover(len(spans), func(k int) (int, int) { return spans[k][0], spans[k][1] }, got)
		want := slices.Repeat([]int{-1}, len(doc.Tokens))
		for k, sp := range spans {
			i, _ := slices.BinarySearchFunc(doc.Tokens, sp[0], func(t chronicle.Token, off int) int { return t.Start - off })
			for ; i < len(doc.Tokens) && doc.Tokens[i].End <= sp[1]; i++ {
				if want[i] < 0 {
					want[i] = k
				}
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("cover(%v) = %v; want %v", spans, got, want)
		}
	}
}
