package tokenize

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle"
)

// join renders the tokens of text separated by " | ".
func join(text string, toks []chronicle.Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = text[t.Start:t.End]
	}
	return strings.Join(parts, " | ")
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		// clitics
		{"Trump's", "Trump | 's"},
		{"TRUMP'S", "TRUMP | 'S"},
		{"don't", "do | n't"},
		{"Don't", "Do | n't"},
		{"DON'T", "DO | N'T"},
		{"can't won't isn't", "ca | n't | wo | n't | is | n't"},
		{"they're we've he'll she'd I'm", "they | 're | we | 've | he | 'll | she | 'd | I | 'm"},
		{"Trump’s don’t they’re", "Trump | ’s | do | n’t | they | ’re"},
		{"O'Neill o'clock d'Estaing rock'n'roll gov't", "O'Neill | o'clock | d'Estaing | rock'n'roll | gov't"},
		{"the farmers' union", "the | farmers | ' | union"},
		{"Trump 's", "Trump | 's"},
		{"the '90s", "the | '90s"},
		{"'Hello'", "' | Hello | '"},
		// quotes and brackets
		{`"positive and constructive."`, `" | positive | and | constructive | . | "`},
		{`“Hi,” she said.`, "“ | Hi | , | ” | she | said | ."},
		{"‘quoted’", "‘ | quoted | ’"},
		{"``PTB''", "`` | PTB | ''"},
		{"(left) [1] {x}", "( | left | ) | [ | 1 | ] | { | x | }"},
		{"![]() |", "! | [ | ] | ( | ) | |"},
		// abbreviations and initials
		{"U.S. officials", "U.S. | officials"},
		{"in the U.S.", "in | the | U.S."},
		{"U.N. and E.U.", "U.N. | and | E.U."},
		{"Mr. Smith and Mrs. Jones", "Mr. | Smith | and | Mrs. | Jones"},
		{"Jan. 5, Gen. Lee, Apple Inc. and Ford Motor Co.", "Jan. | 5 | , | Gen. | Lee | , | Apple | Inc. | and | Ford | Motor | Co."},
		{"e.g., i.e. a.m. p.m.", "e.g. | , | i.e. | a.m. | p.m."},
		{"Ph.D. student", "Ph.D. | student"},
		{"J. R. R. Tolkien", "J. | R. | R. | Tolkien"},
		{"I. M. Pei", "I. | M. | Pei"},
		{"than I.", "than | I | ."},
		{"No. 10 Downing", "No. | 10 | Downing"},
		{"the answer is no.", "the | answer | is | no | ."},
		{"He said No.", "He | said | No | ."},
		{"Roe v. Wade", "Roe | v. | Wade"},
		{"apples, pears etc.", "apples | , | pears | etc."},
		{"Sacramento, Calif.", "Sacramento | , | Calif."},
		{"mr. smith", "mr | . | smith"},
		{"U.S.-China talks", "U.S.-China | talks"},
		{"a U.S.-U.K.-E.U. pact", "a | U.S.-U.K.-E.U. | pact"},
		{"(see http://x.org/a))))", "( | see | http://x.org/a | ) | ) | ) | )"},
		{"the end.The next", "the | end | . | The | next"},
		{"1. First\n2. Second", "1. | First | 2. | Second"},
		{"rose 3. Then", "rose | 3 | . | Then"},
		// numbers
		{"145, 3.5, 1,000 and 2,500.75", "145 | , | 3.5 | , | 1,000 | and | 2,500.75"},
		{"1,000,000 people", "1,000,000 | people"},
		{"1,2,3", "1 | , | 2 | , | 3"},
		{"up to 145%", "up | to | 145 | %"},
		{"$2.5bn", "$ | 2.5bn"},
		{"$1.13bn (£600m)", "$ | 1.13bn | ( | £ | 600m | )"},
		{"€5 ¥10", "€ | 5 | ¥ | 10"},
		{"US$300 HK$5 C$1", "US$ | 300 | HK$ | 5 | C$ | 1"},
		{"on 11/7.", "on | 11/7 | ."},
		{"2025/07/11 2025-07-11 1/2 3-1/2", "2025/07/11 | 2025-07-11 | 1/2 | 3-1/2"},
		{"at 10:30 a.m.", "at | 10:30 | a.m."},
		{"0.5 .5 +0.5 +44", "0.5 | .5 | +0.5 | +44"},
		{"49th 1990s 3M", "49th | 1990s | 3M"},
		// hyphens, slashes, dashes
		{"US-China well-known 30-year-old", "US-China | well-known | 30-year-old"},
		{"face-to-face", "face-to-face"},
		{"pre- and post-war", "pre | - | and | post-war"},
		{"and/or US/UK", "and | / | or | US | / | UK"},
		{"AT&T S&P R&D", "AT&T | S&P | R&D"},
		{"word--word", "word | -- | word"},
		{"word—word – x", "word | — | word | – | x"},
		{"wait... what…", "wait | ... | what | …"},
		{"Really?! Yes!!", "Really | ?! | Yes | !!"},
		// URLs, e-mail, handles
		{"see https://example.com/a_(b)).", "see | https://example.com/a_(b) | ) | ."},
		{"www.bbc.co.uk, or bbc.co.uk/news.", "www.bbc.co.uk | , | or | bbc.co.uk/news | ."},
		{"pic.twitter.com/KQLpngeTbO—Apple Music", "pic.twitter.com/KQLpngeTbO | — | Apple | Music"},
		{"https://t.co/XPxUJuyIAC– Maguire http://x.org/a…", "https://t.co/XPxUJuyIAC | – | Maguire | http://x.org/a | …"},
		{"mail john.smith@example.co.uk.", "mail | john.smith@example.co.uk | ."},
		{"Amazon.com shares", "Amazon.com | shares"},
		{"#MeToo @user", "#MeToo | @user"},
		// Unicode
		{"Café naïve Zürich", "Café | naïve | Zürich"},
		{"good 👍🏽 ok", "good | 👍🏽 | ok"},
		{"non\u00a0breaking", "non | breaking"},
		{"", ""},
		{"   \n\t ", ""},
	}
	for _, tt := range tests {
		if got := join(tt.in, Tokens(nil, tt.in)); got != tt.want {
			t.Errorf("Tokens(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestKinds(t *testing.T) {
	tests := []struct {
		in   string
		want chronicle.TokenKind
	}{
		{"word", chronicle.TokenWord},
		{"U.S.", chronicle.TokenWord},
		{"30-year-old", chronicle.TokenWord},
		{"145", chronicle.TokenNumber},
		{"2,500.75", chronicle.TokenNumber},
		{"11/7", chronicle.TokenNumber},
		{"2025-07-11", chronicle.TokenNumber},
		{"2.5bn", chronicle.TokenNumber},
		{".", chronicle.TokenPunct},
		{"“", chronicle.TokenPunct},
		{"—", chronicle.TokenPunct},
		{"%", chronicle.TokenSymbol},
		{"$", chronicle.TokenSymbol},
		{"US$", chronicle.TokenSymbol},
		{"£", chronicle.TokenSymbol},
		{"👍", chronicle.TokenOther},
		{"\x00", chronicle.TokenOther},
	}
	for _, tt := range tests {
		toks := Tokens(nil, tt.in)
		if len(toks) != 1 || toks[0].Kind != tt.want {
			t.Errorf("Tokens(%q) = %v; want one token of kind %d", tt.in, toks, tt.want)
		}
	}
}

// checkTokens verifies the invariants of Tokens on text.
func checkTokens(t *testing.T, text string, toks []chronicle.Token) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("Tokens(%q): token %d [%d,%d) empty, out of order or out of range", text, i, tk.Start, tk.End)
		}
		for _, r := range text[prev:tk.Start] {
			if !isSpace(r) {
				t.Fatalf("Tokens(%q): %q before token %d is not covered", text, r, i)
			}
		}
		if utf8.ValidString(text) {
			if !utf8.RuneStart(text[tk.Start]) || tk.End < len(text) && !utf8.RuneStart(text[tk.End]) {
				t.Fatalf("Tokens(%q): token %d [%d,%d) not on rune boundaries", text, i, tk.Start, tk.End)
			}
		}
		prev = tk.End
	}
	for _, r := range text[prev:] {
		if !isSpace(r) {
			t.Fatalf("Tokens(%q): trailing %q is not covered", text, r)
		}
	}
}

func TestSeedInvariants(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := &chronicle.Document{Text: string(text)}
	if err := (Annotator{}).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	checkTokens(t, doc.Text, doc.Tokens)
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
	if len(doc.Tokens) < 500 {
		t.Errorf("Annotate(seed) made %d tokens; want at least 500", len(doc.Tokens))
	}
}

func TestAnnotateZones(t *testing.T) {
	// The zone boundary falls inside "AP|US": no token may cross it.
	text := "Photo: AP|US officials said."
	doc := &chronicle.Document{Text: text, Zones: []chronicle.Zone{
		{Start: 0, End: 9, Kind: chronicle.ZoneCaption},
		{Start: 9, End: len(text), Kind: chronicle.ZoneBody},
	}}
	if err := (Annotator{}).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
	got := join(text, doc.Tokens)
	want := "Photo | : | AP | | | US | officials | said | ."
	if got != want {
		t.Errorf("Annotate(%q) tokens = %q; want %q", text, got, want)
	}
	for _, tk := range doc.Tokens {
		if tk.Start < 9 && tk.End > 9 {
			t.Errorf("Annotate(%q): token [%d,%d) crosses the zone boundary at 9", text, tk.Start, tk.End)
		}
	}
}

func TestAnnotateCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := (Annotator{}).Annotate(ctx, &chronicle.Document{Text: "x"}); err == nil {
		t.Error("Annotate(canceled ctx) = nil; want an error")
	}
}

func TestTokensAllocs(t *testing.T) {
	text := "US Secretary of State Marco Rubio's talks on 11/7 (AP) didn't end: \"145%\" of $2.5bn, U.S.-China."
	dst := make([]chronicle.Token, 0, 100)
	if n := testing.AllocsPerRun(100, func() { dst = Tokens(dst[:0], text) }); n != 0 {
		t.Errorf("Tokens with a large enough dst allocates %v times; want 0", n)
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{
		"Trump's don't U.S. 145% $2.5bn 11/7 “Hi” ’s …",
		"https://x.org/a_(b)). john@x.co.uk #tag @h +44 .5 '90s",
		"I. M. Pei, No. 10, 1. Item\n2. Item",
		"👍🏽 e\u0301 \u200d\xff\xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkTokens(t, text, Tokens(nil, text))
	})
}
