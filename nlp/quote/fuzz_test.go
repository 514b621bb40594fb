package quote

import (
	"context"
	"strconv"
	"testing"
	"unicode/utf8"

	"chronicle"
	"chronicle/internal/stagetest"
	"chronicle/lexicon"
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

// FuzzAnnotateMentions runs the stage on arbitrary text with crude tags
// and hand-made mentions over every capitalised token (persons, bodies and
// places in turn, one entity per word, some with a people-lexicon id), so
// that the speaker resolver's paths run: no panic, spans valid, speaker
// entities known.
func FuzzAnnotateMentions(f *testing.F) {
	for _, s := range []string{
		`Tony Blair met Gordon Brown. The prime minister said that the chancellor, who spoke, was right.`,
		`The Tory party said it would. "No," said the 30-year-old. A Labour spokesman - who said so - agreed.`,
		`Ahern - who said X. the company said. The report said. It found that they said.`,
		"said the party's official spokesman, the,, - who -", "the Party party said", "A B 's C D said: \"E\"",
	} {
		f.Add(s)
	}
	lex, err := lexicon.Default()
	if err != nil {
		f.Fatal(err)
	}
	a := New(Options{People: lex})
	types := []string{"PERSON", "ORG", "GPE"}
	f.Fuzz(func(t *testing.T, s string) {
		doc, ok := stagetest.Segmented(s, "2005-03-01")
		if !ok {
			return
		}
		stagetest.CrudeTags(doc, func(i int) {
			tk := doc.Tokens[i]
			id := "e" + strconv.Itoa(len(doc.Entities)+1)
			typ := types[len(doc.Entities)%len(types)]
			// Every other mention runs over the next token too, so that
			// speaker words may end inside a mention.
			end := tk.End
			if len(doc.Entities)%2 == 1 && i+1 < len(doc.Tokens) {
				end = doc.Tokens[i+1].End
			}
			doc.Mentions = append(doc.Mentions, chronicle.Mention{ID: "m" + id, Start: tk.Start, End: end, Text: s[tk.Start:end], Type: typ, Entity: id})
			e := chronicle.Entity{ID: id, Name: s[tk.Start:tk.End] + " Party", Type: typ}
			if typ == "PERSON" {
				e.KB = "person:tony-blair"
			}
			doc.Entities = append(doc.Entities, e)
		})
		if err := a.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := doc.Check(); err != nil {
			t.Fatalf("Annotate(%q): %v", s, err)
		}
		ents := map[string]bool{}
		for _, e := range doc.Entities {
			ents[e.ID] = true
		}
		for _, q := range doc.Quotes {
			if q.Speaker != nil && q.Speaker.Entity != "" && !ents[q.Speaker.Entity] {
				t.Errorf("Annotate(%q): quote %s names unknown entity %q", s, q.ID, q.Speaker.Entity)
			}
		}
	})
}
