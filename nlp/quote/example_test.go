package quote_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"chronicle"
	"chronicle/nlp/quote"
	"chronicle/nlp/tokenize"
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

func ExampleTrain() {
	// One document with one gold attribution; the CLI trains on PolNeAR
	// train (`chronicle train quotes --out nlp/quote/data`).
	text := "Officials said talks would resume in August, the ministry said on Monday."
	span := func(s string) chronicle.Span {
		i := strings.Index(text, s)
		return chronicle.Span{Start: i, End: i + len(s)}
	}
	doc := &chronicle.Document{Text: text, Tokens: tokenize.Tokens(nil, text)}
	td := quote.TrainDoc{Doc: doc, Contents: []chronicle.Span{span("talks would resume in August")}, Cues: []chronicle.Span{span("said")}}
	var cue, end bytes.Buffer
	s, err := quote.Train(context.Background(), []quote.TrainDoc{td}, quote.TrainOptions{Epochs: 2}, &cue, &end)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("documents %d, clauses %d, models written: %v\n", s.Docs, s.Clauses, cue.Len() > 0 && end.Len() > 0)
	// Output:
	// documents 1, clauses 2, models written: true
}
