package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"chronicle"
	"chronicle/sqlite"
)

func ExampleOpen() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "chronicle")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	s, err := sqlite.Open(ctx, filepath.Join(dir, "chronicle.db"), sqlite.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	doc := &chronicle.Document{
		Text: "China curbed rare earth exports.",
		Meta: chronicle.Meta{Title: "Rare earths", Published: chronicle.Published{Value: "2025-07-11"}},
	}
	id, created, err := s.PutDocument(ctx, doc, chronicle.ArticleSource{URL: "https://example.com/a"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(id, created)
	_, created, _ = s.PutDocument(ctx, doc, chronicle.ArticleSource{URL: "https://example.com/a"})
	fmt.Println("again:", created)

	page, err := s.Search(ctx, chronicle.SearchQuery{Text: "rare earths"})
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range page.Articles {
		fmt.Printf("%s %q\n", a.Published, a.Title)
	}
	// Output:
	// f2cc73465878cdad50e9dcf2218cd4da true
	// again: false
	// 2025-07-11 "Rare earths"
}

// Two articles report one sanction, one dated by its day, the other by
// its week: they merge into one event with two sources.
func ExampleStore_MergedEvents() {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, ":memory:", sqlite.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	report := func(text, published, date string) *chronicle.Document {
		return &chronicle.Document{
			Text: text,
			Meta: chronicle.Meta{Published: chronicle.Published{Value: published}},
			Events: []chronicle.Event{{ID: "v1", Type: "SANCTION", Status: "occurred",
				Actors:     []chronicle.Actor{{Name: "Washington", Code: "USAGOV"}},
				Recipients: []chronicle.Actor{{Name: "China", Code: "CHN"}},
				Date:       chronicle.EventDate{Value: date}, Evidence: chronicle.Span{Start: 0, End: len(text)}}},
		}
	}
	for _, d := range []*chronicle.Document{
		report("Washington imposed new tariffs on Chinese steel on Monday.", "2025-07-08", "2025-07-07"),
		report("The US raised duties on steel from China this week.", "2025-07-09", "2025-W28"),
	} {
		if _, _, err := s.PutDocument(ctx, d, chronicle.ArticleSource{}); err != nil {
			log.Fatal(err)
		}
	}
	page, err := s.MergedEvents(ctx, chronicle.EventFilter{Actor: "USA", Type: "SANCTION"})
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range page.Events {
		fmt.Println(m.Day, m.Type, m.Sources, "sources,", len(m.Mentions), "reports")
	}
	// Output:
	// 2025-07-07 SANCTION 2 sources, 2 reports
}
