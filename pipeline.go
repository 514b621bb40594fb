package chronicle

import (
	"context"
	"fmt"
)

// A Preparer turns an Article into a Document: it decodes and cleans the
// input, sets Text, Zones, Meta and Segments, and adds nothing else.
type Preparer interface {
	Prepare(ctx context.Context, a *Article) (*Document, error)
}

// An Annotator is one stage of analysis. It reads the layers earlier stages
// wrote and adds its own; it never changes Text. Annotators hold only
// read-only shared state and are safe for concurrent use.
type Annotator interface {
	Annotate(ctx context.Context, doc *Document) error
}

// AnnotatorFunc adapts a function to the Annotator interface.
type AnnotatorFunc func(ctx context.Context, doc *Document) error

// Annotate calls f(ctx, doc).
func (f AnnotatorFunc) Annotate(ctx context.Context, doc *Document) error { return f(ctx, doc) }

// A Stage is a named Annotator, so errors and timings can name it.
type Stage struct {
	Name string
	Annotator
}

// A Pipeline prepares an Article and runs its stages in order.
type Pipeline struct {
	Prepare Preparer
	Stages  []Stage
}

// Run prepares a and annotates the result with every stage. The returned
// Document has non-nil layers (empty slices, not null, in JSON).
func (p *Pipeline) Run(ctx context.Context, a *Article) (*Document, error) {
	doc, err := p.Prepare.Prepare(ctx, a)
	if err != nil {
		return nil, err
	}
	if err := p.Annotate(ctx, doc); err != nil {
		return nil, err
	}
	return doc, nil
}

// Annotate runs every stage on doc in order.
func (p *Pipeline) Annotate(ctx context.Context, doc *Document) error {
	for _, s := range p.Stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Annotate(ctx, doc); err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
	}
	doc.Normalize()
	return nil
}

// Normalize replaces nil layers and lists with empty ones so the JSON output
// always has every field of the contract.
func (d *Document) Normalize() {
	if d.Zones == nil {
		d.Zones = []Zone{}
	}
	if d.Sentences == nil {
		d.Sentences = []Sentence{}
	}
	if d.Mentions == nil {
		d.Mentions = []Mention{}
	}
	if d.Entities == nil {
		d.Entities = []Entity{}
	}
	for i := range d.Entities {
		if d.Entities[i].Titles == nil {
			d.Entities[i].Titles = []string{}
		}
		if d.Entities[i].Mentions == nil {
			d.Entities[i].Mentions = []string{}
		}
	}
	if d.Timexes == nil {
		d.Timexes = []Timex{}
	}
	if d.Quotes == nil {
		d.Quotes = []Quote{}
	}
	if d.Figures == nil {
		d.Figures = []Figure{}
	}
	if d.Events == nil {
		d.Events = []Event{}
	}
	for i := range d.Events {
		e := &d.Events[i]
		if e.Context == nil {
			e.Context = []string{}
		}
		if e.Actors == nil {
			e.Actors = []Actor{}
		}
		if e.Recipients == nil {
			e.Recipients = []Actor{}
		}
		if e.Figures == nil {
			e.Figures = []string{}
		}
	}
	if d.Warnings == nil {
		d.Warnings = []Warning{}
	}
	if d.Meta.Authors == nil {
		d.Meta.Authors = []string{}
	}
	if d.Meta.Wire == nil {
		d.Meta.Wire = []string{}
	}
	if d.Meta.Captions == nil {
		d.Meta.Captions = []Caption{}
	}
	if d.Meta.Published.Source == "" {
		d.Meta.Published.Source = DateNone
	}
}

// PreparerFunc adapts a function to the Preparer interface.
type PreparerFunc func(ctx context.Context, a *Article) (*Document, error)

// Prepare calls f(ctx, a).
func (f PreparerFunc) Prepare(ctx context.Context, a *Article) (*Document, error) { return f(ctx, a) }
