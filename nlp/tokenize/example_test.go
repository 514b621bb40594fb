package tokenize_test

import (
	"context"
	"fmt"

	"chronicle"
	"chronicle/nlp/tokenize"
)

func ExampleTokens() {
	text := `Rubio said the U.S. "won't" lift the 145% tariffs on $2.5bn of goods.`
	for _, t := range tokenize.Tokens(nil, text) {
		fmt.Printf("%s ", text[t.Start:t.End])
	}
	fmt.Println()
	// Output:
	// Rubio said the U.S. " wo n't " lift the 145 % tariffs on $ 2.5bn of goods .
}

func ExampleAnnotator() {
	doc := &chronicle.Document{Text: "Trump's 30-year-old aide left on 11/7."}
	if err := (tokenize.Annotator{}).Annotate(context.Background(), doc); err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range doc.Tokens {
		fmt.Printf("[%d,%d) %q kind=%d\n", t.Start, t.End, doc.Text[t.Start:t.End], t.Kind)
	}
	// Output:
	// [0,5) "Trump" kind=0
	// [5,7) "'s" kind=0
	// [8,19) "30-year-old" kind=0
	// [20,24) "aide" kind=0
	// [25,29) "left" kind=0
	// [30,32) "on" kind=0
	// [33,37) "11/7" kind=1
	// [37,38) "." kind=2
}
