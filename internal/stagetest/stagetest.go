// Package stagetest holds the checks that keep an annotation stage linear
// on long documents and its output pinned on real articles, shared by the
// tests of the stages that run after the statistical models (entity,
// quote, event). It is imported only by tests.
//
// A Stage names the stage under test and the whole pipeline in the CLI's
// order; the caller builds that pipeline, because a stage's own tests
// cannot import a package that imports the stage. Every text runs as a
// text article published on 2025-07-11 and cleaned as the CLI does. The
// checks skip when ../shared (the seed and the BBC corpus) is absent.
package stagetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"chronicle"
	"chronicle/clean"
	"chronicle/nlp/sentence"
	"chronicle/nlp/tokenize"
)

// A Stage is the stage under test within the whole pipeline.
type Stage struct {
	Name   string                            // the stage's name in Stages
	Stages func() ([]chronicle.Stage, error) // the pipeline in the CLI's order, built once by the caller
	Output func(doc *chronicle.Document) any // the part of doc the stage writes
}

// Before runs the pipeline on text up to, not including, the stage and
// returns the document and the stage's annotator.
func (s Stage) Before(tb testing.TB, text string) (*chronicle.Document, chronicle.Annotator) {
	tb.Helper()
	stages, err := s.Stages()
	if err != nil {
		tb.Fatal(err)
	}
	art := &chronicle.Article{Source: "stagetest", Format: chronicle.FormatText, Body: []byte(text),
		Meta: chronicle.Meta{Published: chronicle.Published{Value: "2025-07-11", Source: chronicle.DateUser}}}
	doc, err := clean.New(clean.Options{}).Prepare(context.Background(), art)
	if err != nil {
		tb.Fatal(err)
	}
	for _, st := range stages {
		if st.Name == s.Name {
			return doc, st.Annotator
		}
		if err := st.Annotator.Annotate(context.Background(), doc); err != nil {
			tb.Fatalf("%s: %v", st.Name, err)
		}
	}
	tb.Fatalf("no stage %q in the pipeline", s.Name)
	return nil, nil
}

// Run runs the pipeline on text up to and including the stage and returns
// the document and the time the stage took.
func (s Stage) Run(tb testing.TB, text string) (*chronicle.Document, time.Duration) {
	tb.Helper()
	doc, a := s.Before(tb, text)
	start := time.Now()
	if err := a.Annotate(context.Background(), doc); err != nil {
		tb.Fatalf("%s: %v", s.Name, err)
	}
	return doc, time.Since(start)
}

// Shared returns the shared data directory: ../shared from the directory
// holding go.mod.
func Shared() string {
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

// Seed returns the seed article, or skips.
func Seed(tb testing.TB) string {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(Shared(), "seed", "article.txt"))
	if err != nil {
		tb.Skipf("seed article not available (%v): needs ../shared/seed", err)
	}
	return string(raw)
}

// BBCDocuments returns the 2,225 BBC News articles as raw text with their
// tokens and sentences (the input of the tagging stages), or skips tb
// when the corpus is missing.
func BBCDocuments(tb testing.TB) []*chronicle.Document {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(Shared(), "data", "corpus", "bbc-news", "*", "*.txt"))
	if len(files) == 0 {
		tb.Skip("BBC News corpus not available: needs ../shared/data/corpus/bbc-news")
	}
	docs := make([]*chronicle.Document, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		text := string(data)
		toks := tokenize.Tokens(nil, text)
		docs = append(docs, &chronicle.Document{Text: text, Tokens: toks, Sentences: sentence.Split(text, toks)})
	}
	return docs
}

// Long is the seed repeated n times, one newline apart (as the bench file
// big.txt is built).
func Long(tb testing.TB, n int) string {
	tb.Helper()
	s := Seed(tb)
	return strings.Repeat(s+"\n", n-1) + s + "\n"
}

// CorpusGolden pins a hash of the stage's output on the seed and on BBC
// politics articles 001 to 050 in the golden file path (rewritten when
// update is set).
func (s Stage) CorpusGolden(t *testing.T, path string, update bool) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the whole pipeline on 51 articles")
	}
	texts := [][2]string{{"seed", Seed(t)}}
	dir := filepath.Join(Shared(), "data", "corpus", "bbc-news", "politics")
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
		doc, _ := s.Run(t, tx[1])
		if err := doc.Check(); err != nil {
			t.Fatalf("%s: %v", tx[0], err)
		}
		fmt.Fprintf(&got, "%s %x\n", tx[0], s.hash(t, doc))
	}
	if update {
		if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("%s output on the corpus differs from %s (run go test -update and review):\n%s", s.Name, path, got.String())
	}
}

// LongDocument checks that the stage is linear in the length of a
// document: on the seed repeated 200 times it must take at most 8 times
// as long as on the seed repeated 50 times (linear: 4×, quadratic: 16×).
// Both documents are long, so they meet the same cache effects, and each
// is timed as the best of several runs, as the machine may be busy.
func (s Stage) LongDocument(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the whole pipeline on the seed repeated 50 and 200 times")
	}
	best := func(text string, runs int) (*chronicle.Document, time.Duration) {
		var doc *chronicle.Document
		d := time.Duration(1<<63 - 1)
		for range runs {
			var took time.Duration
			doc, took = s.Run(t, text)
			d = min(d, took)
		}
		return doc, d
	}
	_, short := best(Long(t, 50), 3)
	doc, long := best(Long(t, 200), 3)
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
	ratio := float64(long) / float64(short)
	t.Logf("%s: seed×50 %v, seed×200 %v (%.1f×), output sha256 %x", s.Name, short, long, ratio, s.hash(t, doc))
	// Linear is 4×, quadratic 16×; a loaded machine (CI runs packages
	// side by side) has given 8.4× for a linear stage.
	if ratio > 10 && long > 100*time.Millisecond {
		t.Errorf("%s on seed×200 took %v, %.1f× seed×50 (%v); want at most 10× (linear is 4×, quadratic 16×): quadratic?", s.Name, long, ratio, short)
	}
}

// BenchLong runs the stage on the seed repeated 200 times, after the real
// earlier stages (which are not timed).
func (s Stage) BenchLong(b *testing.B) {
	text := Long(b, 200)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		doc, a := s.Before(b, text)
		b.StartTimer()
		if err := a.Annotate(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// hash returns the SHA-256 of the stage's output on doc as JSON.
func (s Stage) hash(tb testing.TB, doc *chronicle.Document) [32]byte {
	out, err := json.Marshal(s.Output(doc))
	if err != nil {
		tb.Fatal(err)
	}
	return sha256.Sum256(out)
}

// Segmented returns a document of text published on date, with tokens and
// sentences, for fuzz targets that make up the layers between (tags,
// mentions) themselves; false when text is no valid UTF-8 (documents are:
// the preparer guarantees it) or segmenting fails.
func Segmented(text, date string) (*chronicle.Document, bool) {
	if !utf8.ValidString(text) {
		return nil, false
	}
	doc := &chronicle.Document{Text: text, Meta: chronicle.Meta{Published: chronicle.Published{Value: date}}}
	for _, st := range []chronicle.Annotator{tokenize.Annotator{}, sentence.Annotator{}} {
		if err := st.Annotate(context.Background(), doc); err != nil {
			return nil, false
		}
	}
	return doc, true
}

// CrudeTags tags doc's tokens as a fuzz target needs them, without a
// tagger: punctuation ".", a capitalised word "NNP" (and name is called
// with its index, to make a mention of it), "said" and words in -ed
// "VBD", subject pronouns and "who" "PRP", any other word "NN".
func CrudeTags(doc *chronicle.Document, name func(i int)) {
	for i, tk := range doc.Tokens {
		w := doc.Text[tk.Start:tk.End]
		switch {
		case tk.Kind != chronicle.TokenWord:
			doc.Tokens[i].Tag = "."
		case w[0] >= 'A' && w[0] <= 'Z':
			doc.Tokens[i].Tag = "NNP"
			name(i)
		case w == "said" || len(w) > 2 && w[len(w)-2:] == "ed":
			doc.Tokens[i].Tag = "VBD"
		case w == "he" || w == "she" || w == "it" || w == "they" || w == "who":
			doc.Tokens[i].Tag = "PRP"
		default:
			doc.Tokens[i].Tag = "NN"
		}
	}
}
