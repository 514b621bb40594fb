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
