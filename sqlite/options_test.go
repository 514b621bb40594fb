package sqlite

import (
	"context"
	"path/filepath"
	"testing"
)

// TestCacheMiB checks that Options.CacheMiB sets every connection's page
// cache and that 0 keeps SQLite's default.
func TestCacheMiB(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		mib  int
		want int64
	}{{0, -2000}, {16, -16384}} {
		s, err := Open(ctx, filepath.Join(t.TempDir(), "c.db"), Options{CacheMiB: tt.mib})
		if err != nil {
			t.Fatal(err)
		}
		var got int64
		if err := s.db.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&got); err != nil || got != tt.want {
			t.Errorf("Open(CacheMiB %d): PRAGMA cache_size = %d, %v; want %d", tt.mib, got, err, tt.want)
		}
		s.Close()
	}
}
