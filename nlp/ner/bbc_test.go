package ner

import (
	"context"
	"testing"

	"chronicle/internal/cputime"
	"chronicle/internal/stagetest"
	"chronicle/nlp/pos"
)

// BenchmarkBBC finds the names of the 2,225 BBC News articles (raw text,
// tokenised, split and POS-tagged beforehand) through the Annotator.
func BenchmarkBBC(b *testing.B) {
	docs := stagetest.BBCDocuments(b)
	p, n := models(b)
	ctx := context.Background()
	toks := 0
	for _, d := range docs {
		if err := (pos.Annotator{T: p}).Annotate(ctx, d); err != nil {
			b.Fatal(err)
		}
		toks += len(d.Tokens)
	}
	a := Annotator{T: n}
	total := 0
	b.ReportAllocs()
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, d := range docs {
			d.Mentions = d.Mentions[:0]
			if err := a.Annotate(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
		total += toks
	}
	reportThroughput(b, total, cpu0)
}
