package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadMigrations(t *testing.T) {
	fsys := fstest.MapFS{
		"migrations/010_c.sql": {Data: []byte("C")},
		"migrations/002_b.sql": {Data: []byte("B")},
		"migrations/001_a.sql": {Data: []byte("A")},
		"migrations/notes.txt": {Data: []byte("ignored")},
	}
	ms, err := loadMigrations(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		got = append(got, m.name+"="+m.sql)
	}
	if g, w := strings.Join(got, " "), "001_a.sql=A 002_b.sql=B 010_c.sql=C"; g != w {
		t.Errorf("loadMigrations() = %s; want %s", g, w)
	}
	for name, fsys := range map[string]fstest.MapFS{
		"no number": {"migrations/init.sql": {}},
		"zero":      {"migrations/000_init.sql": {}},
		"duplicate": {"migrations/001_a.sql": {}, "migrations/1_b.sql": {}},
	} {
		if _, err := loadMigrations(fsys); err == nil {
			t.Errorf("loadMigrations(%s) = nil error; want one", name)
		}
	}
}

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
		ms, _ := loadMigrations(migrations)
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
