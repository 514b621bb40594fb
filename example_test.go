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

// Buckets counts events per period from the first day to the last, and
// refuses a range of more than MaxTimelineBuckets periods before building
// any bucket.
func ExampleBuckets() {
	counts := []chronicle.DayCount{
		{Day: "2025-07-01", Type: "CONSULT", Count: 2},
		{Day: "2025-07-15", Type: "SANCTION", Count: 1},
		{Day: "2025-07", End: "2025-08-31", Type: "AGREE", Count: 1}, // unparsable day: left out
	}
	tl, _ := chronicle.Buckets(counts, chronicle.PeriodWeek)
	for _, b := range tl.Buckets {
		fmt.Println(b.Start, b.Total)
	}
	_, err := chronicle.Buckets([]chronicle.DayCount{{Day: "1400-02-26", Count: 1}, {Day: "2025-07-11", Count: 1}}, chronicle.PeriodDay)
	fmt.Println(err != nil)
	q := chronicle.TimelineQuery{ActorA: "USA", ActorB: "CHN", By: chronicle.PeriodMonth, Since: "2025-08-01", Until: "2025-07-01"}
	fmt.Println(q.Check())
	// Output:
	// 2025-06-30 2
	// 2025-07-07 0
	// 2025-07-14 1
	// true
	// chronicle: invalid range: until 2025-07-01 is before since 2025-08-01
}
