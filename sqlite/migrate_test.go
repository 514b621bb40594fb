package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
	"chronicle/internal/storerows"
	"chronicle/storetest"
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

// TestUpgrade opens a database holding only the first migration and a
// stored article with an event, and checks that the later migrations give
// the article its own group and the event its own merged event.
func TestUpgrade(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := storerows.LoadMigrations(migrations)
	if err != nil {
		t.Fatal(err)
	}
	old := &Store{db: db, log: slog.New(slog.DiscardHandler)}
	if _, err := db.ExecContext(ctx, `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	if err := old.apply(ctx, ms[0]); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO articles (id, hash, url, title, published, day, language, text, document, stored) VALUES ('a1', 'a1', '', '', '', '2025-07-11', 'en', 'x', '{}', '')`,
		`INSERT INTO events (article_id, idx, day, type, mode, status, place_name, place_country, evidence, event) VALUES ('a1', 3, '2025-07-10', 'CONSULT', '', '', '', '', '', '{}')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatalf("Open(old database) error: %v", err)
	}
	defer s.Close()
	var grp, merged, mday, mend string
	if err := s.db.QueryRowContext(ctx, `SELECT a.grp, e.merged, e.mday, e.mend FROM articles a JOIN events e ON e.article_id = a.id`).Scan(&grp, &merged, &mday, &mend); err != nil {
		t.Fatal(err)
	}
	if grp != "a1" || merged != "a1/3" || mday != "2025-07-10" || mend != "2025-07-10" {
		t.Errorf("after upgrade: group %q, merged %q, mday %q, mend %q; want a1, a1/3, 2025-07-10, 2025-07-10", grp, merged, mday, mend)
	}
}

// TestOpenReadOnly opens a stored database with Options.ReadOnly: reads
// work, writes fail without changing it, and a missing file or a schema
// behind the latest is refused with an error naming the path.
func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "r.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := storetest.SeedDocument(t)
	if _, _, err := s.PutDocument(ctx, doc, chronicle.ArticleSource{Path: "seed"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	ro, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("Open(%s, ReadOnly) error: %v", path, err)
	}
	page, err := ro.Search(ctx, chronicle.SearchQuery{Text: "Rubio"})
	if err != nil || len(page.Articles) != 1 {
		t.Errorf("read-only Search(Rubio) = %d articles, %v; want 1", len(page.Articles), err)
	}
	d := *doc
	d.Text += "\nanother"
	d.ID = chronicle.DocumentID(d.Text)
	if _, _, err := ro.PutDocument(ctx, &d, chronicle.ArticleSource{Path: "other"}); err == nil || !strings.Contains(err.Error(), "readonly") {
		t.Errorf("read-only PutDocument error = %v; want a readonly error", err)
	}
	if err := ro.Close(); err != nil {
		t.Fatal(err)
	}

	missing := filepath.Join(t.TempDir(), "missing.db")
	if _, err := Open(ctx, missing, Options{ReadOnly: true}); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("Open(%s, ReadOnly) error = %v; want one naming the path", missing, err)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("Open(%s, ReadOnly) created the file", missing)
	}

	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(ctx, path, Options{ReadOnly: true}); !errors.Is(err, chronicle.ErrInvalid) || !strings.Contains(err.Error(), path) {
		t.Errorf("Open(%s, ReadOnly) with an old schema error = %v; want ErrInvalid naming the path", path, err)
	}
}
