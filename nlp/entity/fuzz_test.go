package entity

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle"
)

// FuzzAnnotate feeds arbitrary text with recogniser mentions on arbitrary
// word-aligned spans and checks that Annotate keeps every span invariant.
func FuzzAnnotate(f *testing.F) {
	f.Add("US Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi. Photo: AP\nUS", uint64(0x1234567), "2025-07-11")
	f.Add("Trump's tariffs. The White House and Beijing; the ASEAN Summit in Kuala Lumpur, Malaysia.", uint64(99), "")
	f.Add("Rubio, the US Secretary of State, said. President Xi", uint64(7), "2022-01-01")
	f.Add("Ministry of Foreign Affairs of the Republic of China and Department of State", uint64(3), "2025")
	f.Add("Labour MPs, MSPs and the Tory MP Jonathan Sayeed. Britain's Treasury and the Health Service (Miscellaneous Provisions) Bill.", uint64(11), "2005-03-01")
	f.Add("Michael Howard's ex-model wife, Sandra. Liggett Group and Brown and Williamson and ) Act", uint64(5), "")
	lex := testLexicon(f)
	types := []string{"PERSON", "ORG", "LOC", "MISC", "GPE"}
	f.Fuzz(func(t *testing.T, text string, seed uint64, date string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := &chronicle.Document{Text: text}
		doc.Meta.Published.Value = date
		// Mentions over random runs of words, as a recogniser would give.
		ws := splitWords(text)
		for i := 0; i < len(ws); {
			seed = seed*6364136223846793005 + 1442695040888963407
			n := int(seed>>60)%3 + 1
			if seed>>59&1 == 1 && i+n <= len(ws) {
				s, e := int(ws[i].s), int(ws[i+n-1].e)
				doc.Mentions = append(doc.Mentions, chronicle.Mention{Start: s, End: e, Text: text[s:e], Type: types[int(seed>>40)%len(types)]})
			}
			i += n
		}
		if err := New(lex, Options{}).Annotate(context.Background(), doc); err != nil {
			t.Fatalf("Annotate: %v", err)
		}
		if err := doc.Check(); err != nil {
			t.Fatalf("Check: %v", err)
		}
		ids := map[string]bool{}
		for _, e := range doc.Entities {
			ids[e.ID] = true
		}
		for k, m := range doc.Mentions {
			if strings.ContainsAny(m.Text, "\n\r") || m.Start >= m.End || !ids[m.Entity] {
				t.Fatalf("mention %d %+v: crosses a line, is empty or has no entity", k, m)
			}
			if k > 0 && m.Start < doc.Mentions[k-1].Start {
				t.Fatalf("mentions out of order at %d", k)
			}
		}
	})
}
