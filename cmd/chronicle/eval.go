package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"chronicle"

	"chronicle/clean"
	"chronicle/eval"
	"chronicle/nlp/timex"
)

// sharedData is where the public data sets live relative to the project root.
const sharedData = "../shared/data"

// evalStages lists the stages eval can score.
const evalStages = "html, ner, timex, quotes or events"

// runEval implements `chronicle eval STAGE [DIR|FILE]`. Every stage prints
// its measures and ends with one line `F1 <fraction>`.
func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usagef("eval: want a stage: %s", evalStages)
	}
	stage, rest := args[0], args[1:]
	switch stage {
	case "html":
		return runEvalHTML(ctx, e, rest)
	case "ner":
		return runEvalNER(ctx, e, rest)
	case "timex":
		return runEvalTimex(ctx, e, rest)
	case "quotes":
		return runEvalQuotes(ctx, e, rest)
	case "events":
		return runEvalEvents(ctx, e, rest)
	default:
		return usagef("eval: unknown stage %q (want %s)", stage, evalStages)
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

// runEvalTimex scores temporal expressions on TimeML files (TempEval-3
// measures), with each file's creation time as the publication date.
func runEvalTimex(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("eval timex", "[DIR]")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	dir := filepath.Join(sharedData, "timex", "tbaq-cleaned")
	if fs.NArg() > 0 {
		dir = fs.Arg(0)
	}
	tagger := timex.New(timex.Options{Logger: e.log})
	find := func(text string, ref time.Time) []chronicle.Timex { return tagger.Find(text, ref, true) }
	s, err := eval.ScoreTimex(ctx, dir, find)
	if err != nil {
		return fmt.Errorf("eval timex %s: %w", dir, err)
	}
	return s.Print(e.stdout)
}

// runEvalQuotes scores quote attribution on PolNeAR-style brat folders,
// running the pipeline up to the quote stage on each raw text.
func runEvalQuotes(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("eval quotes", "[DIR]")
	errorsTo := fs.String("errors", "", "also write, per document, each gold content as matched, inexact, of the other class or missed, and each unmatched prediction, to `FILE`")
	agreement := fs.Bool("agreement", false, "score PolNeAR's annotators against each other on the texts several of them annotated (default DIR: train), the ceiling of the measure; nothing is analysed")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	split := "dev"
	if *agreement {
		split = "train"
	}
	dir := filepath.Join(sharedData, "quotes", "polnear", split)
	if fs.NArg() > 0 {
		dir = fs.Arg(0)
	}
	if *agreement {
		if *errorsTo != "" {
			return usagef("eval quotes: --agreement analyses nothing, so it has no --errors")
		}
		s, pairs, err := eval.QuoteAgreement(ctx, dir)
		if err != nil {
			return fmt.Errorf("eval quotes --agreement %s: %w", dir, err)
		}
		if pairs == 0 {
			return fmt.Errorf("eval quotes --agreement %s: no text has several annotator files", dir)
		}
		fmt.Fprintf(e.stdout, "annotator pairs %d\n", pairs)
		s.Print(e.stdout)
		return nil
	}
	var f *os.File
	if *errorsTo != "" {
		var err error
		if f, err = os.Create(*errorsTo); err != nil {
			return fmt.Errorf("eval quotes --errors: %w", err)
		}
		defer f.Close()
	}
	p, err := newPipeline(pipelineOptions{Raw: true, Logger: e.log})
	if err != nil {
		return err
	}
	keepStagesBefore(p, "figure")
	// With --errors each text is analysed once for both reports.
	seen := map[string]*chronicle.Document{}
	analyse := func(ctx context.Context, text string) (*chronicle.Document, error) {
		if doc := seen[text]; doc != nil {
			return doc, nil
		}
		doc, err := p.Run(ctx, &chronicle.Article{Source: "polnear", Format: chronicle.FormatText, Body: []byte(text)})
		if err == nil && *errorsTo != "" {
			seen[text] = doc
		}
		return doc, err
	}
	s, err := eval.ScoreQuotes(ctx, dir, analyse)
	if err != nil {
		return fmt.Errorf("eval quotes %s: %w", dir, err)
	}
	s.Print(e.stdout)
	if f == nil {
		return nil
	}
	if err := eval.WriteQuoteErrors(ctx, f, dir, analyse); err != nil {
		return fmt.Errorf("eval quotes %s: %w", dir, err) // the deferred Close closes f
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("eval quotes --errors: %w", err)
	}
	fmt.Fprintf(e.stdout, "errors written to %s\n", *errorsTo)
	return nil
}

// runEvalEvents scores event coding on PLOVER gold-standard records. The
// records carry no real dates, so no publication date is given.
func runEvalEvents(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("eval events", "[FILE]")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	path := filepath.Join(sharedData, "events", "plover", "PLOVER_GSR_CAMEO.txt")
	if fs.NArg() > 0 {
		path = fs.Arg(0)
	}
	p, err := newPipeline(pipelineOptions{Raw: true, Logger: e.log})
	if err != nil {
		return err
	}
	analyse := func(ctx context.Context, text string) (*chronicle.Document, error) {
		return p.Run(ctx, &chronicle.Article{Source: path, Format: chronicle.FormatText, Body: []byte(text)})
	}
	s, err := eval.ScoreEvents(ctx, path, analyse)
	if err != nil {
		return fmt.Errorf("eval events %s: %w", path, err)
	}
	s.Print(e.stdout)
	return nil
}
