package quote

import (
	"context"
	"testing"
	"unicode/utf8"

	"chronicle"
	"chronicle/nlp/tokenize"
)

// FuzzAnnotate checks that any text, with or without a token layer, gives
// quotes whose spans pass the document check.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		`"I think it will happen," he said, adding that talks resume.`,
		"“Open\n\n“Continued,” said Smith (R-Texas). ''Doubled'' ``marks''",
		"According to AFP, (according to X) Y: ‘headline’ id=\"1\" ‘unclosed",
		`"`, "“", "''", "said", ", said ,", "\"a\"b\"c\"",
	} {
		f.Add(s, true)
	}
	a := New(Options{})
	f.Fuzz(func(t *testing.T, text string, tokens bool) {
		if !utf8.ValidString(text) {
			return
		}
		doc := &chronicle.Document{Text: text}
		if tokens {
			doc.Tokens = tokenize.Tokens(nil, text)
		}
		if err := a.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := doc.Check(); err != nil {
			t.Fatalf("Annotate(%q): %v", text, err)
		}
	})
}
