package ner

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
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

// maxPooledTokens is the longest document whose scratch buffers are kept
// for the next one (a few MB).
const maxPooledTokens = 1 << 16

// An Annotator appends a Mention (Entity "") for every name it finds in
// the tokens of doc, reading each token's Tag as its part of speech when
// set. Mention ids continue the document's numbering: m1, m2, ...
type Annotator struct{ T *Tagger }

// Annotate adds doc.Mentions.
func (a Annotator) Annotate(ctx context.Context, doc *chronicle.Document) error {
	if a.T == nil {
		return ErrNoTagger
	}
	s := a.T.scratch.Get().(*state)
	defer func() {
		// The buffers of a long document go with it rather than stay
		// pooled; the others must not keep doc.Text alive.
		if len(doc.Tokens) > maxPooledTokens {
			return
		}
		clear(s.words)
		clear(s.pos)
		a.T.scratch.Put(s)
	}()
	// One flat buffer of words per document, sliced per sentence, kept in
	// s from document to document; the tags of one sentence at a time.
	s.words = slices.Grow(s.words[:0], len(doc.Tokens))
	for _, t := range doc.Tokens {
		s.words = append(s.words, doc.Text[t.Start:t.End])
	}
	s.sw, s.offs = s.sw[:0], s.offs[:0]
	pos.ForEachSentence(doc, func(lo, hi int) {
		s.sw, s.offs = append(s.sw, s.words[lo:hi]), append(s.offs, lo)
	})
	if err := ctx.Err(); err != nil {
		return err
	}
	offs := s.offs
	tags := func(si int) []string {
		s.pos = s.pos[:0]
		for _, t := range doc.Tokens[s.offs[si] : s.offs[si]+len(s.sw[si])] {
			s.pos = append(s.pos, t.Tag)
		}
		return s.pos
	}
	sents := a.T.tagDocument(s, s.sw, tags)
	n := 0 // the mentions, counted first so that doc.Mentions grows once
	for _, classes := range sents {
		forEachChunk(classes, func(int, int, int) { n++ })
	}
	doc.Mentions = slices.Grow(doc.Mentions, n)
	for si, classes := range sents {
		forEachChunk(classes, func(start, end, ty int) {
			first, last := doc.Tokens[offs[si]+start], doc.Tokens[offs[si]+end-1]
			doc.Mentions = append(doc.Mentions, chronicle.Mention{
				ID:    "m" + strconv.Itoa(len(doc.Mentions)+1),
				Start: first.Start,
				End:   last.End,
				Text:  doc.Text[first.Start:last.End],
				Type:  MentionType(types[ty]),
			})
		})
	}
	return nil
}

// forEachChunk calls f for each entity in BILOU classes, reading them as
// their IOB2 forms are read by Chunks.
func forEachChunk(classes []int32, f func(start, end, ty int)) {
	start, open := -1, -1
	for i, c := range classes {
		p, ty := classParts(c)
		begins := p == prefixB || p == prefixU
		if start >= 0 && (c == classO || begins || ty != open) {
			f(start, i, open)
			start = -1
		}
		if c != classO && start < 0 {
			start, open = i, ty
		}
	}
	if start >= 0 {
		f(start, len(classes), open)
	}
}
