package pos

import (
	"bytes"
	"chronicle/internal/cputime"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"chronicle"
)

// sharedData returns the path of a file under the shared data directory
// (../shared beside the repository root), skipping the test if absent.
func sharedData(t testing.TB, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "data", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data %s not available: %v", p, err)
	}
	return p
}

func readShared(t testing.TB, rel string) []Sentence {
	f, err := os.Open(sharedData(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n\nPeter\nBlackburn NNP\n-DOCSTART- -X- O\nHi NNP B-NP O\n"
	got, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{Words: []string{"EU", "rejects"}, Tags: []string{"NNP", "VBZ"}, Chunks: []string{"B-NP", "B-VP"}, NER: []string{"B-ORG", "O"}, DocStart: true},
		{Words: []string{"Peter", "Blackburn"}, Tags: []string{"", "NNP"}, Chunks: []string{"", ""}, NER: []string{"", ""}},
		{Words: []string{"Hi"}, Tags: []string{"NNP"}, Chunks: []string{"B-NP"}, NER: []string{"O"}, DocStart: true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadCoNLL(%q) = %+v; want %+v", in, got, want)
	}
	for _, bad := range []string{"a b c d e\n", strings.Repeat("x", MaxLineBytes+1) + "\n", strings.Repeat("w\n", MaxSentenceWords+1)} {
		_, err := ReadCoNLL(strings.NewReader(bad))
		if !errors.Is(err, ErrCoNLL) {
			t.Errorf("ReadCoNLL(%.20q...) error = %v; want ErrCoNLL", bad, err)
		}
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\n\n")
	f.Add("a\n\n\nb c\n")
	f.Add("a b c d e f\n")
	f.Fuzz(func(t *testing.T, in string) {
		s, err := ReadCoNLL(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, x := range s {
			if len(x.Words) == 0 || len(x.Tags) != len(x.Words) || len(x.NER) != len(x.Words) || len(x.Chunks) != len(x.Words) {
				t.Fatalf("ReadCoNLL(%q): sentence %+v has ragged columns", in, x)
			}
		}
	})
}

func TestTagger(t *testing.T) {
	tg, err := New()
	if err != nil {
		t.Fatalf("New() error: %v", err)
	}
	tests := []struct{ in, want string }{
		// CoNLL-2003 tags nationality adjectives both JJ and NNP.
		{"Chinese Foreign Minister Wang Yi met Marco Rubio in Kuala Lumpur .", "JJ|NNP NNP NNP NNP NNP VBD NNP NNP IN NNP NNP ."},
		{"The company said it would cut 500 jobs .", "DT NN VBD PRP MD VB CD NNS ."},
	}
	for _, tt := range tests {
		got := tg.Tag(strings.Fields(tt.in), nil)
		want := strings.Fields(tt.want)
		ok := len(got) == len(want)
		for i := 0; ok && i < len(got); i++ {
			ok = slices.Contains(strings.Split(want[i], "|"), got[i])
		}
		if !ok {
			t.Errorf("Tag(%q) = %q; want %q", tt.in, strings.Join(got, " "), tt.want)
		}
	}
	if got := tg.Tag(nil, nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %q; want empty", got)
	}
}

func TestSaveRead(t *testing.T) {
	train := []Sentence{
		{Words: strings.Fields("the dog barks"), Tags: strings.Fields("DT NN VBZ")},
		{Words: strings.Fields("a cat sleeps"), Tags: strings.Fields("DT NN VBZ")},
	}
	tg, err := Train(context.Background(), train, TrainOptions{Iterations: 3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	tg2, err := Read(&buf)
	if err != nil {
		t.Fatalf("Read(Save(t)) error: %v", err)
	}
	in := strings.Fields("the cat barks")
	if a, b := tg.Tag(in, nil), tg2.Tag(in, nil); !reflect.DeepEqual(a, b) {
		t.Errorf("Tag(%q) = %q before saving, %q after", in, a, b)
	}
	if _, err := Read(strings.NewReader("not a model")); !errors.Is(err, ErrModel) {
		t.Errorf("Read(garbage) error = %v; want ErrModel", err)
	}
}

func TestAnnotator(t *testing.T) {
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "He left. She came back."
	doc := &chronicle.Document{Text: text}
	for _, w := range []string{"He", "left", ".", "She", "came", "back", "."} {
		start := strings.Index(text[max(0, lastEnd(doc)):], w) + lastEnd(doc)
		doc.Tokens = append(doc.Tokens, chronicle.Token{Start: start, End: start + len(w)})
	}
	doc.Sentences = []chronicle.Sentence{{Start: 0, End: 8}, {Start: 9, End: len(text)}}
	if err := (Annotator{T: tg}).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tok := range doc.Tokens {
		got = append(got, tok.Tag)
	}
	if want := "PRP VBD . PRP VBD RB ."; strings.Join(got, " ") != want {
		t.Errorf("Annotate(%q) tags = %q; want %q", text, strings.Join(got, " "), want)
	}
	if err := doc.Check(); err != nil {
		t.Error(err)
	}
}

func lastEnd(d *chronicle.Document) int {
	if len(d.Tokens) == 0 {
		return 0
	}
	return d.Tokens[len(d.Tokens)-1].End
}

// TestValidAccuracy is the regression gate on CoNLL-2003 valid.
func TestValidAccuracy(t *testing.T) {
	sents := readShared(t, "ner/conll2003/valid.txt")
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	acc, n := tg.Evaluate(sents)
	t.Logf("POS accuracy on valid: %.4f (%d tokens)", acc, n)
	if acc < minValidAccuracy {
		t.Errorf("Evaluate(valid) = %.4f; want >= %.4f", acc, minValidAccuracy)
	}
}

// minValidAccuracy is the measured accuracy of the committed model,
// rounded down.
const minValidAccuracy = 0.960

func BenchmarkPOS(b *testing.B) {
	sents := readShared(b, "ner/conll2003/valid.txt")
	tg, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var out []string
	toks := 0
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, s := range sents {
			out = tg.Tag(s.Words, out)
			toks += len(s.Words)
		}
	}
	reportThroughput(b, toks, cpu0)
}

// reportThroughput reports tokens per second of wall time and, where the
// platform tells, per second of CPU time (the fair figure on a busy
// machine: the benchmark runs on one goroutine).
func reportThroughput(b *testing.B, toks int, cpu0 time.Duration) {
	b.ReportMetric(float64(toks)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(toks)/cpu.Seconds(), "tokens/cpu-s")
	}
}
