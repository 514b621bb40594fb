package ner

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strconv"

	"chronicle"
	"chronicle/nlp/pos"
)

//go:embed data/ner.model.gz
var modelFS embed.FS

// New loads the committed model.
func New() (*Tagger, error) {
	sub, err := fs.Sub(modelFS, "data")
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	return Load(sub)
}

// ErrNoTagger reports an Annotator without a Tagger.
var ErrNoTagger = errors.New("ner: annotator has no tagger")

// MentionType maps a CoNLL entity type to the Mention.Type vocabulary.
// LOC stays LOC: telling countries and cities (GPE) apart is the entity
// stage's job.
func MentionType(t string) string {
	if t == "PER" {
		return "PERSON"
	}
	return t
}

// An Annotator appends a Mention (Entity "") for every name it finds in
// the tokens of doc, reading each token's Tag as its part of speech when
// set. Mention ids continue the document's numbering: m1, m2, ...
type Annotator struct{ T *Tagger }

// Annotate adds doc.Mentions.
func (a Annotator) Annotate(ctx context.Context, doc *chronicle.Document) error {
	if a.T == nil {
		return ErrNoTagger
	}
	var words, tags [][]string
	var offs []int
	pos.ForEachSentence(doc, func(lo, hi int) {
		w := make([]string, hi-lo)
		p := make([]string, hi-lo)
		for i, t := range doc.Tokens[lo:hi] {
			w[i] = doc.Text[t.Start:t.End]
			p[i] = t.Tag
		}
		words, tags, offs = append(words, w), append(tags, p), append(offs, lo)
	})
	if err := ctx.Err(); err != nil {
		return err
	}
	iob := a.T.TagDocument(words, tags, nil)
	for si, labels := range iob {
		for _, c := range Chunks(labels) {
			first, last := doc.Tokens[offs[si]+c.Start], doc.Tokens[offs[si]+c.End-1]
			doc.Mentions = append(doc.Mentions, chronicle.Mention{
				ID:    "m" + strconv.Itoa(len(doc.Mentions)+1),
				Start: first.Start,
				End:   last.End,
				Text:  doc.Text[first.Start:last.End],
				Type:  MentionType(c.Type),
			})
		}
	}
	return nil
}
