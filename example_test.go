package chronicle_test

import (
	"context"
	"fmt"
	"strings"

	"chronicle"
)

// A pipeline prepares an article into a Document and runs its stages, each
// adding a layer of spans into the one immutable text.
func ExamplePipeline() {
	p := chronicle.Pipeline{
		Prepare: chronicle.PreparerFunc(func(_ context.Context, a *chronicle.Article) (*chronicle.Document, error) {
			text := strings.TrimSpace(string(a.Body))
			return &chronicle.Document{Text: text, Zones: []chronicle.Zone{{Start: 0, End: len(text), Kind: chronicle.ZoneBody}}}, nil
		}),
		Stages: []chronicle.Stage{{Name: "names", Annotator: chronicle.AnnotatorFunc(
			func(_ context.Context, doc *chronicle.Document) error {
				if i := strings.Index(doc.Text, "Wang Yi"); i >= 0 {
					doc.Mentions = append(doc.Mentions, chronicle.Mention{ID: "m1", Start: i, End: i + 7, Text: doc.Text[i : i+7], Type: "PERSON"})
				}
				return nil
			})}},
	}
	doc, err := p.Run(context.Background(), &chronicle.Article{Source: "-", Format: chronicle.FormatText, Body: []byte("  Rubio met Wang Yi.\n")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Mentions[0].Text, doc.Mentions[0].Start, doc.Check() == nil, doc.Meta.Published.Source)
	// Output: Wang Yi 10 true none
}
