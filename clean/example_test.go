package clean_test

import (
	"context"
	"fmt"

	"chronicle"
	"chronicle/clean"
)

func ExampleCleaner_Prepare() {
	c := clean.New(clean.Options{})
	body := "Ministers met in Kuala Lumpur on Thursday to discuss trade.\n" +
		"![]() |\n" +
		"The two ministers in Kuala Lumpur. Photo: AP |\n" +
		"The two ministers in Kuala Lumpur. Photo: AP\n" +
		"Both sides said the talks were constructive.\n" +
		"Pham Giang (According to AFP)"
	doc, err := c.Prepare(context.Background(), &chronicle.Article{Source: "example", Format: chronicle.FormatText, Body: []byte(body)})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, z := range doc.Zones {
		fmt.Printf("%-7s %q\n", z.Kind, doc.Text[z.Start:z.End])
	}
	fmt.Println(doc.Meta.Authors, doc.Meta.Wire, doc.Meta.Captions)
	// Output:
	// body    "Ministers met in Kuala Lumpur on Thursday to discuss trade."
	// caption "The two ministers in Kuala Lumpur."
	// credit  "Photo: AP"
	// body    "Both sides said the talks were constructive."
	// byline  "Pham Giang (According to AFP)"
	// [Pham Giang] [AFP] [{The two ministers in Kuala Lumpur. AP}]
}

func ExampleRaw() {
	doc, err := clean.Raw(&chronicle.Article{Source: "example", Body: []byte("\ufeffLine one\r\nLine two\r\n")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%q %v\n", doc.Text, doc.Zones)
	_, err = clean.Raw(&chronicle.Article{Source: "bad.txt", Body: []byte("caf\xe9")})
	fmt.Println(err)
	// Output:
	// "\ufeffLine one\r\nLine two\r\n" [{0 23 body}]
	// clean: raw bad.txt: not valid UTF-8 at byte 3
}

func ExampleHTML() {
	page := `<html><head><title>Talks resume</title>
<meta property="article:published_time" content="2025-07-11"></head>
<body><article><h1>Talks resume</h1>
<p>Trade talks between the two countries will resume in early August, officials said on Friday.</p>
<p>The negotiators are expected to meet in Geneva before the tariff deadline expires.</p>
<p>Both delegations said they wanted a lasting agreement on tariffs, export controls and market access.</p>
</article></body></html>`
	text, meta, err := clean.HTML(context.Background(), []byte(page), "https://example.test/talks")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(text)
	fmt.Println(meta.Title, meta.Published.Value, meta.Published.Source)
	// Output:
	// Talks resume
	// Trade talks between the two countries will resume in early August, officials said on Friday.
	// The negotiators are expected to meet in Geneva before the tariff deadline expires.
	// Both delegations said they wanted a lasting agreement on tariffs, export controls and market access.
	// Talks resume 2025-07-11 meta
}

func ExampleNew() {
	c := clean.New(clean.Options{MaxBytes: 1 << 20})
	var p chronicle.Preparer = c
	_, err := p.Prepare(context.Background(), &chronicle.Article{Source: "empty.txt", Body: nil})
	fmt.Println(err)
	// Output:
	// clean: prepare empty.txt: no content
}
