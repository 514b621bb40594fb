package main

import (
	"context"

	"chronicle/nlp/ner"
)

// runNER implements `chronicle ner --conll`: CoNLL lines on stdin, each
// written back with the predicted IOB2 tag appended.
func runNER(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("ner", "--conll < FILE")
	conll := fs.Bool("conll", false, "read CoNLL lines on stdin (token first), write each with its predicted IOB2 tag")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if !*conll || fs.NArg() != 0 {
		fs.Usage()
		return usagef("ner: only --conll with input on stdin is supported")
	}
	m, err := loadModels()
	if err != nil {
		return err
	}
	return ner.TagCoNLL(ctx, e.stdin, e.stdout, m.pos, m.ner)
}
