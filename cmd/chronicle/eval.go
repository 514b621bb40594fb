package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"chronicle"

	"chronicle/clean"
	"chronicle/eval"
)

// sharedData is where the public data sets live relative to the project root.
const sharedData = "../shared/data"

// runEval implements `chronicle eval STAGE [DIR|FILE]`. Every stage prints
// its measures and ends with one line `F1 <fraction>`.
func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usagef("eval: want a stage: html or ner")
	}
	stage, rest := args[0], args[1:]
	switch stage {
	case "html":
		return runEvalHTML(ctx, e, rest)
	case "ner":
		return runEvalNER(ctx, e, rest)
	default:
		return usagef("eval: unknown stage %q (want html or ner)", stage)
	}
}

// runEvalHTML scores main-text extraction on the article-extraction benchmark.
func runEvalHTML(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("eval html", "[DIR]")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	dir := filepath.Join(sharedData, "html", "article-extraction-benchmark")
	if fs.NArg() > 0 {
		dir = fs.Arg(0)
	}
	c := clean.New(clean.Options{Logger: e.log})
	extract := func(ctx context.Context, page []byte, url string) (string, error) {
		doc, err := c.Prepare(ctx, &chronicle.Article{Source: url, URL: url, Format: chronicle.FormatHTML, Body: page})
		if err != nil {
			return "", err
		}
		return doc.Text, nil
	}
	s, err := eval.ScoreHTML(ctx, dir, extract)
	if err != nil {
		return fmt.Errorf("eval html %s: %w", dir, err)
	}
	fmt.Fprintf(e.stdout, "documents %d\nprecision %.4f\nrecall %.4f\naccuracy %.4f\nF1 %.4f\n",
		s.Docs, s.Precision, s.Recall, s.Accuracy, s.F1)
	return nil
}

// runEvalNER tags a CoNLL file and prints conlleval-style scores.
func runEvalNER(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("eval ner", "[FILE]")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	path := filepath.Join(sharedData, "ner", "conll2003", "valid.txt")
	if fs.NArg() > 0 {
		path = fs.Arg(0)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	defer f.Close()
	m, err := loadModels()
	if err != nil {
		return err
	}
	if _, err := eval.EvalNER(ctx, f, e.stdout, m.pos, m.ner); err != nil {
		return fmt.Errorf("eval ner %s: %w", path, err)
	}
	return nil
}
