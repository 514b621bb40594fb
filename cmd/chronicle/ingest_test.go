package main

import (
	"context"
	"errors"
	"os"
	"testing"

	"chronicle"
	"chronicle/sqlite"
)

// TestKnownIDs checks the resume filter: a nil set holds everything, a
// loaded set holds the store's documents and what the batch adds, and a
// store that cannot list its documents fails the load.
func TestKnownIDs(t *testing.T) {
	var none *knownIDs
	if !none.mayHold("anything") {
		t.Errorf("(*knownIDs)(nil).mayHold = false; want true (check every article)")
	}
	none.add("x") // no panic

	ctx := context.Background()
	st, err := sqlite.Open(ctx, seedDB(t), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	k, err := loadKnownIDs(ctx, st)
	if err != nil {
		t.Fatalf("loadKnownIDs: %v", err)
	}
	seed, err := os.ReadFile("../../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	ids := 0
	_ = st.DocumentIDs(ctx, func(id string) error {
		ids++
		if !k.mayHold(id) {
			t.Errorf("mayHold(%s) = false for a stored document", id)
		}
		return nil
	})
	if ids != 1 {
		t.Fatalf("seed store holds %d documents; want 1", ids)
	}
	other := chronicle.DocumentID(string(seed) + " More text.")
	if k.mayHold(other) {
		t.Errorf("mayHold(%s) = true for a document never stored", other)
	}
	k.add(other)
	if !k.mayHold(other) {
		t.Errorf("mayHold(%s) = false after add", other)
	}

	if _, err := loadKnownIDs(ctx, failingLister{}); !errors.Is(err, errList) {
		t.Errorf("loadKnownIDs(failing store) = %v; want %v", err, errList)
	}
}

var errList = errors.New("cannot list")

// failingLister is a batchPutter whose listing fails.
type failingLister struct{}

func (failingLister) PutDocuments(context.Context, []sqlite.Put) error { return nil }
func (failingLister) DocumentIDs(context.Context, func(string) error) error {
	return errList
}
