package sentence

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"chronicle"
	"chronicle/nlp/tokenize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// render returns the sentences of text joined by " || ".
func render(text string, sents []chronicle.Sentence) string {
	parts := make([]string, len(sents))
	for i, s := range sents {
		parts[i] = text[s.Start:s.End]
	}
	return strings.Join(parts, " || ")
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"He left. She stayed.", "He left. || She stayed."},
		{"He left! She stayed? Yes.", "He left! || She stayed? || Yes."},
		{"Really?! Yes.", "Really?! || Yes."},
		{"No final period", "No final period"},
		{"", ""},
		{" \n\t ", ""},
		// abbreviations
		{"Mr. Smith went to Washington. He left.", "Mr. Smith went to Washington. || He left."},
		{"Gen. Lee and Dr. No met Prof. X on Sept. 11 at No. 10.", "Gen. Lee and Dr. No met Prof. X on Sept. 11 at No. 10."},
		{"He lives in the U.S. The talks ended.", "He lives in the U.S. || The talks ended."},
		{"The U.S. President Donald Trump spoke.", "The U.S. President Donald Trump spoke."},
		{"Tariffs on the U.S. and China rose.", "Tariffs on the U.S. and China rose."},
		{"Apple Inc. said profits rose.", "Apple Inc. said profits rose."},
		{"He works for Apple Inc. It is big.", "He works for Apple Inc. || It is big."},
		{"They met at 10 a.m. The talks lasted an hour.", "They met at 10 a.m. || The talks lasted an hour."},
		{"They met at 10 a.m. Tuesday in Paris.", "They met at 10 a.m. Tuesday in Paris."},
		{"He sells apples, pears etc. The shop is closed.", "He sells apples, pears etc. || The shop is closed."},
		{"Cities, e.g. Paris, grew.", "Cities, e.g. Paris, grew."},
		{"He lived on Baker St. in London.", "He lived on Baker St. in London."},
		{`It is in the U.S. "We agree," he said.`, `It is in the U.S. || "We agree," he said.`},
		// initials and numbers
		{"J. R. R. Tolkien wrote it. He died in 1973.", "J. R. R. Tolkien wrote it. || He died in 1973."},
		{"I. M. Pei designed it.", "I. M. Pei designed it."},
		{"Growth was 3.5 percent. It rose to 1,000.5 units.", "Growth was 3.5 percent. || It rose to 1,000.5 units."},
		{"It was in 2024. 2025 was better.", "It was in 2024. || 2025 was better."},
		// quotes
		{`Rubio described it as "positive and constructive." The meeting took place.`,
			`Rubio described it as "positive and constructive." || The meeting took place.`},
		{`"Why?" he asked.`, `"Why?" he asked.`},
		{`"Stop!" she shouted. Nobody did.`, `"Stop!" she shouted. || Nobody did.`},
		{`"Why?" He asked again.`, `"Why?" || He asked again.`},
		{`"We are two large countries. I think there are areas of cooperation," Rubio said.`,
			`"We are two large countries. || I think there are areas of cooperation," Rubio said.`},
		{"“We agree.” Then he left.", "“We agree.” || Then he left."},
		{"He said ‘no.’ Then he left.", "He said ‘no.’ || Then he left."},
		{"He said 'no.' Then he left.", "He said 'no.' || Then he left."},
		{`He said: "I agree." "Me too," she said.`, `He said: "I agree." || "Me too," she said.`},
		{"He left (for good.) Then she came.", "He left (for good.) || Then she came."},
		{"He left. (Reuters)", "He left. || (Reuters)"},
		// ellipsis and case
		{"He paused... Then he left.", "He paused... || Then he left."},
		{"He paused ... and left.", "He paused ... and left."},
		{"He paused… Then he left.", "He paused… || Then he left."},
		{"The price fell. eBay fell too.", "The price fell. || eBay fell too."},
		{"The vote was 3 vs. 2 in favour.", "The vote was 3 vs. 2 in favour."},
		// lines: one paragraph a line (unwrapped)
		{"US and China talk\nRubio met Wang. They talked.", "US and China talk || Rubio met Wang. || They talked."},
		{"on 11/7. Photo: AP |\nUS Secretary Rubio spoke.", "on 11/7. || Photo: AP | || US Secretary Rubio spoke."},
		{"Headline here\n\nBody text. More text.", "Headline here || Body text. || More text."},
		{"Pham Giang (According to AFP)", "Pham Giang (According to AFP)"},
		{"Mr.\nSmith", "Mr. || Smith"},
		// lines: hard-wrapped text
		{"The US Secretary of State Marco Rubio described his meeting\n" +
			"with Chinese Foreign Minister Wang Yi in Malaysia as positive\n" +
			"and constructive. The meeting took place on the sidelines of\n" +
			"the ASEAN Foreign Ministers' Meeting in Kuala Lumpur, Malaysia.\n" +
			"\n" +
			"A short heading\n" +
			"Rubio said both the US and China are very eager to hold a summit\n" +
			"between Trump and Xi. He said it will happen, and that Washington\n" +
			"and Beijing will find a mutually agreeable time to hold it.",
			"The US Secretary of State Marco Rubio described his meeting\nwith Chinese Foreign Minister Wang Yi in Malaysia as positive\nand constructive. || " +
				"The meeting took place on the sidelines of\nthe ASEAN Foreign Ministers' Meeting in Kuala Lumpur, Malaysia. || " +
				"A short heading || " +
				"Rubio said both the US and China are very eager to hold a summit\nbetween Trump and Xi. || " +
				"He said it will happen, and that Washington\nand Beijing will find a mutually agreeable time to hold it."},
		{"Officials said the talks between the two sides would resume\n" +
			"  soon in Geneva, according to people familiar with the\n" +
			"matter, who asked not to be named because the plans are\n" +
			"private and could change.",
			"Officials said the talks between the two sides would resume || soon in Geneva, according to people familiar with the\nmatter, who asked not to be named because the plans are\nprivate and could change."},
	}
	for _, tt := range tests {
		toks := tokenize.Tokens(nil, tt.in)
		sents := Split(tt.in, toks)
		if got := render(tt.in, sents); got != tt.want {
			t.Errorf("Split(%q) = %q; want %q", tt.in, got, tt.want)
		}
		checkSentences(t, tt.in, toks, sents)
	}
}

// checkSentences verifies the invariants of sentences: in order, not
// overlapping, on rune boundaries, trimmed, and every token inside exactly
// one sentence.
func checkSentences(t *testing.T, text string, toks []chronicle.Token, sents []chronicle.Sentence) {
	t.Helper()
	doc := &chronicle.Document{Text: text, Tokens: toks, Sentences: sents}
	if err := doc.Check(); err != nil {
		t.Fatalf("Split(%q): %v", text, err)
	}
	k := 0
	for i, s := range sents {
		r, _ := utf8.DecodeRuneInString(text[s.Start:])
		l, _ := utf8.DecodeLastRuneInString(text[:s.End])
		if unicode.IsSpace(r) || unicode.IsSpace(l) {
			t.Fatalf("Split(%q): sentence %d %q is not trimmed", text, i, text[s.Start:s.End])
		}
		for k < len(toks) && toks[k].End <= s.Start {
			t.Fatalf("Split(%q): token %d %q is in no sentence", text, k, text[toks[k].Start:toks[k].End])
		}
		if k >= len(toks) || toks[k].Start != s.Start {
			t.Fatalf("Split(%q): sentence %d does not start at a token", text, i)
		}
		for k < len(toks) && toks[k].End <= s.End {
			k++
		}
		if toks[k-1].End != s.End {
			t.Fatalf("Split(%q): sentence %d does not end at a token", text, i)
		}
	}
	if k != len(toks) {
		t.Fatalf("Split(%q): token %d %q is in no sentence", text, k, text[toks[k].Start:toks[k].End])
	}
}

func TestAnnotateZones(t *testing.T) {
	title := "Rubio and Wang meet in Kuala Lumpur"
	body := "Rubio met Wang on Thursday. He was in the U.S.\n"
	caption := "Rubio (left) and Wang. Photo: AP"
	more := "\nThe talks went well."
	text := title + "\n" + body + caption + more
	b0 := len(title) + 1
	c0 := b0 + len(body)
	doc := &chronicle.Document{Text: text, Zones: []chronicle.Zone{
		{Start: 0, End: len(title), Kind: chronicle.ZoneTitle},
		{Start: b0, End: c0, Kind: chronicle.ZoneBody},
		{Start: c0, End: c0 + len(caption), Kind: chronicle.ZoneCaption},
		// the rest of the text is in no zone
	}}
	ctx := context.Background()
	if err := (tokenize.Annotator{}).Annotate(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := (Annotator{}).Annotate(ctx, doc); err != nil {
		t.Fatal(err)
	}
	checkSentences(t, text, doc.Tokens, doc.Sentences)
	var got []string
	for _, s := range doc.Sentences {
		got = append(got, fmt.Sprintf("%s: %s", s.Zone, text[s.Start:s.End]))
	}
	want := []string{
		"title: " + title,
		"body: Rubio met Wang on Thursday.",
		"body: He was in the U.S.",
		"caption: Rubio (left) and Wang.",
		"caption: Photo: AP",
		"body: The talks went well.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Annotate(%q) sentences =\n%s\nwant\n%s", text, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestAnnotateErrors(t *testing.T) {
	ctx := context.Background()
	doc := &chronicle.Document{Text: "Some text."}
	if err := (Annotator{}).Annotate(ctx, doc); !errors.Is(err, ErrNoTokens) {
		t.Errorf("Annotate(no tokens) = %v; want %v", err, ErrNoTokens)
	}
	doc.Tokens = []chronicle.Token{{Start: 5, End: 9}, {Start: 0, End: 4}}
	if err := (Annotator{}).Annotate(ctx, doc); !errors.Is(err, ErrBadTokens) {
		t.Errorf("Annotate(tokens out of order) = %v; want %v", err, ErrBadTokens)
	}
	doc = &chronicle.Document{Text: "  "}
	if err := (Annotator{}).Annotate(ctx, doc); err != nil || len(doc.Sentences) != 0 {
		t.Errorf("Annotate(blank) = %v, %d sentences; want nil, 0", err, len(doc.Sentences))
	}
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if err := (Annotator{}).Annotate(canceled, doc); err == nil {
		t.Error("Annotate(canceled ctx) = nil; want an error")
	}
}

func TestNew(t *testing.T) {
	fsys := fstest.MapFS{
		"abbreviations.tsv": {Data: []byte("# test\nInc.\tnever\n")},
		"starters.tsv":      {Data: []byte("The\n")},
	}
	s, err := New(fsys)
	if err != nil {
		t.Fatal(err)
	}
	text := "He works at Apple Inc. The end."
	toks := tokenize.Tokens(nil, text)
	if got, want := render(text, s.Split(text, toks)), text; got != want {
		t.Errorf("Split(%q) with Inc. never ending = %q; want %q", text, got, want)
	}
	if got, want := render(text, Split(text, toks)), "He works at Apple Inc. || The end."; got != want {
		t.Errorf("Split(%q) = %q; want %q", text, got, want)
	}
	for _, bad := range []string{"Foo.\tsometimes\n", "Foo\tnever\n", "Foo.\n"} {
		fsys["abbreviations.tsv"] = &fstest.MapFile{Data: []byte(bad)}
		if _, err := New(fsys); err == nil {
			t.Errorf("New(abbreviations.tsv = %q) = nil error; want an error", bad)
		}
	}
	if _, err := New(fstest.MapFS{}); err == nil {
		t.Error("New(empty FS) = nil error; want an error")
	}
}

// TestLexiconTokens checks that the tokenizer keeps every abbreviation of
// the lexicon as one token with its period.
func TestLexiconTokens(t *testing.T) {
	f, err := os.Open(filepath.Join("data", "abbreviations.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		form, _, _ := strings.Cut(line, "\t")
		text := "see " + form + " 10"
		toks := tokenize.Tokens(nil, text)
		if len(toks) != 3 || text[toks[1].Start:toks[1].End] != form {
			t.Errorf("tokenize.Tokens(%q) = %d tokens; want %q as one token", text, len(toks), form)
		}
	}
}

func TestSeedGolden(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := &chronicle.Document{Text: string(text), Zones: []chronicle.Zone{{Start: 0, End: len(text), Kind: chronicle.ZoneBody}}}
	ctx := context.Background()
	if err := (tokenize.Annotator{}).Annotate(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := (Annotator{}).Annotate(ctx, doc); err != nil {
		t.Fatal(err)
	}
	checkSentences(t, doc.Text, doc.Tokens, doc.Sentences)
	var b strings.Builder
	for _, s := range doc.Sentences {
		fmt.Fprintf(&b, "%d\t%d\t%s\t%s\n", s.Start, s.End, s.Zone, doc.Text[s.Start:s.End])
	}
	golden := filepath.Join("testdata", "seed.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("sentences of the seed differ from %s (run with -update after checking):\n%s", golden, got)
	}
}

func TestSplitAllocs(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	toks := tokenize.Tokens(nil, text)
	// only the result slice and its growth: no allocation per token or sentence
	if n := testing.AllocsPerRun(20, func() { Split(text, toks) }); n > 3 {
		t.Errorf("Split(seed) allocates %v times; want at most 3", n)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"He left. She stayed.",
		"Mr. Smith met U.S. officials. \"Why?\" he asked.\n\nNext para…",
		"a\nb\nc\n  d\n• e",
		"“We agree.” ‘no.’ (x.) 3.5. etc. Then",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		toks := tokenize.Tokens(nil, text)
		checkSentences(t, text, toks, Split(text, toks))
		// again with a title zone up to the first newline and a body after it
		if nl := strings.IndexByte(text, '\n'); nl >= 0 {
			doc := &chronicle.Document{Text: text, Zones: []chronicle.Zone{
				{Start: 0, End: nl, Kind: chronicle.ZoneTitle},
				{Start: nl + 1, End: len(text), Kind: chronicle.ZoneBody},
			}}
			ctx := context.Background()
			if err := (tokenize.Annotator{}).Annotate(ctx, doc); err != nil {
				t.Fatal(err)
			}
			if err := (Annotator{}).Annotate(ctx, doc); err != nil {
				t.Fatal(err)
			}
			checkSentences(t, text, doc.Tokens, doc.Sentences)
			for _, s := range doc.Sentences {
				if s.Start < nl && s.End > nl {
					t.Fatalf("Annotate(%q): sentence [%d,%d) crosses the zone boundary %d", text, s.Start, s.End, nl)
				}
			}
		}
	})
}
