package main

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
	"chronicle/sqlite"
)

// exportDB stores testdata/export/seed.json (a frozen copy of the
// pipeline's output on the seed, so that these goldens change only when
// export does) into a new SQLite file and returns its path.
func exportDB(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "export", "seed.json"))
	if err != nil {
		t.Fatal(err)
	}
	doc := new(chronicle.Document)
	if err := json.Unmarshal(b, doc); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "export.db")
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, _, err := st.PutDocument(context.Background(), doc, chronicle.ArticleSource{Path: "seed.txt"}); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestExportGolden pins every export format on the seed
// (testdata/export/seed.FORMAT.golden; -update rewrites them).
func TestExportGolden(t *testing.T) {
	db := exportDB(t)
	for _, format := range exportFormats {
		out, stderr, code := run(t, "", "export", "--db", db, "--format", format)
		if code != 0 {
			t.Fatalf("export --format %s: exit %d\n%s", format, code, stderr)
		}
		path := filepath.Join("testdata", "export", "seed."+format+".golden")
		if *update {
			if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if out != string(want) {
			t.Errorf("export --format %s differs from %s (-update to accept):\n%s", format, path, out)
		}
	}
	// --reports exports every report: one per event of the document.
	out, _, code := run(t, "", "export", "--db", db, "--format", "plover", "--reports")
	if n := len(splitLines(out)); code != 0 || n == 0 || !strings.Contains(out, `"id":"3bd203fc9cfe67b781d9ee5cb0dc389b/v1"`) {
		t.Errorf("export plover --reports = exit %d, %d records; want one per event, IDs document/event", code, n)
	}
	// Filters apply; --limit caps.
	out, _, code = run(t, "", "export", "--db", db, "--format", "csv", "--type", "SANCTION", "--limit", "1")
	if code != 0 || len(splitLines(out)) != 2 {
		t.Errorf("export csv --type SANCTION --limit 1 = exit %d, %q; want a header and one row", code, out)
	}
}

func splitLines(s string) []string {
	var out []string
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != '\n' {
			i++
		}
		out = append(out, s[:i])
		if i < len(s) {
			i++
		}
		s = s[i:]
	}
	return out
}

func TestExportUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--format", "xml"},
		{},
		{"--format", "csv", "extra"},
		{"--format", "csv", "--since", "July"},
	} {
		e, _, _ := testEnv()
		var u *UsageError
		if err := runExport(context.Background(), e, args); !errors.As(err, &u) {
			t.Errorf("export %q = %v; want a UsageError", args, err)
		}
	}
}
