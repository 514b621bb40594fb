package figure_test

import (
	"context"
	"fmt"

	"chronicle"
	"chronicle/nlp/figure"
	"chronicle/nlp/pos"
	"chronicle/nlp/sentence"
	"chronicle/nlp/tokenize"
)

func ExampleAnnotator_Annotate() {
	tagger, err := pos.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := &chronicle.Document{Text: "The US imposed additional tariffs of up to 145% on Chinese products."}
	for _, a := range []chronicle.Annotator{tokenize.Annotator{}, sentence.Annotator{}, pos.Annotator{T: tagger}, figure.New(figure.Options{})} {
		if err := a.Annotate(context.Background(), doc); err != nil {
			fmt.Println(err)
			return
		}
	}
	for _, f := range doc.Figures {
		fmt.Printf("%s %q %g %s %s %q\n", f.ID, f.Text, f.Value, f.Unit, f.Mod, f.About)
	}
	// Output:
	// f1 "145%" 145 percent EQUAL_OR_LESS "tariff rate"
}

func ExampleParseNumeral() {
	for _, s := range []string{"1,000", "2.5bn", "2nd"} {
		v, ok := figure.ParseNumeral(s)
		fmt.Println(s, v, ok)
	}
	// Output:
	// 1,000 1000 true
	// 2.5bn 2.5e+09 true
	// 2nd 0 false
}
