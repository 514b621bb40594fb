package sentence_test

import (
	"context"
	"fmt"

	"chronicle"
	"chronicle/nlp/sentence"
	"chronicle/nlp/tokenize"
)

func ExampleSplit() {
	text := `Mr. Rubio met Wang Yi in the U.S. The talks were "positive and constructive." "Why?" he asked.`
	for _, s := range sentence.Split(text, tokenize.Tokens(nil, text)) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// Mr. Rubio met Wang Yi in the U.S.
	// The talks were "positive and constructive."
	// "Why?" he asked.
}

func ExampleAnnotator() {
	text := "Rubio meets Wang\nThe two met on Thursday. Photo: AP"
	doc := &chronicle.Document{Text: text, Zones: []chronicle.Zone{
		{Start: 0, End: 16, Kind: chronicle.ZoneTitle},
		{Start: 17, End: 41, Kind: chronicle.ZoneBody},
		{Start: 42, End: len(text), Kind: chronicle.ZoneCaption},
	}}
	ctx := context.Background()
	for _, a := range []chronicle.Annotator{tokenize.Annotator{}, sentence.Annotator{}} {
		if err := a.Annotate(ctx, doc); err != nil {
			fmt.Println(err)
			return
		}
	}
	for _, s := range doc.Sentences {
		fmt.Printf("%s: %s\n", s.Zone, text[s.Start:s.End])
	}
	// Output:
	// title: Rubio meets Wang
	// body: The two met on Thursday.
	// caption: Photo: AP
}
