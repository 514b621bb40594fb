package storerows_test

import (
	"fmt"

	"chronicle"
	"chronicle/internal/storerows"
)

func ExampleFlatten() {
	doc := &chronicle.Document{
		Text: "China curbed rare earth exports.",
		Meta: chronicle.Meta{Published: chronicle.Published{Value: "2025-07-11"}},
	}
	f, err := storerows.Flatten(doc, chronicle.ArticleSource{URL: "https://example.com/a"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.ID == doc.ID, f.URL, f.Day)
	// Output: true https://example.com/a 2025-07-11
}

func ExampleEncodeCursor() {
	c := storerows.EncodeCursor(storerows.SeekKey{Day: "2025-07-11", Doc: "abc", Idx: 2})
	var k storerows.SeekKey
	if err := storerows.DecodeCursor(c, &k); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%+v\n", k)
	// Output: {Day:2025-07-11 Doc:abc Idx:2}
}
