package ner

import (
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
	"chronicle/nlp/pos"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("%s line %d = %q; want %q", path, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%s: %d lines; want %d", path, len(gl), len(wl))
	}
}

// documentFromSentences joins the words of sents with spaces into a
// Document, one Sentence per slice of words.
func documentFromSentences(sents [][]string) *chronicle.Document {
	doc := &chronicle.Document{}
	var text strings.Builder
	for _, s := range sents {
		start := text.Len()
		for i, w := range s {
			if i > 0 {
				text.WriteByte(' ')
			}
			doc.Tokens = append(doc.Tokens, chronicle.Token{Start: text.Len(), End: text.Len() + len(w)})
			text.WriteString(w)
		}
		doc.Sentences = append(doc.Sentences, chronicle.Sentence{Start: start, End: text.Len()})
		text.WriteByte('\n')
	}
	doc.Text = text.String()
	return doc
}

// validDocuments builds one Document per CoNLL-2003 valid document.
func validDocuments(sents []pos.Sentence) (docs []*chronicle.Document, toks int) {
	for _, d := range documents(sents) {
		var ws [][]string
		for _, s := range d {
			ws = append(ws, s.Words)
			toks += len(s.Words)
		}
		docs = append(docs, documentFromSentences(ws))
	}
	return docs, toks
}

// annotated runs the POS and NER Annotators on doc and renders the result:
// one line of word/tag per sentence, then one line per mention.
func annotated(t *testing.T, p *pos.Tagger, n *Tagger, doc *chronicle.Document) string {
	t.Helper()
	ctx := context.Background()
	if err := (pos.Annotator{T: p}).Annotate(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := (Annotator{T: n}).Annotate(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
	return render(doc)
}

// render writes one line of word/tag per sentence of doc, then one line
// per mention.
func render(doc *chronicle.Document) string {
	var b strings.Builder
	pos.ForEachSentence(doc, func(lo, hi int) {
		for i, tok := range doc.Tokens[lo:hi] {
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%s/%s", doc.Text[tok.Start:tok.End], tok.Tag)
		}
		b.WriteByte('\n')
	})
	for _, m := range doc.Mentions {
		fmt.Fprintf(&b, "%s %d:%d %s %q\n", m.ID, m.Start, m.End, m.Type, m.Text)
	}
	return b.String()
}

// sampleText is news-like text with the cases the taggers treat specially:
// a headline in capitals, US/UN, typographic quotes and dashes, non-ASCII
// names, digits, brackets, a caption's "|" and repeated names.
var sampleText = [][]string{
	strings.Fields("US AND CHINA AGREE TRADE TRUCE AFTER TALKS IN GENEVA"),
	strings.Fields("GENEVA ( Reuters ) – The United States and China agreed on Sunday to cut tariffs , US Treasury Secretary Scott Bessent said ."),
	strings.Fields("“ We had very productive talks , ” Bessent told reporters at the UN office in Geneva , adding that Beijing would respond ."),
	strings.Fields("Chinese Vice Premier He Lifeng called the meeting “ candid , in-depth and constructive ” ."),
	strings.Fields("Shares of Apple Inc. rose 3.5 % to $ 212.40 in New York , while the Nasdaq Composite gained 1.2 % ."),
	strings.Fields("José Álvarez of Banco Santander and Zoë Müller of Deutsche Bank said the deal was a relief ."),
	strings.Fields("Bessent | Photo : AP"),
	strings.Fields("the world health organization said on 11 july 2025 that the outbreak in north kivu was over ."),
	strings.Fields("Manchester United beat Real Madrid 2-1 in the Champions League final at Wembley ( London ) on Saturday ."),
	strings.Fields("Apple said Bessent and He would meet again in Washington next month , according to the U.S. Treasury ."),
}

// TestGoldenSample pins the tags and mentions of the Annotators on a fixed
// sample, so that speed work cannot change predictions unnoticed.
func TestGoldenSample(t *testing.T) {
	p, n := models(t)
	golden(t, "sample.golden", annotated(t, p, n, documentFromSentences(sampleText)))
}

// TestGoldenValid pins the tags and mentions of the Annotators on every
// CoNLL-2003 valid document (as BenchmarkPipeline builds them) and of
// Tag, sentence by sentence: one SHA-256 per document.
func TestGoldenValid(t *testing.T) {
	sents := readValid(t)
	p, n := models(t)
	docs, _ := validDocuments(sents)
	var b strings.Builder
	all := sha256.New()
	for i, doc := range docs {
		out := annotated(t, p, n, doc)
		all.Write([]byte(out))
		fmt.Fprintf(&b, "doc %d: %x\n", i, sha256.Sum256([]byte(out)))
	}
	var one strings.Builder
	var tags, ner []string
	for _, s := range sents {
		tags = p.Tag(s.Words, tags)
		ner = n.Tag(s.Words, tags, ner)
		fmt.Fprintln(&one, strings.Join(ner, " "))
	}
	all.Write([]byte(one.String()))
	fmt.Fprintf(&b, "Tag: %x\nall: %x\n", sha256.Sum256([]byte(one.String())), all.Sum(nil))
	golden(t, "valid.golden", b.String())
}

// TestAnnotatorsConcurrent runs the POS and NER Annotators from several
// goroutines at once (run with -race): their pooled scratch state must not
// leak between documents.
func TestAnnotatorsConcurrent(t *testing.T) {
	p, n := models(t)
	want := annotated(t, p, n, documentFromSentences(sampleText))
	ctx := context.Background()
	done := make(chan error)
	for g := range 4 {
		go func() {
			var err error
			for k := range 10 {
				// Documents of different lengths, so buffers grow and shrink.
				doc := documentFromSentences(sampleText[:1+(g+k)%len(sampleText)])
				if e := (pos.Annotator{T: p}).Annotate(ctx, doc); e != nil {
					err = e
				} else if e := (Annotator{T: n}).Annotate(ctx, doc); e != nil {
					err = e
				}
				full := documentFromSentences(sampleText)
				if e := (pos.Annotator{T: p}).Annotate(ctx, full); e != nil {
					err = e
				} else if e := (Annotator{T: n}).Annotate(ctx, full); e != nil {
					err = e
				}
				if got := render(full); got != want && err == nil {
					err = fmt.Errorf("goroutine %d: Annotate(sample) = %q; want %q", g, got, want)
				}
			}
			done <- err
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
