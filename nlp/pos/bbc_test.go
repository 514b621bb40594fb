package pos

import (
	"context"
	"testing"

	"chronicle/internal/cputime"
	"chronicle/internal/stagetest"
)

// BenchmarkBBC tags the 2,225 BBC News articles through the Annotator,
// news text being what the pipeline tags (CoNLL valid, BenchmarkPOS, has
// more capitalised and numeric tokens).
func BenchmarkBBC(b *testing.B) {
	docs := stagetest.BBCDocuments(b)
	tg, err := New()
	if err != nil {
		b.Fatal(err)
	}
	a := Annotator{T: tg}
	toks := 0
	b.ReportAllocs()
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, d := range docs {
			if err := a.Annotate(context.Background(), d); err != nil {
				b.Fatal(err)
			}
			toks += len(d.Tokens)
		}
	}
	reportThroughput(b, toks, cpu0)
}
