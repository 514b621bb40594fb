package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
	"chronicle/nlp/quote"
	"chronicle/nlp/tokenize"
)

// TestTrainQuotes trains the quote models on a one-text PolNeAR-style
// split and checks that the written models load and run.
func TestTrainQuotes(t *testing.T) {
	text := "Officials said talks would resume in August. Trump praised the plan on Monday.\n"
	ann := "T1\tSource 0 9\tOfficials\n" +
		"T2\tCue 10 14\tsaid\n" +
		"T3\tContent 15 43\ttalks would resume in August\n" +
		"E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n" +
		"T4\tSource 45 50\tTrump\n" +
		"T5\tCue 51 58\tpraised\n" +
		"T6\tContent 59 67\tthe plan\n" +
		"E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n"
	split := t.TempDir()
	for name, data := range map[string]string{"text/a.txt": text, "attributions/a_1.ann": ann} {
		p := filepath.Join(split, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "models")
	e, stdout, stderr := testEnv()
	if err := runTrain(context.Background(), e, []string{"quotes", "--train", split, "--epochs", "2", "--out", out}); err != nil {
		t.Fatalf("train quotes: %v\n%s", err, stderr)
	}
	for _, want := range []string{"documents 1", "cue model:", "end model:"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("train quotes output lacks %q:\n%s", want, stdout)
		}
	}
	// The models load next to the embedded lexicon and annotate.
	cues, err := os.ReadFile("../../nlp/quote/data/cues.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(out, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"cue.model.gz", "end.model.gz"} {
		if err := os.Rename(filepath.Join(out, f), filepath.Join(out, "data", f)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(out, "data", "cues.tsv"), cues, 0o644); err != nil {
		t.Fatal(err)
	}
	doc := &chronicle.Document{Text: text, Tokens: tokenize.Tokens(nil, text)}
	if err := quote.New(quote.Options{FS: os.DirFS(out)}).Annotate(context.Background(), doc); err != nil {
		t.Fatalf("quote with trained models: %v", err)
	}
	if len(doc.Quotes) == 0 {
		t.Errorf("quote with trained models: no quotes in %q", text)
	}

	// Bad arguments.
	for _, args := range [][]string{{"quotes"}, {"quotes", "--out", out, "--epochs", "0"}, {"quotes", "--out", out, "--ensemble", "0"}, {"quotes", "--out", out, "extra"}} {
		e, _, _ := testEnv()
		if err := runTrain(context.Background(), e, args); err == nil {
			t.Errorf("train %q: no error", args)
		}
	}
}
