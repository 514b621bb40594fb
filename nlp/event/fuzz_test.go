package event

import (
	"context"
	"strconv"
	"testing"

	"chronicle"
	"chronicle/internal/stagetest"
	"chronicle/nlp/figure"
)

// FuzzAnnotate runs the stage on arbitrary text with hand-made mentions
// over every capitalised token and hand-made quotes after every "said" or
// "suggest" (to the end of the sentence, spoken by the mention before the
// cue): no panic, no endless recursion, spans valid, references valid.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"The US imposed tariffs of up to 145% on China, prompting Beijing to retaliate.",
		"Rubio met Wang Yi. Their meeting between the two sides will take place.",
		"If they don't agree, X must withdraw; \"Y said\" Z.",
		"met met met the the between and and ,",
		"China said it imposed tariffs on Japan. Japan said it said they met China.",
		"They said he said it met Iran, said Iraq. Analysts suggest that it attacked Syria.",
		"they said it attacked, it said.",
	} {
		f.Add(s)
	}
	a := New(Options{})
	fig := figure.New(figure.Options{})
	f.Fuzz(func(t *testing.T, s string) {
		doc, ok := stagetest.Segmented(s, "2025-07-11")
		if !ok {
			return
		}
		// Tag every token crudely and make capitalised words mentions of
		// country entities, so that the role code paths run.
		stagetest.CrudeTags(doc, func(i int) {
			tk := doc.Tokens[i]
			w := s[tk.Start:tk.End]
			id := "e" + w
			doc.Mentions = append(doc.Mentions, chronicle.Mention{ID: "m" + w, Start: tk.Start, End: tk.End, Text: w, Type: "GPE", Entity: id})
			doc.Entities = append(doc.Entities, chronicle.Entity{ID: id, Name: w, Type: "GPE", Country: "USA"})
		})
		doc.Quotes = fuzzQuotes(doc)
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

// fuzzQuotes makes quotes as the quote stage does: for each "said" or
// "suggest", the rest of the sentence after it, or the sentence before
// the speaker when nothing follows the cue ("it met Iran, they said"); the
// speaker is the word before the cue (a pronoun or a mention).
func fuzzQuotes(doc *chronicle.Document) []chronicle.Quote {
	var qs []chronicle.Quote
	sen := 0
	for i, tk := range doc.Tokens {
		for sen < len(doc.Sentences) && doc.Sentences[sen].End <= tk.Start {
			sen++
		}
		if sen >= len(doc.Sentences) || i == 0 {
			break
		}
		w := doc.Text[tk.Start:tk.End]
		sp := doc.Tokens[i-1]
		if (w != "said" && w != "suggest") || sp.Start < doc.Sentences[sen].Start || sp.Kind != chronicle.TokenWord {
			continue
		}
		q := chronicle.Quote{ID: "q" + strconv.Itoa(len(qs)+1), Kind: "indirect",
			Cue: &chronicle.Cue{Text: w, Start: tk.Start, End: tk.End}, Speaker: &chronicle.Speaker{Text: doc.Text[sp.Start:sp.End], Start: sp.Start, End: sp.End}}
		for _, m := range doc.Mentions {
			if m.Start == sp.Start {
				q.Speaker.Entity = m.Entity
			}
		}
		if i+1 < len(doc.Tokens) && doc.Tokens[i+1].Kind == chronicle.TokenWord && doc.Tokens[i+1].Start < doc.Sentences[sen].End {
			q.Start, q.End = doc.Tokens[i+1].Start, doc.Sentences[sen].End
		} else if sp.Start > doc.Sentences[sen].Start {
			q.Start, q.End = doc.Sentences[sen].Start, sp.Start
		} else {
			continue
		}
		q.Text = doc.Text[q.Start:q.End]
		qs = append(qs, q)
	}
	return qs
}
