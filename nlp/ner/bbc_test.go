package ner

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"chronicle"
	"chronicle/nlp/pos"
	"chronicle/nlp/sentence"
	"chronicle/nlp/tokenize"
)

// BenchmarkBBC finds the names of the 2,225 BBC News articles (raw text,
// tokenised, split and POS-tagged beforehand) through the Annotator.
func BenchmarkBBC(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(sharedData(b, "corpus/bbc-news"), "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("BBC News corpus not available; skipping")
	}
	p, n := models(b)
	ctx := context.Background()
	var docs []*chronicle.Document
	toks := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		tt := tokenize.Tokens(nil, text)
		d := &chronicle.Document{Text: text, Tokens: tt, Sentences: sentence.Split(text, tt)}
		if err := (pos.Annotator{T: p}).Annotate(ctx, d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		toks += len(tt)
	}
	a := Annotator{T: n}
	total := 0
	b.ReportAllocs()
	cpu0 := cpuTime()
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
