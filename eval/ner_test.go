package eval

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/nlp/ner"
	"chronicle/nlp/pos"
)

func TestScoreNER(t *testing.T) {
	split := func(s string) [][]string {
		var out [][]string
		for _, x := range strings.Split(s, "|") {
			out = append(out, strings.Fields(x))
		}
		return out
	}
	tests := []struct {
		gold, pred string
		p, r       float64
		perType    map[string][3]int // gold, pred, correct
	}{
		{"B-PER I-PER O B-LOC", "B-PER I-PER O B-LOC", 1, 1, map[string][3]int{"PER": {1, 1, 1}, "LOC": {1, 1, 1}}},
		{"B-PER I-PER O B-LOC", "B-PER O O B-ORG", 0, 0, map[string][3]int{"PER": {1, 1, 0}, "LOC": {1, 0, 0}, "ORG": {0, 1, 0}}},
		// I- after O starts a chunk, as in conlleval.
		{"B-ORG I-ORG O", "I-ORG I-ORG O", 1, 1, map[string][3]int{"ORG": {1, 1, 1}}},
		{"B-MISC O|B-LOC", "B-MISC O|O", 1, 0.5, map[string][3]int{"MISC": {1, 1, 1}, "LOC": {1, 0, 0}}},
	}
	for _, tt := range tests {
		sc := ScoreNER(split(tt.gold), split(tt.pred))
		if math.Abs(sc.Overall.Precision-tt.p) > 1e-9 || math.Abs(sc.Overall.Recall-tt.r) > 1e-9 {
			t.Errorf("ScoreNER(%q, %q) P/R = %v/%v; want %v/%v", tt.gold, tt.pred, sc.Overall.Precision, sc.Overall.Recall, tt.p, tt.r)
		}
		for ty, want := range tt.perType {
			got := sc.Types[ty]
			if [3]int{got.Gold, got.Pred, got.Correct} != want {
				t.Errorf("ScoreNER(%q, %q).Types[%s] = %d/%d/%d; want %v", tt.gold, tt.pred, ty, got.Gold, got.Pred, got.Correct, want)
			}
		}
	}
	if sc := ScoreNER(nil, nil); sc.Overall.F1 != 0 {
		t.Errorf("ScoreNER(nil, nil).Overall.F1 = %v; want 0", sc.Overall.F1)
	}
}

func TestEvalNER(t *testing.T) {
	p, err := pos.New()
	if err != nil {
		t.Fatal(err)
	}
	n, err := ner.New()
	if err != nil {
		t.Fatal(err)
	}
	in := "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n.\n"
	var out bytes.Buffer
	sc, err := EvalNER(context.Background(), strings.NewReader(in), &out, p, n)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Overall.Gold != 2 || !strings.HasSuffix(out.String(), "\nF1 1.0000\n") {
		t.Errorf("EvalNER(%q) wrote\n%s\nscore %+v; want 2 gold chunks and a last line F1 1.0000", in, out.String(), sc.Overall)
	}
	if _, err := EvalNER(context.Background(), strings.NewReader("a b c d e f\n"), &out, p, n); err == nil {
		t.Errorf("EvalNER(6 columns) = nil error; want error")
	}
}

// TestEvalNERValid runs the CLI's `eval ner` path on CoNLL-2003 valid.
func TestEvalNERValid(t *testing.T) {
	dir, _ := os.Getwd()
	path := filepath.Join(dir, "..", "..", "shared", "data", "ner", "conll2003", "valid.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("CoNLL-2003 valid not available: %v", err)
	}
	defer f.Close()
	p, err := pos.New()
	if err != nil {
		t.Fatal(err)
	}
	n, err := ner.New()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	sc, err := EvalNER(context.Background(), f, &out, p, n)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", out.String())
	if sc.Overall.F1 < 0.916 {
		t.Errorf("EvalNER(valid) F1 = %.4f; want >= 0.916", sc.Overall.F1)
	}
}
