package timex_test

import (
	"context"
	"fmt"
	"time"

	"chronicle"
	"chronicle/nlp/timex"
)

func ExampleTagger_Find() {
	tg := timex.New(timex.Options{})
	ref := time.Date(2025, 7, 11, 0, 0, 0, 0, time.UTC)
	for _, x := range tg.Find("Rubio met Wang Yi on Thursday; talks will take place in early August.", ref, true) {
		fmt.Printf("%s %q %s %s %q\n", x.ID, x.Text, x.Type, x.Value, x.Mod)
	}
	// Output:
	// t1 "Thursday" DATE 2025-07-10 ""
	// t2 "early August" DATE 2025-08 "START"
}

func ExampleTagger_Annotate() {
	doc := &chronicle.Document{Text: "The summit ended on Thursday, 10 July 2025. Leaders left on Friday.",
		Meta: chronicle.Meta{Published: chronicle.Published{Value: "2025-07-12", Source: chronicle.DateMeta}}}
	if err := timex.New(timex.Options{}).Annotate(context.Background(), doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Meta.Published.Value, doc.Meta.Published.Source)
	for _, x := range doc.Timexes {
		fmt.Println(x.Text, x.Value)
	}
	// Output:
	// 2025-07-12 meta
	// Thursday, 10 July 2025 2025-07-10
	// Friday 2025-07-11
}

func ExampleNew() {
	tg := timex.New(timex.Options{})
	fmt.Println(len(tg.Find("It lasted three hours.", time.Time{}, false)))
	// Output: 1
}

// A text that states no year: the publication date is inferred from the
// roles of the people it names with a title (as the entity stage writes
// them) and the tense of its dates.
func ExampleTagger_Annotate_inferred() {
	doc := &chronicle.Document{
		Text: "Secretary of State Marco Rubio met Wang Yi on 11/7. In May, the two sides reached a truce. " +
			"Talks will take place in early August.",
		Entities: []chronicle.Entity{{Name: "Marco Rubio", Type: "PERSON", KB: "Q324546", Titles: []string{"Secretary of State"}}},
	}
	if err := timex.New(timex.Options{}).Annotate(context.Background(), doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Meta.Published.Value, doc.Meta.Published.Source)
	for _, x := range doc.Timexes {
		fmt.Println(x.Text, x.Value)
	}
	// Output:
	// 2025-07-11 inferred
	// 11/7 2025-07-11
	// May 2025-05
	// early August 2025-08
}
