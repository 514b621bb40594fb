package entity_test

import (
	"context"
	"fmt"
	"strings"

	"chronicle"
	"chronicle/lexicon"
	"chronicle/nlp/entity"
)

func ExampleAnnotator_Annotate() {
	lex, err := lexicon.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	a := entity.New(lex, entity.Options{})
	text := "US Secretary of State Marco Rubio met Wang Yi in Kuala Lumpur. Rubio said Washington wants talks."
	doc := &chronicle.Document{Text: text}
	doc.Meta.Published.Value = "2025-07-11"
	// What a statistical recogniser left: a title inside a person span.
	for _, m := range []struct{ text, typ string }{
		{"US Secretary of State Marco Rubio", "PERSON"}, {"Wang Yi", "PERSON"}, {"Rubio", "PERSON"}, {"Washington", "LOC"},
	} {
		s := strings.LastIndex(text, m.text)
		doc.Mentions = append(doc.Mentions, chronicle.Mention{Start: s, End: s + len(m.text), Text: m.text, Type: m.typ})
	}
	if err := a.Annotate(context.Background(), doc); err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range doc.Entities {
		fmt.Printf("%s %s %s %s %s %q %d\n", e.ID, e.Name, e.Type, e.Country, e.Sector, e.Titles, len(e.Mentions))
	}
	id, _ := a.Resolve(doc, "Secretary Rubio")
	fmt.Println("Secretary Rubio →", id)
	// Output:
	// e1 United States GPE USA  [] 2
	// e2 Marco Rubio PERSON USA GOV ["US Secretary of State"] 2
	// e3 Wang Yi PERSON CHN GOV [] 1
	// e4 Kuala Lumpur GPE MYS  [] 1
	// Secretary Rubio → e2
}
