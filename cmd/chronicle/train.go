package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"chronicle/nlp/ner"
	"chronicle/nlp/pos"
)

// runTrain implements `chronicle train pos|ner [--train FILE] [--dev FILE]
// --out FILE`: it retrains a committed model from CoNLL-2003.
func runTrain(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || (args[0] != "pos" && args[0] != "ner") {
		return usagef("train: want a model: pos or ner")
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
