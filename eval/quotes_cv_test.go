package eval

import (
	"bytes"
	"context"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"testing/fstest"

	"chronicle"
	"chronicle/nlp/quote"
)

// TestQuoteCrossValidation scores the quote stage on PolNeAR train by
// k-fold cross-validation: the texts (in name order) go to fold i mod k,
// the cue and end models are retrained on the other folds with the cue
// lexicon on disk (nlp/quote/data/cues.tsv) and score the held-out fold;
// the folds' counts are pooled. It is the yardstick for rule and lexicon
// changes (dev only reports) and skips without $QUOTE_CV, the number of
// folds (4 was used). $QUOTE_CV_ERRORS names a file for the error listing
// of the held-out predictions, $QUOTE_CV_MARGIN the cue model's margin
// (unset: quote.DefaultMargin), $QUOTE_CV_EPOCHS the training passes,
// $QUOTE_CV_ENSEMBLE the models averaged into each
// (quote.TrainOptions.Ensemble), $QUOTE_CV_SEED another partition,
// $QUOTE_SPLIT another split directory.
//
//	QUOTE_CV=4 go test -run TestQuoteCrossValidation -v ./eval
func TestQuoteCrossValidation(t *testing.T) {
	k, _ := strconv.Atoi(os.Getenv("QUOTE_CV"))
	if k < 2 {
		t.Skip("QUOTE_CV not set to a fold count >= 2")
	}
	dir := os.Getenv("QUOTE_SPLIT")
	if dir == "" {
		dir = polnearDir(t, "train")
	}
	ctx := context.Background()
	qdocs, err := ReadQuoteSplit(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	margin, _ := strconv.ParseFloat(os.Getenv("QUOTE_CV_MARGIN"), 32)
	epochs, _ := strconv.Atoi(os.Getenv("QUOTE_CV_EPOCHS"))
	// $QUOTE_CV_SEED > 0 draws another partition (by a hash of the
	// text's name) to tell a change from the noise of retraining.
	seed, _ := strconv.Atoi(os.Getenv("QUOTE_CV_SEED"))
	foldOf := make([]int, len(qdocs))
	for i, q := range qdocs {
		foldOf[i] = i % k
		if seed > 0 {
			h := fnv.New32a()
			fmt.Fprintf(h, "%d %s", seed, q.Name)
			foldOf[i] = int(h.Sum32() >> 16 % uint32(k))
		}
	}
	ensemble, _ := strconv.Atoi(os.Getenv("QUOTE_CV_ENSEMBLE"))
	analyse := heldOutQuotes(t, qdocs, foldOf, k, quote.TrainOptions{Margin: float32(margin), Epochs: epochs, Ensemble: ensemble})
	s, err := ScoreQuotes(ctx, dir, analyse)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	s.Print(&buf)
	t.Logf("%d-fold cross-validation on %s:\n%s", k, dir, buf.String())
	if out := os.Getenv("QUOTE_CV_ERRORS"); out != "" {
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := WriteQuoteErrors(ctx, f, dir, analyse); err != nil {
			t.Fatal(err)
		}
	}
}

// heldOutQuotes annotates every text of qdocs with quote models trained on
// the texts of the other folds (foldOf gives each text's fold, of k; a
// fold of -1 is always trained on and never annotated), with the cue
// lexicon on disk (nlp/quote/data). It returns an analyse function for
// ScoreQuotes that hands back the annotated document of a text. opts.FS is
// set here.
func heldOutQuotes(t *testing.T, qdocs []QuoteDoc, foldOf []int, k int, opts quote.TrainOptions) func(context.Context, string) (*chronicle.Document, error) {
	t.Helper()
	ctx := context.Background()
	stages, lex := QuoteStages(t)
	docs := make([]*chronicle.Document, len(qdocs))
	for i, q := range qdocs {
		doc := &chronicle.Document{Text: q.Text}
		for _, a := range stages {
			if err := a.Annotate(ctx, doc); err != nil {
				t.Fatalf("%s: %v", q.Name, err)
			}
		}
		docs[i] = doc
	}
	fsys := fstest.MapFS{}
	for _, name := range []string{"cues.tsv", "names.tsv"} {
		b, err := os.ReadFile(filepath.Join("..", "nlp", "quote", "data", name))
		if err == nil {
			fsys["data/"+name] = &fstest.MapFile{Data: b}
		} else if name == "cues.tsv" {
			t.Fatal(err)
		}
	}
	opts.FS = fsys
	byText := map[string]*chronicle.Document{}
	for fold := range k {
		var train []quote.TrainDoc
		for i, q := range qdocs {
			if foldOf[i] != fold {
				train = append(train, quote.TrainDoc{Doc: docs[i], Contents: q.Contents, Cues: q.Cues})
			}
		}
		var cue, end bytes.Buffer
		if _, err := quote.Train(ctx, train, opts, &cue, &end); err != nil {
			t.Fatal(err)
		}
		m := fstest.MapFS{
			"data/cue.model.gz": &fstest.MapFile{Data: cue.Bytes()},
			"data/end.model.gz": &fstest.MapFile{Data: end.Bytes()},
		}
		for n, f := range fsys {
			m[n] = f
		}
		a := quote.New(quote.Options{FS: m, People: lex})
		for i := range docs {
			if foldOf[i] != fold {
				continue
			}
			if err := a.Annotate(ctx, docs[i]); err != nil {
				t.Fatal(err)
			}
			byText[qdocs[i].Text] = docs[i]
		}
	}
	return func(_ context.Context, text string) (*chronicle.Document, error) {
		if d := byText[text]; d != nil {
			return d, nil
		}
		return nil, fmt.Errorf("no document for a text")
	}
}

// TestQuoteAgreementPolNeAR sets the quote stage beside PolNeAR's own
// annotators on the 16 train texts that several of them annotated: the
// annotators scored against each other (QuoteAgreement), and the stage,
// with models trained on the rest of train, scored against each of them
// (ScoreQuotesAnnotators). The first is the ceiling of the measure; the
// second is gated at its recorded floor.
//
//	go test -run TestQuoteAgreementPolNeAR -v ./eval
func TestQuoteAgreementPolNeAR(t *testing.T) {
	if testing.Short() {
		t.Skip("retrains the quote models; not in -short")
	}
	dir := polnearDir(t, "train")
	ctx := context.Background()
	human, pairs, err := QuoteAgreement(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	human.Print(&buf)
	t.Logf("annotators against each other, %d texts, %d pairs:\n%s", human.Docs, pairs, buf.String())

	qdocs, err := ReadQuoteSplit(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	foldOf := make([]int, len(qdocs))
	held := 0
	for i, q := range qdocs {
		anns, err := filepath.Glob(filepath.Join(dir, quoteAnnDir, quoteGlobEscape(q.Name)+"_*.ann"))
		if err != nil {
			t.Fatal(err)
		}
		foldOf[i] = -1
		if len(anns) > 1 {
			foldOf[i] = 0
			held++
		}
	}
	if held != human.Docs {
		t.Fatalf("%d texts with several annotators; QuoteAgreement saw %d", held, human.Docs)
	}
	analyse := heldOutQuotes(t, qdocs, foldOf, 1, quote.TrainOptions{})
	s, pairs, err := ScoreQuotesAnnotators(ctx, dir, analyse)
	if err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	s.Print(&buf)
	t.Logf("the stage against each annotator, %d texts, %d pairs:\n%s", s.Docs, pairs, buf.String())
	t.Logf("overlap F1: annotators %.4f, stage %.4f; speaker: annotators %.4f, stage %.4f",
		human.Overlap.F1(), s.Overlap.F1(), human.Speaker.Value(), s.Speaker.Value())
	// 0.6766 at 4049e24, 0.6676 after the retraining that followed the
	// time-phrase change in subjects, which moved 4-fold cross-validation
	// by less than 0.0002: on 16 texts a retraining moves this by up to
	// about 0.01, so the floor allows that. The eighth round's six
	// retrainings gave 0.6638 to 0.6712 (0.6654 at the last), with
	// cross-validation up by 0.002 over them: the floor was the lowest
	// of those less 0.004. The ninth round measured 0.6686, 0.6745,
	// 0.6752, 0.6633, 0.6777 and 0.6771 at its six retrainings, with cross-validation
	// up by 0.004 over them: on 16 texts this moves by about ±0.006
	// whatever the rules do, and the floor is the lowest less 0.004.
	// The tenth round read 0.6717 and 0.6675 with single models
	// (cross-validation up by 0.004 again) and 0.6720 with the averaged
	// ones (cross-validation up by 0.0045 more); the floor stays. The
	// eleventh round read 0.6731, the twelfth 0.6766 and 0.6784 at its
	// two retrainings (cross-validation 0.7028 -> 0.7036 -> 0.7042): the
	// floor rises to 0.665, about the lowest of the last three rounds
	// less 0.006.
	const floor = 0.665
	if f := s.Overlap.F1(); f < floor {
		t.Errorf("stage against the annotators: overlap F1 %.4f; the recorded floor is %.4f", f, floor)
	}
}
