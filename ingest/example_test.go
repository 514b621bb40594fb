package ingest_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"chronicle"
	"chronicle/ingest"
)

func ExampleIngester_Each() {
	in := ingest.New(ingest.Options{})
	stdin := strings.NewReader(`{"title": "US, China agree", "published": "2025-07-11", "text": "Kuala Lumpur (AFP) - ..."}
{"title": "Second", "html": "<p>Hello</p>"}
`)
	err := in.Each(context.Background(), "-", stdin, func(a *chronicle.Article) error {
		fmt.Printf("%s %s %q published %q (%s)\n", a.Source, a.Format, a.Meta.Title, a.Meta.Published.Value, a.Meta.Published.Source)
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// -:1 text "US, China agree" published "2025-07-11" (user)
	// -:2 html "Second" published "" ()
}

func ExampleSniff() {
	fmt.Println(ingest.Sniff([]byte(`<?xml version="1.0"?><rss version="2.0"></rss>`), "", ""))
	fmt.Println(ingest.Sniff([]byte("<p>Hello</p>"), "", ""))
	fmt.Println(ingest.Sniff([]byte("Hello"), "notes.md", ""))
	// Output:
	// RSS
	// HTML
	// text
}
