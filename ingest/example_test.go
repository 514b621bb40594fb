package ingest_test

import (
	"context"
	"fmt"
	"log"
	"net/netip"
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

func ExampleBlocked() {
	for _, s := range []string{"169.254.169.254", "10.1.2.3", "::1", "93.184.215.14"} {
		fmt.Println(s, ingest.Blocked(netip.MustParseAddr(s)))
	}
	// Output:
	// 169.254.169.254 true
	// 10.1.2.3 true
	// ::1 true
	// 93.184.215.14 false
}
