package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"chronicle/internal/storerows"
)

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	for range 2 {
		s, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatalf("Open(%s) error: %v", path, err)
		}
		var n, want int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		ms, _ := storerows.LoadMigrations(migrations)
		if want = len(ms); n != want {
			t.Errorf("schema_migrations has %d rows; want %d", n, want)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Open(ctx, "", Options{}); err == nil {
		t.Error(`Open("") = nil error; want one`)
	}
}
