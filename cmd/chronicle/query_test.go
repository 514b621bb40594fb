package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle"
)

// TestQueries runs the query commands over the ingested seed, as JSON
// Lines and as tables.
func TestQueries(t *testing.T) {
	db := seedDB(t)
	type cmd func(context.Context, *env, []string) error
	tests := []struct {
		name  string
		run   cmd
		args  []string
		check func(line string) bool // every JSON line must pass
		min   int                    // lines wanted at least
		table string                 // a substring of the table output
	}{
		{"events", runEvents, []string{"--actor", "usa", "--recipient", "CHN", "--since", "2025-07-01", "--reports"}, func(l string) bool {
			var h chronicle.EventHit
			return json.Unmarshal([]byte(l), &h) == nil && h.Evidence != "" && strings.HasPrefix(h.Day, "2025-07") && h.Merged != ""
		}, 1, "CONSULT"},
		{"events", runEvents, []string{"--actor", "usa", "--recipient", "CHN", "--since", "2025-07-01"}, func(l string) bool {
			var m chronicle.MergedEvent
			return json.Unmarshal([]byte(l), &m) == nil && len(m.Mentions) == 1 && m.Sources == 1 && m.Groups == 1 && strings.HasPrefix(m.Day, "2025-07")
		}, 1, "SOURCES"},
		{"events", runEvents, []string{"--type", "NO_SUCH_TYPE"}, nil, 0, "DAY"},
		{"events", runEvents, []string{"--newest", "--limit", "1"}, func(l string) bool {
			var m chronicle.MergedEvent
			return json.Unmarshal([]byte(l), &m) == nil && m.Day == "2025-08-01" // the planned talks, the latest day
		}, 1, "2025-08-01"},
		{"quotes", runQuotes, []string{"--speaker", "Rubio"}, func(l string) bool {
			var h chronicle.QuoteHit
			return json.Unmarshal([]byte(l), &h) == nil && h.Speaker == "Marco Rubio"
		}, 3, "very eager"},
		{"entities", runEntities, []string{"--name", "wang"}, func(l string) bool {
			var h chronicle.EntityHit
			return json.Unmarshal([]byte(l), &h) == nil && strings.Contains(h.Name, "Wang")
		}, 1, "Wang Yi"},
		{"search", runSearch, []string{"rare", "earth"}, func(l string) bool {
			var h chronicle.ArticleHit
			return json.Unmarshal([]byte(l), &h) == nil && h.Events > 0
		}, 1, "2025-07-11"},
		{"timeline", runTimeline, []string{"USA", "CHN", "--by", "month"}, func(l string) bool {
			var b chronicle.TimelineBucket
			return json.Unmarshal([]byte(l), &b) == nil && strings.HasPrefix(b.Start, "2025-") && b.Total >= 0
		}, 1, "2025-07-01"},
		{"timeline", runTimeline, []string{"USA", "CHN", "--by", "day", "--since", "2025-07-10", "--until", "2025-07-11"}, func(l string) bool {
			var w chronicle.TimelineSpan // a bucket, or a wider span with an end
			if json.Unmarshal([]byte(l), &w) != nil {
				return false
			}
			if w.End == "" {
				return w.Start == "2025-07-10" || w.Start == "2025-07-11"
			}
			return w.Start <= "2025-07-11" && w.End >= "2025-07-10"
		}, 1, "2025-07-1"},
	}
	for _, tt := range tests {
		args := append([]string{"--db", db}, tt.args...)
		e, out, stderr := testEnv()
		if err := tt.run(context.Background(), e, append(args, "--json")); err != nil {
			t.Errorf("%s %q --json: %v\n%s", tt.name, tt.args, err, stderr)
			continue
		}
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if out.Len() == 0 {
			lines = nil
		}
		if len(lines) < tt.min || (tt.min == 0 && len(lines) != 0) {
			t.Errorf("%s %q --json: %d lines; want at least %d (exactly 0 if 0):\n%s", tt.name, tt.args, len(lines), tt.min, out)
		}
		for _, l := range lines {
			if tt.check != nil && !tt.check(l) {
				t.Errorf("%s %q --json: unexpected line %s", tt.name, tt.args, l)
			}
		}
		e, out, _ = testEnv()
		if err := tt.run(context.Background(), e, args); err != nil {
			t.Errorf("%s %q: %v", tt.name, tt.args, err)
			continue
		}
		if !strings.Contains(out.String(), tt.table) {
			t.Errorf("%s %q: table lacks %q:\n%s", tt.name, tt.args, tt.table, out)
		}
	}
}

// TestQueryPaging checks that results are printed across pages and that
// --limit caps them.
func TestQueryPaging(t *testing.T) {
	db := seedDB(t)
	count := func(args ...string) int {
		e, out, stderr := testEnv()
		if err := runQuotes(context.Background(), e, append([]string{"--db", db, "--json"}, args...)); err != nil {
			t.Fatalf("quotes %q: %v\n%s", args, err, stderr)
		}
		return strings.Count(out.String(), "\n")
	}
	all := count()
	if all < 3 {
		t.Fatalf("quotes: %d; want the seed's quotes", all)
	}
	if got := count("--limit", "2"); got != 2 {
		t.Errorf("quotes --limit 2: %d lines; want 2", got)
	}
	var seen []int
	err := pages(0, func(cursor string, n int) ([]int, string, error) {
		// Three pages of two items.
		switch cursor {
		case "":
			return []int{1, 2}, "a", nil
		case "a":
			return []int{3, 4}, "b", nil
		}
		return []int{5}, "", nil
	}, func(i int) error { seen = append(seen, i); return nil })
	if err != nil || len(seen) != 5 {
		t.Errorf("pages over 3 pages = %v, %v; want 1…5", seen, err)
	}
}

func TestQueryUsage(t *testing.T) {
	for _, args := range [][]string{
		{"events", "--since", "July"},
		{"events", "extra"},
		{"timeline", "USA"},
		{"timeline", "USA", "CHN", "--by", "year"},
		{"timeline", "USA", "CHN", "--since", "July"},
		{"timeline", "USA", "CHN", "--since", "2025-07-02", "--until", "2025-07-01"},
		{"quotes", "--limit", "-1"},
	} {
		var run func(context.Context, *env, []string) error
		switch args[0] {
		case "events":
			run = runEvents
		case "timeline":
			run = runTimeline
		case "quotes":
			run = runQuotes
		}
		e, _, _ := testEnv()
		var u *UsageError
		if err := run(context.Background(), e, args[1:]); !errors.As(err, &u) {
			t.Errorf("%q = %v; want a UsageError", args, err)
		}
	}
}

// TestQueryMissingDatabase: a reading command on a --db that does not
// exist fails naming it, and does not create an empty database there.
func TestQueryMissingDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	for _, args := range [][]string{
		{"search", "--db", db, "Rubio"},
		{"events", "--db", db},
		{"serve", "--db", db, "--addr", "127.0.0.1:0"},
	} {
		var stdout, stderr bytes.Buffer
		err := Run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
		if err == nil || !strings.Contains(err.Error(), db) {
			t.Errorf("Run(%q) = %v; want an error naming %s", args, err, db)
		}
		if _, err := os.Stat(db); err == nil {
			t.Fatalf("Run(%q) created %s", args, db)
		}
	}
}
