package ner

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/internal/cputime"
	"chronicle/nlp/pos"
)

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

func models(t testing.TB) (*pos.Tagger, *Tagger) {
	t.Helper()
	p, err := pos.New()
	if err != nil {
		t.Fatalf("pos.New() error: %v", err)
	}
	n, err := New()
	if err != nil {
		t.Fatalf("New() error: %v", err)
	}
	return p, n
}

func TestChunks(t *testing.T) {
	tests := []struct {
		in   string
		want []Chunk
	}{
		{"B-PER I-PER O B-LOC", []Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"I-PER I-PER O", []Chunk{{0, 2, "PER"}}}, // I- after start opens a chunk
		{"O I-ORG B-ORG I-ORG", []Chunk{{1, 2, "ORG"}, {2, 4, "ORG"}}},
		{"B-PER I-LOC", []Chunk{{0, 1, "PER"}, {1, 2, "LOC"}}}, // type change
		{"O O", nil},
	}
	for _, tt := range tests {
		if got := Chunks(strings.Fields(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Chunks(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}

func TestBILOU(t *testing.T) {
	got, err := bilou(strings.Fields("B-PER I-PER I-PER O B-LOC O I-ORG"))
	if err != nil {
		t.Fatal(err)
	}
	want := []int32{class(prefixB, 0), class(prefixI, 0), class(prefixL, 0), classO, class(prefixU, 1), classO, class(prefixU, 2)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("bilou(...) = %v; want %v", got, want)
	}
	if _, err := bilou([]string{"B-FOO"}); err == nil {
		t.Errorf("bilou(B-FOO) = nil error; want error")
	}
}

func TestTag(t *testing.T) {
	p, n := models(t)
	tests := []struct{ in, want string }{
		{"Chinese Foreign Minister Wang Yi met Marco Rubio in Kuala Lumpur .",
			"B-MISC O O B-PER I-PER O B-PER I-PER O B-LOC I-LOC O"},
		{"EU rejects German call to boycott British lamb .",
			"B-ORG O B-MISC O O O B-MISC O O"},
	}
	for _, tt := range tests {
		w := strings.Fields(tt.in)
		got := strings.Join(n.Tag(w, p.Tag(w, nil), nil), " ")
		if got != tt.want {
			t.Errorf("Tag(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestSaveRead(t *testing.T) {
	_, n := models(t)
	var buf bytes.Buffer
	if err := n.Save(&buf); err != nil {
		t.Fatal(err)
	}
	n2, err := Read(&buf)
	if err != nil {
		t.Fatalf("Read(Save(t)) error: %v", err)
	}
	w := strings.Fields("Peter Blackburn flew to Brussels for the European Commission .")
	if a, b := n.Tag(w, nil, nil), n2.Tag(w, nil, nil); !reflect.DeepEqual(a, b) {
		t.Errorf("Tag(%q) = %q before saving, %q after", w, a, b)
	}
}

func TestAnnotator(t *testing.T) {
	p, n := models(t)
	text := "Chinese Foreign Minister Wang Yi met Marco Rubio in Kuala Lumpur. Rubio left."
	doc := &chronicle.Document{Text: text}
	off := 0
	for _, w := range strings.Fields(strings.NewReplacer(".", " .").Replace(text)) {
		i := strings.Index(text[off:], w) + off
		doc.Tokens = append(doc.Tokens, chronicle.Token{Start: i, End: i + len(w)})
		off = i + len(w)
	}
	doc.Sentences = []chronicle.Sentence{{Start: 0, End: 66}, {Start: 67, End: len(text)}}
	ctx := context.Background()
	if err := (pos.Annotator{T: p}).Annotate(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := (Annotator{T: n}).Annotate(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range doc.Mentions {
		got = append(got, m.ID+":"+m.Text+"/"+m.Type)
	}
	want := []string{"m1:Chinese/MISC", "m2:Wang Yi/PERSON", "m3:Marco Rubio/PERSON", "m4:Kuala Lumpur/LOC", "m5:Rubio/PERSON"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Annotate(%q) mentions = %q; want %q", text, got, want)
	}
}

func TestTagCoNLL(t *testing.T) {
	p, n := models(t)
	in := "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman\n\nPeter\nBlackburn\n"
	var out bytes.Buffer
	if err := TagCoNLL(context.Background(), strings.NewReader(in), &out, p, n); err != nil {
		t.Fatal(err)
	}
	want := "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG B-ORG\nrejects VBZ B-VP O O\nGerman B-MISC\n\nPeter B-PER\nBlackburn I-PER\n"
	if out.String() != want {
		t.Errorf("TagCoNLL(%q) =\n%s\nwant\n%s", in, out.String(), want)
	}
	bad := strings.Repeat("x", pos.MaxLineBytes+1)
	if err := TagCoNLL(context.Background(), strings.NewReader(bad), &out, p, n); err == nil {
		t.Errorf("TagCoNLL(long line) = nil; want error")
	}
}

func readValid(t testing.TB) []pos.Sentence {
	f, err := os.Open(sharedData(t, "ner/conll2003/valid.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := pos.ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// minValidF1 is the measured F1 of the committed models on CoNLL-2003
// valid, rounded down.
const minValidF1 = 0.916

// TestValidF1 is the regression gate: POS then NER on CoNLL-2003 valid,
// scored like conlleval.
func TestValidF1(t *testing.T) {
	sents := readValid(t)
	p, n := models(t)
	for i := range sents {
		sents[i].Tags = p.Tag(sents[i].Words, nil)
	}
	pr, rc, f := n.score(sents)
	t.Logf("NER on valid: P %.4f R %.4f F1 %.4f", pr, rc, f)
	if f < minValidF1 {
		t.Errorf("F1 on valid = %.4f; want >= %.4f", f, minValidF1)
	}
}

func BenchmarkNER(b *testing.B) {
	sents := readValid(b)
	p, n := models(b)
	tags := make([][]string, len(sents))
	for i, s := range sents {
		tags[i] = p.Tag(s.Words, nil)
	}
	b.ReportAllocs()
	var out []string
	toks := 0
	cpu0 := cputime.Process()
	for b.Loop() {
		for i, s := range sents {
			out = n.Tag(s.Words, tags[i], out)
			toks += len(s.Words)
		}
	}
	reportThroughput(b, toks, cpu0)
}

// BenchmarkPipeline is POS then NER through their Annotators, on
// documents built from CoNLL-2003 valid (words joined by spaces, one
// sentence per CoNLL sentence), as the extract pipeline runs them.
func BenchmarkPipeline(b *testing.B) {
	sents := readValid(b)
	p, n := models(b)
	docs, toks := validDocuments(sents)
	ctx := context.Background()
	pa, na := pos.Annotator{T: p}, Annotator{T: n}
	b.ReportAllocs()
	total := 0
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, doc := range docs {
			doc.Mentions = doc.Mentions[:0]
			if err := pa.Annotate(ctx, doc); err != nil {
				b.Fatal(err)
			}
			if err := na.Annotate(ctx, doc); err != nil {
				b.Fatal(err)
			}
		}
		total += toks
	}
	reportThroughput(b, total, cpu0)
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

// TestConcurrent tags from several goroutines at once (run with -race).
func TestConcurrent(t *testing.T) {
	p, n := models(t)
	sents := []string{
		"Chinese Foreign Minister Wang Yi met Marco Rubio in Kuala Lumpur .",
		"EU rejects German call to boycott British lamb .",
		"Apple shares rose in New York after Tim Cook spoke .",
	}
	want := make([]string, len(sents))
	for i, s := range sents {
		w := strings.Fields(s)
		want[i] = strings.Join(n.Tag(w, p.Tag(w, nil), nil), " ")
	}
	done := make(chan error)
	for g := range 4 {
		go func() {
			var err error
			for k := range 50 {
				i := (g + k) % len(sents)
				w := strings.Fields(sents[i])
				if got := strings.Join(n.Tag(w, p.Tag(w, nil), nil), " "); got != want[i] && err == nil {
					err = fmt.Errorf("goroutine %d: Tag(%q) = %q; want %q", g, sents[i], got, want[i])
				}
			}
			done <- err
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func FuzzTagCoNLL(f *testing.F) {
	p, n := models(f)
	f.Add("-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects\n\n")
	f.Add("a\n\n\n-DOCSTART-\nb c d\n")
	f.Fuzz(func(t *testing.T, in string) {
		var out bytes.Buffer
		if err := TagCoNLL(context.Background(), strings.NewReader(in), &out, p, n); err != nil {
			return
		}
		want := strings.Count(in, "\n")
		if in != "" && !strings.HasSuffix(in, "\n") {
			want++
		}
		if got := strings.Count(out.String(), "\n"); got != want {
			t.Errorf("TagCoNLL(%q) wrote %d lines; want %d", in, got, want)
		}
	})
}

// TestForEachChunk checks that chunks read from BILOU classes equal
// Chunks of their IOB2 forms, on every class sequence of length 4.
func TestForEachChunk(t *testing.T) {
	seq := make([]int32, 4)
	var rec func(i int)
	rec = func(i int) {
		if i == len(seq) {
			var got []Chunk
			forEachChunk(seq, func(s, e, ty int) { got = append(got, Chunk{s, e, types[ty]}) })
			if want := Chunks(appendIOB(nil, seq)); !reflect.DeepEqual(got, want) {
				t.Fatalf("forEachChunk(%v) = %v; want %v", appendIOB(nil, seq), got, want)
			}
			return
		}
		for c := range int32(nClass) {
			seq[i] = c
			rec(i + 1)
		}
	}
	rec(0)
}

func TestTrimPunct(t *testing.T) {
	tests := []struct{ words, in, want string }{
		{"AP |", "B-ORG I-ORG", "B-ORG O"},
		{"Foo ( UK )", "B-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG I-ORG"},
		{"\" Hands of Stone \"", "B-PER I-PER I-PER I-PER I-PER", "O B-PER I-PER I-PER O"},
		{"AT & T ,", "B-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG O"},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.words)
		tags, err := bilou(strings.Fields(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		var st state
		st.prepare(words, nil, nil, nil, nil, nil, nil, nil)
		trimPunct(tags, st.s.toks, words)
		if got := strings.Join(appendIOB(nil, tags), " "); got != tt.want {
			t.Errorf("trimPunct(%q, %q) = %q; want %q", tt.words, tt.in, got, tt.want)
		}
	}
}

func TestHarmonize(t *testing.T) {
	words := [][]string{
		strings.Fields("Petofi said"),
		strings.Fields("Petofi rose"),
		strings.Fields("shares of Petofi"),
		strings.Fields("Paris Paris"),
	}
	in := [][]string{
		strings.Fields("B-PER O"),
		strings.Fields("B-ORG O"),
		strings.Fields("O O B-ORG"),
		strings.Fields("B-LOC B-PER"),
	}
	want := []string{"B-ORG O", "B-ORG O", "O O B-ORG", "B-LOC B-PER"} // 2 ORG vs 1 PER; 1 vs 1 stays
	classes := make([][]int32, len(in))
	for i, s := range in {
		c, err := bilou(s)
		if err != nil {
			t.Fatal(err)
		}
		classes[i] = c
	}
	harmonize(words, classes, &harmony{})
	for i, c := range classes {
		if got := strings.Join(appendIOB(nil, c), " "); got != want[i] {
			t.Errorf("harmonize: sentence %d = %q; want %q", i, got, want[i])
		}
	}
}
