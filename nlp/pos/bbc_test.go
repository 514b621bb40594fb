package pos

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"chronicle"
	"chronicle/nlp/sentence"
	"chronicle/nlp/tokenize"
)

// bbcDocuments returns the BBC News articles tokenised and split into
// sentences (raw text, not cleaned), or skips b when they are missing.
func bbcDocuments(b *testing.B) []*chronicle.Document {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(sharedData(b, "corpus/bbc-news"), "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("BBC News corpus not available; skipping")
	}
	var docs []*chronicle.Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		toks := tokenize.Tokens(nil, text)
		docs = append(docs, &chronicle.Document{Text: text, Tokens: toks, Sentences: sentence.Split(text, toks)})
	}
	return docs
}

// BenchmarkBBC tags the 2,225 BBC News articles through the Annotator,
// news text being what the pipeline tags (CoNLL valid, BenchmarkPOS, has
// more capitalised and numeric tokens).
func BenchmarkBBC(b *testing.B) {
	docs := bbcDocuments(b)
	tg, err := New()
	if err != nil {
		b.Fatal(err)
	}
	a := Annotator{T: tg}
	toks := 0
	b.ReportAllocs()
	cpu0 := cpuTime()
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
