package sqlite_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"chronicle"
	"chronicle/sqlite"
)

// FuzzQuery checks that no search text or cursor a user can send makes a
// query fail other than with ErrInvalid (for cursors).
func FuzzQuery(f *testing.F) {
	for _, s := range []string{"rare earth", `"`, "AND OR NOT", "rare*", "NEAR(a b)", "title:x", "^a", "a - b", "(", "café ünïcode", "e\u0301", "eyJkIjoiIn0"} {
		f.Add(s)
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(f.TempDir(), "fuzz.db"), sqlite.Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	doc := &chronicle.Document{Text: "China curbed rare earth exports; café owners (AND others) said \"no\"."}
	if _, _, err := s.PutDocument(ctx, doc, chronicle.ArticleSource{}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := s.Search(ctx, chronicle.SearchQuery{Text: q}); err != nil {
			t.Errorf("Search(%q) error: %v", q, err)
		}
		if _, err := s.Quotes(ctx, chronicle.QuoteFilter{Text: q, Speaker: q}); err != nil {
			t.Errorf("Quotes(%q) error: %v", q, err)
		}
		if _, err := s.Events(ctx, chronicle.EventFilter{Actor: q, Place: q, Cursor: q}); err != nil && !errors.Is(err, chronicle.ErrInvalid) {
			t.Errorf("Events(cursor %q) error: %v; want nil or ErrInvalid", q, err)
		}
		if _, err := s.Entities(ctx, chronicle.EntityFilter{Name: q, Cursor: q}); err != nil && !errors.Is(err, chronicle.ErrInvalid) {
			t.Errorf("Entities(cursor %q) error: %v; want nil or ErrInvalid", q, err)
		}
	})
}
