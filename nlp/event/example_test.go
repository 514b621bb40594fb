package event_test

import (
	"context"
	"fmt"

	"chronicle"
	"chronicle/nlp/event"
)

// The event stage reads the layers earlier stages wrote; here they are
// written by hand: tokens with their tags, one sentence and two entities.
func ExampleAnnotator_Annotate() {
	text := "China accused Japan."
	doc := &chronicle.Document{
		Text: text,
		Tokens: []chronicle.Token{
			{Start: 0, End: 5, Tag: "NNP"}, {Start: 6, End: 13, Tag: "VBD"},
			{Start: 14, End: 19, Tag: "NNP"}, {Start: 19, End: 20, Kind: chronicle.TokenPunct, Tag: "."},
		},
		Sentences: []chronicle.Sentence{{Start: 0, End: 20}},
		Mentions: []chronicle.Mention{
			{ID: "m1", Start: 0, End: 5, Text: "China", Type: "GPE", Entity: "e1"},
			{ID: "m2", Start: 14, End: 19, Text: "Japan", Type: "GPE", Entity: "e2"},
		},
		Entities: []chronicle.Entity{
			{ID: "e1", Name: "China", Type: "GPE", Country: "CHN"},
			{ID: "e2", Name: "Japan", Type: "GPE", Country: "JPN"},
		},
		Meta: chronicle.Meta{Published: chronicle.Published{Value: "2025-07-11"}},
	}
	if err := event.New(event.Options{}).Annotate(context.Background(), doc); err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range doc.Events {
		fmt.Println(e.ID, e.Type, e.Mode, e.Actors[0].Code, e.Recipients[0].Code, e.Status, e.Date.Value, e.Date.From)
	}
	// Output:
	// v1 ACCUSE allege CHNGOV JPNGOV occurred 2025-07-11 published
}

func ExamplePLOVERType() {
	e := chronicle.Event{Type: "CONSULT", Status: "planned"}
	fmt.Println(event.PLOVERType(e))
	// Output: AGREE
}

func ExampleCode() {
	fmt.Println(event.Code(chronicle.Entity{Type: "PERSON", Country: "USA", Sector: "GOV"}))
	// Output: USAGOV
}

func ExampleTypes() {
	fmt.Println(len(event.Types()), event.Types()[0], event.Types()[15])
	// Output: 16 AGREE ASSAULT
}

func ExamplePLOVERMode() {
	e := chronicle.Event{Type: "ASSAULT", Mode: "heavy-weapons", Status: "planned"}
	fmt.Println(event.PLOVERType(e), event.PLOVERMode(e))
	// Output: THREATEN violence
}
