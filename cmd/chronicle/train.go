package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"chronicle"
	"chronicle/eval"
	"chronicle/nlp/ner"
	"chronicle/nlp/pos"
	"chronicle/nlp/quote"
)

// runTrain implements `chronicle train pos|ner [--train FILE] [--dev FILE]
// --out FILE`: it retrains a committed model from CoNLL-2003; `chronicle
// train quotes` retrains the quote stage's end model from PolNeAR train.
func runTrain(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 && args[0] == "quotes" {
		return runTrainQuotes(ctx, e, args[1:])
	}
	if len(args) == 0 || (args[0] != "pos" && args[0] != "ner") {
		return usagef("train: want a model: pos, ner or quotes")
	}
	model, args := args[0], args[1:]
	fs := e.newFlagSet("train "+model, "--out FILE")
	conll := filepath.Join(sharedData, "ner", "conll2003")
	trainPath := fs.String("train", filepath.Join(conll, "train.txt"), "CoNLL training `file`")
	devPath := fs.String("dev", filepath.Join(conll, "valid.txt"), "CoNLL development `file` to score on (\"\" for none)")
	out := fs.String("out", "", "where to write the compressed model (e.g. nlp/"+model+"/data/"+model+".model.gz)")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if *out == "" || fs.NArg() != 0 {
		fs.Usage()
		return usagef("train %s: want --out FILE and no arguments", model)
	}
	tmp := *out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("train %s: %w", model, err)
	}
	defer os.Remove(tmp)
	switch model {
	case "pos":
		s, terr := pos.TrainFromFile(ctx, *trainPath, *devPath, f, e.log)
		err = terr
		if err == nil {
			fmt.Fprintf(e.stdout, "tokens %d\nfeatures %d\ntraining time %s\naccuracy %.4f\n", s.Tokens, s.Features, s.Train.Round(1e9), s.Accuracy)
		}
	case "ner":
		s, terr := ner.TrainFromFile(ctx, *trainPath, *devPath, f, e.log)
		err = terr
		if err == nil {
			fmt.Fprintf(e.stdout, "features %d\ntraining time %s\nPOS accuracy %.4f\nprecision %.4f\nrecall %.4f\nF1 %.4f\n",
				s.Features, s.Train.Round(1e9), s.POSAccuracy, s.Precision, s.Recall, s.F1)
		}
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("train %s: %w", model, err)
	}
	return os.Rename(tmp, *out)
}

// runTrainQuotes implements `chronicle train quotes [--train DIR] [--epochs
// N] [--margin M] [--ensemble K] --out DIR`: it runs the stages the quote stage reads on
// every text of a PolNeAR split and learns the quote stage's cue and end
// models (quote.Train), written to DIR/cue.model.gz and DIR/end.model.gz.
func runTrainQuotes(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("train quotes", "--out DIR")
	trainDir := fs.String("train", filepath.Join(sharedData, "quotes", "polnear", "train"), "PolNeAR split `dir` to train on")
	epochs := fs.Int("epochs", 3, "training passes")
	margin := fs.Float64("margin", quote.DefaultMargin, "the cue model's acceptance margin (0 also means the default)")
	ensemble := fs.Int("ensemble", quote.DefaultEnsemble, "models averaged into each, trained in different example orders")
	out := fs.String("out", "", "`dir` to write cue.model.gz and end.model.gz to (nlp/quote/data)")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if *out == "" || fs.NArg() != 0 || *epochs < 1 || *ensemble < 1 {
		fs.Usage()
		return usagef("train quotes: want --out DIR, --epochs >= 1, --ensemble >= 1 and no arguments")
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return fmt.Errorf("train quotes: %w", err)
	}
	start := time.Now()
	qdocs, err := eval.ReadQuoteSplit(ctx, *trainDir)
	if err != nil {
		return fmt.Errorf("train quotes: %w", err)
	}
	p, err := newPipeline(pipelineOptions{Raw: true, Logger: e.log})
	if err != nil {
		return err
	}
	// Only the stages the quote stage reads run.
	keepStagesBefore(p, "quote")
	docs := make([]quote.TrainDoc, 0, len(qdocs))
	for _, q := range qdocs {
		doc, err := p.Run(ctx, &chronicle.Article{Source: "polnear", Format: chronicle.FormatText, Body: []byte(q.Text)})
		if err != nil {
			return fmt.Errorf("train quotes: %s: %w", q.Name, err)
		}
		if doc.Text != q.Text {
			return fmt.Errorf("train quotes: %s: the pipeline changed the text", q.Name)
		}
		docs = append(docs, quote.TrainDoc{Doc: doc, Contents: q.Contents, Cues: q.Cues})
	}
	var cueBuf, endBuf bytes.Buffer
	s, err := quote.Train(ctx, docs, quote.TrainOptions{Epochs: *epochs, Margin: float32(*margin), Ensemble: *ensemble}, &cueBuf, &endBuf)
	if err != nil {
		return fmt.Errorf("train quotes: %w", err)
	}
	for name, b := range map[string][]byte{"cue.model.gz": cueBuf.Bytes(), "end.model.gz": endBuf.Bytes()} {
		if err := os.WriteFile(filepath.Join(*out, name), b, 0o644); err != nil {
			return fmt.Errorf("train quotes: %w", err)
		}
	}
	fmt.Fprintf(e.stdout, "documents %d\ntraining time %s\n", s.Docs, time.Since(start).Round(time.Second))
	fmt.Fprintf(e.stdout, "cue model: candidates %d (verbs, nouns, adjectives), gold cues among them %d, features %d, precision %.4f, recall %.4f (training data)\n",
		s.Verbs, s.CueVerbs, s.CueFeatures, s.CuePrecision, s.CueRecall)
	fmt.Fprintf(e.stdout, "end model: clauses %d, features %d, rule end accuracy %.4f, model end accuracy %.4f (training data)\n",
		s.Clauses, s.EndFeatures, s.RuleAcc, s.EndAcc)
	return nil
}
