package sqlite_test

import (
	"context"
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
