package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"chronicle"
	"chronicle/sqlite"
	"chronicle/storetest"
)

func open(t *testing.T) chronicle.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "chronicle.db"), sqlite.Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func TestConformanceMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) chronicle.Store {
		s, err := sqlite.Open(context.Background(), ":memory:", sqlite.Options{})
		if err != nil {
			t.Fatalf("Open(:memory:): %v", err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

// TestPutDocuments stores a batch in one transaction: every good document
// is stored as PutDocument would store it, and one that is invalid (its ID
// names another text) fails alone.
func TestPutDocuments(t *testing.T) {
	for _, prepared := range []bool{false, true} {
		t.Run(fmt.Sprintf("prepared=%v", prepared), func(t *testing.T) { testPutDocuments(t, prepared) })
	}
}

// testPutDocuments stores a batch with a bad document in it, the puts
// prepared beforehand (Put.Prepare, as ingest's workers do) or not.
func testPutDocuments(t *testing.T, prepared bool) {
	ctx := context.Background()
	st := open(t).(*sqlite.Store)
	docs := storetest.SyntheticDocuments()[:3]
	bad := storetest.SeedDocument(t)
	bad.ID = chronicle.DocumentID(docs[0].Text) // the ID of another text
	puts := []sqlite.Put{
		{Doc: docs[0], Src: chronicle.ArticleSource{Path: "a.txt"}},
		{Doc: bad, Src: chronicle.ArticleSource{Path: "bad.txt"}},
		{Doc: docs[1], Src: chronicle.ArticleSource{Path: "b.txt"}},
		{Doc: docs[2], Src: chronicle.ArticleSource{Path: "c.txt"}},
		{Doc: docs[1], Src: chronicle.ArticleSource{Path: "b2.txt"}}, // the same text again: a second source
		{Doc: nil, Src: chronicle.ArticleSource{Path: "nil.txt"}},    // no document at all
	}
	if prepared {
		for i := range puts {
			puts[i].Prepare()
		}
	}
	if err := st.PutDocuments(ctx, puts); err != nil {
		t.Fatalf("PutDocuments: %v", err)
	}
	for i, want := range []struct {
		created bool
		invalid bool
	}{{true, false}, {false, true}, {true, false}, {true, false}, {false, false}, {false, true}} {
		p := puts[i]
		if want.invalid != errors.Is(p.Err, chronicle.ErrInvalid) || !want.invalid && (p.Err != nil || p.Created != want.created || p.ID == "") {
			t.Errorf("PutDocuments: put %d = {ID %q, Created %v, Err %v}; want created %v, invalid %v", i, p.ID, p.Created, p.Err, want.created, want.invalid)
		}
	}
	page, err := st.Search(ctx, chronicle.SearchQuery{})
	if err != nil || len(page.Articles) != 3 {
		t.Fatalf("Search after PutDocuments = %d articles, %v; want the 3 good ones", len(page.Articles), err)
	}
	srcs, err := st.Sources(ctx, puts[2].ID)
	if err != nil || len(srcs) != 2 {
		t.Errorf("Sources(b) = %v, %v; want b.txt and b2.txt", srcs, err)
	}
	if _, err := st.GetDocument(ctx, puts[3].ID); err != nil {
		t.Errorf("GetDocument(c) after the batch: %v", err)
	}
}

// TestDocumentIDs lists the stored documents' IDs, once each, and stops
// at the callback's error.
func TestDocumentIDs(t *testing.T) {
	ctx := context.Background()
	st := open(t).(*sqlite.Store)
	docs := storetest.SyntheticDocuments()[:3]
	want := map[string]bool{}
	for i, d := range docs {
		if _, _, err := st.PutDocument(ctx, d, chronicle.ArticleSource{Path: fmt.Sprintf("%d.txt", i)}); err != nil {
			t.Fatalf("PutDocument: %v", err)
		}
		want[chronicle.DocumentID(d.Text)] = true
	}
	got := map[string]int{}
	if err := st.DocumentIDs(ctx, func(id string) error { got[id]++; return nil }); err != nil {
		t.Fatalf("DocumentIDs: %v", err)
	}
	if len(got) != len(want) {
		t.Errorf("DocumentIDs gave %v; want %v", got, want)
	}
	for id, n := range got {
		if !want[id] || n != 1 {
			t.Errorf("DocumentIDs gave %s %d times; want once, and only stored IDs", id, n)
		}
	}
	stop := errors.New("stop")
	calls := 0
	if err := st.DocumentIDs(ctx, func(string) error { calls++; return stop }); !errors.Is(err, stop) || calls != 1 {
		t.Errorf("DocumentIDs with a failing callback = %v after %d calls; want stop after 1", err, calls)
	}
}
