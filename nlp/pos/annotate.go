package pos

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"

	"chronicle"
)

//go:embed data/pos.model.gz
var modelFS embed.FS

// New loads the committed model.
func New() (*Tagger, error) {
	sub, err := fs.Sub(modelFS, "data")
	if err != nil {
		return nil, fmt.Errorf("pos: %w", err)
	}
	return Load(sub)
}

// ErrNoTagger reports an Annotator without a Tagger.
var ErrNoTagger = errors.New("pos: annotator has no tagger")

// An Annotator sets the Tag of every token, one sentence at a time. Tokens
// outside every sentence are tagged as if they formed sentences of their
// own between the sentences around them.
type Annotator struct{ T *Tagger }

// Annotate tags doc.Tokens.
func (a Annotator) Annotate(ctx context.Context, doc *chronicle.Document) error {
	if a.T == nil {
		return ErrNoTagger
	}
	s := a.T.scratch.Get().(*state)
	defer func() {
		clear(s.words) // let the pooled buffer not keep doc.Text alive
		a.T.scratch.Put(s)
	}()
	ForEachSentence(doc, func(lo, hi int) {
		s.words = s.words[:0]
		for _, t := range doc.Tokens[lo:hi] {
			s.words = append(s.words, doc.Text[t.Start:t.End])
		}
		for i, c := range a.T.tag(s, s.words) {
			doc.Tokens[lo+i].Tag = a.T.classes[c]
		}
	})
	return ctx.Err()
}

// ForEachSentence calls f with the token index range [lo, hi) of each
// sentence of doc, in order. Tokens between sentences form ranges of their
// own; a range never exceeds MaxSentenceWords tokens.
func ForEachSentence(doc *chronicle.Document, f func(lo, hi int)) {
	toks := doc.Tokens
	emit := func(lo, hi int) {
		for lo < hi {
			end := min(hi, lo+MaxSentenceWords)
			f(lo, end)
			lo = end
		}
	}
	i := 0
	for _, s := range doc.Sentences {
		lo := i
		for i < len(toks) && toks[i].End <= s.Start {
			i++
		}
		emit(lo, i)
		lo = i
		for i < len(toks) && toks[i].Start < s.End {
			i++
		}
		emit(lo, i)
	}
	emit(i, len(toks))
}
