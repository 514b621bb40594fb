package main

import (
	"context"
	"log/slog"

	"chronicle"
	"chronicle/clean"
	"chronicle/nlp/sentence"
	"chronicle/nlp/tokenize"
)

// pipelineOptions choose how the default pipeline is built.
type pipelineOptions struct {
	Raw    bool // no cleaning: Text is the input byte for byte
	Logger *slog.Logger
}

// newPipeline builds the default pipeline: the one place where Chronicle's
// stages are wired together, in the order they run. Models and lexicons are
// loaded here once and shared read-only by every document.
func newPipeline(opts pipelineOptions) (*chronicle.Pipeline, error) {
	var prep chronicle.Preparer = clean.New(clean.Options{Logger: opts.Logger})
	if opts.Raw {
		prep = chronicle.PreparerFunc(rawPrepare)
	}
	return &chronicle.Pipeline{
		Prepare: prep,
		Stages: []chronicle.Stage{
			{Name: "tokenize", Annotator: tokenize.Annotator{}},
			{Name: "sentence", Annotator: sentence.Annotator{}},
		},
	}, nil
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
