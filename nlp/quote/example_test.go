package quote_test

import (
	"context"
	"fmt"

	"chronicle"
	"chronicle/nlp/quote"
)

func ExampleAnnotator_Annotate() {
	doc := &chronicle.Document{Text: `"We are ready," the minister said. Officials said talks would resume in August.`}
	if err := quote.New(quote.Options{}).Annotate(context.Background(), doc); err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range doc.Quotes {
		fmt.Printf("%s %s: %q (%s, %s)\n", q.ID, q.Kind, q.Text, q.Speaker.Text, q.Cue.Text)
	}
	// Output:
	// q1 direct: "We are ready," (the minister, said)
	// q2 indirect: "talks would resume in August" (Officials, said)
}
