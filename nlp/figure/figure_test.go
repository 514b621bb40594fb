package figure

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"chronicle"
	"chronicle/clean"
	"chronicle/lexicon"
	"chronicle/nlp/entity"
	"chronicle/nlp/ner"
	"chronicle/nlp/pos"
	"chronicle/nlp/sentence"
	"chronicle/nlp/timex"
	"chronicle/nlp/tokenize"
)

// stages are the real stages that run before figure, built once.
var stages = sync.OnceValues(func() ([]chronicle.Annotator, error) {
	pt, err := pos.New()
	if err != nil {
		return nil, err
	}
	nt, err := ner.New()
	if err != nil {
		return nil, err
	}
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	return []chronicle.Annotator{
		tokenize.Annotator{}, sentence.Annotator{}, pos.Annotator{T: pt}, ner.Annotator{T: nt},
		entity.New(lex, entity.Options{}), timex.New(timex.Options{}),
	}, nil
})

// annotate runs the pipeline up to and including the figure stage.
func annotate(t testing.TB, a *Annotator, text string) *chronicle.Document {
	t.Helper()
	st, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	doc := &chronicle.Document{Text: text, Meta: chronicle.Meta{Published: chronicle.Published{Value: "2025-07-11", Source: chronicle.DateUser}}}
	for _, s := range append(st, a) {
		if err := s.Annotate(context.Background(), doc); err != nil {
			t.Fatalf("Annotate(%q): %v", text, err)
		}
	}
	if err := doc.Check(); err != nil {
		t.Fatalf("Check() after Annotate(%q): %v", text, err)
	}
	return doc
}

// line renders a figure as `text|value|unit|mod|about`.
func line(f chronicle.Figure) string {
	return fmt.Sprintf("%s|%g|%s|%s|%s", f.Text, f.Value, f.Unit, f.Mod, f.About)
}

func TestFigures(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// Percentages, modifiers and what they measure.
		{"The US imposed additional tariffs of up to 145% on Chinese products.", []string{"145%|145|percent|EQUAL_OR_LESS|tariff rate"}},
		{"Beijing retaliated with tariffs of 125%.", []string{"125%|125|percent||tariff rate"}},
		{"The economy recorded a 3.5% rise in GDP.", []string{"3.5%|3.5|percent||GDP growth"}},
		{"GDP grew by 3.5% last year.", []string{"3.5%|3.5|percent||GDP growth"}},
		{"Exports fell 12 percent.", []string{"12 percent|12|percent||export decline"}},
		{"Washington announced 145% tariffs on Chinese goods.", []string{"145%|145|percent||tariff rate"}},
		{"Inflation of 3.2 per cent worried the bank.", []string{"3.2 per cent|3.2|percent||inflation rate"}},
		{"The unemployment rate of 4.1% was a surprise.", []string{"4.1%|4.1|percent||unemployment rate"}},
		{"Debt reached 120% of GDP.", []string{"120%|120|percent||share of GDP"}},
		{"The firm bought a 20% stake in the bank.", []string{"20%|20|percent||stake"}},
		{"Interest rates rose by 0.5 percentage points.", []string{"0.5 percentage points|0.5|percentage-points||interest rate growth"}},
		{"Support for the plan is at least 60%.", []string{"60%|60|percent|EQUAL_OR_MORE|"}},
		{"Turnout was more than 70 percent.", []string{"70 percent|70|percent|MORE_THAN|"}},
		{"Prices were about 5% higher.", []string{"5%|5|percent|APPROX|"}},
		{"Nearly 40% of voters stayed home.", []string{"40%|40|percent|APPROX|share of voter"}},
		{"Tariffs were cut to 30%.", []string{"30%|30|percent||tariff rate"}},
		// Money.
		{"The deal is worth $2.5bn.", []string{"$2.5bn|2.5e+09|USD||deal"}},
		{"They paid US$2.5 billion for it.", []string{"US$2.5 billion|2.5e+09|USD||"}},
		{"The fund holds 2.5 billion dollars.", []string{"2.5 billion dollars|2.5e+09|USD||"}},
		{"The tower cost HK$300m.", []string{"HK$300m|3e+08|HKD||"}},
		{"Ottawa spent C$40 million on the bridge.", []string{"C$40 million|4e+07|CAD||"}},
		{"Brussels fined the company €3 million.", []string{"€3 million|3e+06|EUR||"}},
		{"The club sold him for £85m.", []string{"£85m|8.5e+07|GBP||"}},
		{"China pledged ¥500 billion to the plan.", []string{"¥500 billion|5e+11|CNY||"}},
		{"Tokyo set aside ¥2 trillion for defence.", []string{"¥2 trillion|2e+12|JPY||"}},
		{"Beijing lent 10 billion yuan to the province.", []string{"10 billion yuan|1e+10|CNY||"}},
		{"Tokyo paid 500 million yen.", []string{"500 million yen|5e+08|JPY||"}},
		{"He donated 20,000 euros to the charity.", []string{"20,000 euros|20000|EUR||"}},
		{"The bill was 300 Hong Kong dollars.", []string{"300 Hong Kong dollars|300|HKD||"}},
		{"Fines of up to $500,000 apply.", []string{"$500,000|500000|USD|EQUAL_OR_LESS|fine"}},
		{"Lutnick announced a $1.2 trillion investment.", []string{"$1.2 trillion|1.2e+12|USD||investment"}},
		{"Sales reached £3.4bn.", []string{"£3.4bn|3.4e+09|GBP||"}},
		// Counts, tonnes and barrels.
		{"Three people were killed.", []string{"Three|3|count||people"}},
		{"The army sent 1,000 troops to the border.", []string{"1,000|1000|count||troops"}},
		{"More than 200 protesters were arrested.", []string{"200|200|count|MORE_THAN|protesters"}},
		{"At least 12 soldiers died.", []string{"12|12|count|EQUAL_OR_MORE|soldiers"}},
		{"Some 5,000 refugees crossed the border.", []string{"5,000|5000|count|APPROX|refugees"}},
		{"They shipped 50,000 tonnes of soybeans.", []string{"50,000 tonnes|50000|tonnes||"}},
		{"Output rose to 2 million barrels a day.", []string{"2 million barrels|2e+06|barrels||output"}},
		{"Twenty-five new ships joined the fleet.", []string{"Twenty-five|25|count||ships"}},
		{"A dozen journalists were detained.", []string{"dozen|12|count||journalists"}},
		// Not figures.
		{"Tensions escalated during Trump's second term.", nil},
		{"In 2024, the talks resumed.", nil},
		{"The meeting lasted three hours.", nil},
		{"This was the first face-to-face meeting between the two foreign ministers.", nil},
		{"The 2024 elections were close.", nil},
		{"He lives at 10 Downing Street.", nil},
		{"It happened on 11/7 at 3 pm.", nil},
		{"The two sides agreed.", nil},
		{"One of the highest-level contacts took place.", nil},
	}
	a := New(Options{})
	for _, tt := range tests {
		doc := annotate(t, a, tt.text)
		var got []string
		for _, f := range doc.Figures {
			got = append(got, line(f))
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("Annotate(%q) figures = %q; want %q", tt.text, got, tt.want)
		}
	}
}

func TestIDs(t *testing.T) {
	doc := annotate(t, New(Options{}), "Tariffs of 145% and 125% hit $600bn of trade and 3 million workers.")
	for i, f := range doc.Figures {
		if want := fmt.Sprintf("f%d", i+1); f.ID != want {
			t.Errorf("Figures[%d].ID = %q; want %q", i, f.ID, want)
		}
		if i > 0 && f.Start < doc.Figures[i-1].End {
			t.Errorf("Figures[%d] at %d overlaps the previous one ending at %d", i, f.Start, doc.Figures[i-1].End)
		}
	}
	if len(doc.Figures) != 4 {
		t.Errorf("Annotate: %d figures; want 4: %v", len(doc.Figures), doc.Figures)
	}
}

func TestParseNumeral(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"145", 145, true}, {"1,000", 1000, true}, {"2.5", 2.5, true}, {"2.5bn", 2.5e9, true},
		{"300m", 3e8, true}, {"12,345,678", 12345678, true}, {"1.2tn", 1.2e12, true},
		{"1,00", 0, false}, {"2nd", 0, false}, {"11/7", 0, false}, {"1.2.3", 0, false}, {"", 0, false},
		{",5", 0, false}, {"5.", 0, false}, {"1234,567", 0, false}, {"3x", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumeral(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseNumeral(%q) = %g, %v; want %g, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestNoTokens(t *testing.T) {
	doc := &chronicle.Document{Text: "Tariffs of 145%."}
	if err := New(Options{}).Annotate(context.Background(), doc); err != nil || len(doc.Figures) != 0 {
		t.Errorf("Annotate(no tokens) = %v, %d figures; want nil, 0", err, len(doc.Figures))
	}
}

func TestVocabularyErrors(t *testing.T) {
	for _, data := range []string{"number\tone\n", "number\tone\tx\n", "colour\tred\tx\n"} {
		a := New(Options{FS: fstest.MapFS{vocabPath: {Data: []byte(data)}}})
		err := a.Annotate(context.Background(), &chronicle.Document{Text: "x"})
		if !errors.Is(err, ErrVocabulary) {
			t.Errorf("Annotate with vocabulary %q = %v; want ErrVocabulary", data, err)
		}
	}
	a := New(Options{FS: fstest.MapFS{}})
	if err := a.Annotate(context.Background(), &chronicle.Document{Text: "x"}); !errors.Is(err, ErrVocabulary) {
		t.Errorf("Annotate without a vocabulary = %v; want ErrVocabulary", err)
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := New(Options{}).Annotate(ctx, &chronicle.Document{Text: "x"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Annotate(canceled) = %v; want context.Canceled", err)
	}
}

func FuzzParseNumeral(f *testing.F) {
	for _, s := range []string{"145", "1,000", "2.5bn", "300m", "1.2.3", "", "9,99", "1e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseNumeral(s)
		if !ok && v != 0 {
			t.Errorf("ParseNumeral(%q) = %g, false; want 0 when not ok", s, v)
		}
		if ok && (v < 0 || v != v) {
			t.Errorf("ParseNumeral(%q) = %g; want a finite non-negative number", s, v)
		}
	})
}

func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{"Tariffs of up to 145% on $2.5bn.", "¥ ¥5 5¥ US$ 1,000 troops", "three-", "€3 ¥ 4"} {
		f.Add(s)
	}
	a := New(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // documents are valid UTF-8 (the preparer guarantees it)
		}
		doc := &chronicle.Document{Text: s}
		for _, st := range []chronicle.Annotator{tokenize.Annotator{}, sentence.Annotator{}, a} {
			if err := st.Annotate(context.Background(), doc); err != nil {
				return
			}
		}
		if err := doc.Check(); err != nil {
			t.Errorf("Annotate(%q): %v", s, err)
		}
	})
}

func BenchmarkFigures(b *testing.B) {
	text := strings.Repeat("The US imposed additional tariffs of up to 145% on Chinese products, prompting Beijing to retaliate with tariffs of 125%. Three people died and 1,000 troops moved; the deal is worth $2.5bn. ", 20)
	a := New(Options{})
	doc := annotate(b, a, text)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := a.Annotate(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// seed returns the seed article prepared by the cleaner, as the CLI does.
func seed(t testing.TB) *chronicle.Document {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a := &chronicle.Article{Format: chronicle.FormatText, Body: body,
		Meta: chronicle.Meta{Published: chronicle.Published{Value: "2025-07-11", Source: chronicle.DateUser}}}
	doc, err := clean.New(clean.Options{}).Prepare(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	st, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range append(st, New(Options{})) {
		if err := s.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
	}
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestSeed(t *testing.T) {
	doc := seed(t)
	var got []string
	for _, f := range doc.Figures {
		got = append(got, f.ID+" "+line(f))
	}
	want := []string{"f1 145%|145|percent|EQUAL_OR_LESS|tariff rate", "f2 125%|125|percent||tariff rate"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("seed figures =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestConcurrent(t *testing.T) {
	a := New(Options{})
	text := "The US imposed additional tariffs of up to 145% on Chinese products worth $2.5bn."
	want := fmt.Sprint(annotate(t, a, text).Figures)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if got := fmt.Sprint(annotate(t, a, text).Figures); got != want {
				t.Errorf("concurrent Annotate = %s; want %s", got, want)
			}
		})
	}
	wg.Wait()
}
