package event

import (
	"context"
	"testing"
	"unicode/utf8"

	"chronicle"
	"chronicle/nlp/figure"
	"chronicle/nlp/sentence"
	"chronicle/nlp/tokenize"
)

// FuzzAnnotate runs the stage on arbitrary text with hand-made mentions
// over every capitalised token: no panic, spans valid, references valid.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"The US imposed tariffs of up to 145% on China, prompting Beijing to retaliate.",
		"Rubio met Wang Yi. Their meeting between the two sides will take place.",
		"If they don't agree, X must withdraw; \"Y said\" Z.",
		"met met met the the between and and ,",
	} {
		f.Add(s)
	}
	a := New(Options{})
	fig := figure.New(figure.Options{})
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // documents are valid UTF-8 (the preparer guarantees it)
		}
		doc := &chronicle.Document{Text: s, Meta: chronicle.Meta{Published: chronicle.Published{Value: "2025-07-11"}}}
		for _, st := range []chronicle.Annotator{tokenize.Annotator{}, sentence.Annotator{}} {
			if err := st.Annotate(context.Background(), doc); err != nil {
				return
			}
		}
		// Tag every token crudely and make capitalised words mentions of
		// country entities, so that the role code paths run.
		for i, tk := range doc.Tokens {
			w := s[tk.Start:tk.End]
			switch {
			case tk.Kind != chronicle.TokenWord:
				doc.Tokens[i].Tag = "."
			case w[0] >= 'A' && w[0] <= 'Z':
				doc.Tokens[i].Tag = "NNP"
				id := "e" + w
				doc.Mentions = append(doc.Mentions, chronicle.Mention{ID: "m" + w, Start: tk.Start, End: tk.End, Text: w, Type: "GPE", Entity: id})
				doc.Entities = append(doc.Entities, chronicle.Entity{ID: id, Name: w, Type: "GPE", Country: "USA"})
			case len(w) > 2 && w[len(w)-2:] == "ed":
				doc.Tokens[i].Tag = "VBD"
			default:
				doc.Tokens[i].Tag = "NN"
			}
		}
		if err := fig.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := a.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := doc.Check(); err != nil {
			t.Errorf("Annotate(%q): %v", s, err)
		}
		ents := map[string]bool{}
		for _, e := range doc.Entities {
			ents[e.ID] = true
		}
		for _, e := range doc.Events {
			for _, x := range append(append([]chronicle.Actor{}, e.Actors...), e.Recipients...) {
				if !ents[x.Entity] {
					t.Errorf("Annotate(%q): event %s names unknown entity %q", s, e.ID, x.Entity)
				}
			}
		}
	})
}
