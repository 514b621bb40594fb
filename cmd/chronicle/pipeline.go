package main

import (
	"context"
	"fmt"
	"log/slog"

	"chronicle"
	"chronicle/clean"
	"chronicle/lexicon"
	"chronicle/nlp/entity"
	"chronicle/nlp/event"
	"chronicle/nlp/figure"
	"chronicle/nlp/ner"
	"chronicle/nlp/pos"
	"chronicle/nlp/quote"
	"chronicle/nlp/sentence"
	"chronicle/nlp/timex"
	"chronicle/nlp/tokenize"
)

// pipelineOptions choose how the default pipeline is built.
type pipelineOptions struct {
	Raw    bool // no cleaning: Text is the input byte for byte
	Logger *slog.Logger
}

// models are the trained models and lexicons, loaded once and shared
// read-only by every document and goroutine.
type models struct {
	pos *pos.Tagger
	ner *ner.Tagger
	lex *lexicon.Lexicon
}

// loadModels loads the embedded models.
func loadModels() (*models, error) {
	p, err := pos.New()
	if err != nil {
		return nil, fmt.Errorf("load part-of-speech model: %w", err)
	}
	n, err := ner.New()
	if err != nil {
		return nil, fmt.Errorf("load named-entity model: %w", err)
	}
	lex, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("load lexicon: %w", err)
	}
	return &models{pos: p, ner: n, lex: lex}, nil
}

// newPipeline builds the default pipeline: the one place where Chronicle's
// stages are wired together, in the order they run.
func newPipeline(opts pipelineOptions) (*chronicle.Pipeline, error) {
	m, err := loadModels()
	if err != nil {
		return nil, err
	}
	var prep chronicle.Preparer = clean.New(clean.Options{Logger: opts.Logger})
	if opts.Raw {
		prep = chronicle.PreparerFunc(rawPrepare)
	}
	return &chronicle.Pipeline{
		Prepare: prep,
		Stages: []chronicle.Stage{
			{Name: "tokenize", Annotator: tokenize.Annotator{}},
			{Name: "sentence", Annotator: sentence.Annotator{}},
			{Name: "pos", Annotator: pos.Annotator{T: m.pos}},
			{Name: "ner", Annotator: ner.Annotator{T: m.ner}},
			{Name: "entity", Annotator: entity.New(m.lex, entity.Options{Logger: opts.Logger})},
			{Name: "timex", Annotator: timex.New(timex.Options{Logger: opts.Logger, People: m.lex})},
			{Name: "quote", Annotator: quote.New(quote.Options{Logger: opts.Logger, People: m.lex})},
			{Name: "figure", Annotator: figure.New(figure.Options{Logger: opts.Logger})},
			{Name: "event", Annotator: event.New(event.Options{Logger: opts.Logger})},
		},
	}, nil
}

// keepStagesBefore cuts p before its stage named name, for tools that need
// only the layers an earlier stage reads; p is unchanged when it has no
// such stage.
func keepStagesBefore(p *chronicle.Pipeline, name string) {
	for i, st := range p.Stages {
		if st.Name == name {
			p.Stages = p.Stages[:i]
			return
		}
	}
}

// rawPrepare is the --raw preparer: no cleaning, the input's metadata kept.
func rawPrepare(_ context.Context, a *chronicle.Article) (*chronicle.Document, error) {
	doc, err := clean.Raw(a)
	if err != nil {
		return nil, err
	}
	if doc.Meta.Published.Value == "" {
		doc.Meta.Published = a.Meta.Published
	}
	return doc, nil
}
