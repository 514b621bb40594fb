package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "chronicle/sqlite" // registers the "sqlite" database/sql driver
)

// binary is the chronicle binary the tests run as a child process, built
// once per test run into binDir (removed by TestMain).
var (
	binOnce sync.Once
	binDir  string
	binPath string
	binErr  error
)

// TestMain removes the binary the tests built, if any.
func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// buildBinary returns the path of the chronicle binary built from this
// package, building it on first use; it skips with -short.
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the chronicle binary; skipped with -short")
	}
	binOnce.Do(func() {
		if binDir, binErr = os.MkdirTemp("", "chronicle-test-bin-"); binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "chronicle")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// Vocabulary of the synthetic articles.
var (
	synthPeople    = []string{"Marco Rubio", "Wang Yi", "Angela Merkel", "Emmanuel Macron", "Keir Starmer", "Narendra Modi", "Olaf Scholz", "Giorgia Meloni", "Anthony Albanese", "Lula da Silva"}
	synthPlaces    = []string{"Washington", "Beijing", "Berlin", "Paris", "London", "New Delhi", "Rome", "Canberra", "Brasilia", "Tokyo"}
	synthCountries = []string{"the United States", "China", "Germany", "France", "Britain", "India", "Italy", "Australia", "Brazil", "Japan"}
	synthVerbs     = []string{"met", "criticised", "praised", "threatened", "visited", "called", "accused", "thanked"}
	synthTopics    = []string{"tariffs", "trade", "climate policy", "defence spending", "energy prices", "migration", "the budget", "sanctions"}
	synthDays      = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
)

// writeSynthArticles writes n distinct plain-text news articles of a few
// kilobytes (names, places, dates, quotes and figures, so every stage has
// work) into dir as 000.txt … and returns their paths. The same n gives
// the same files.
func writeSynthArticles(t *testing.T, dir string, n int) []string {
	t.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	var paths []string
	for i := range n {
		var b strings.Builder
		a, c := pick(synthPeople), pick(synthPeople)
		fmt.Fprintf(&b, "%s %s %s over %s, report %d\n\n", a, pick(synthVerbs), c, pick(synthTopics), i)
		for p := range 12 {
			fmt.Fprintf(&b, "%s (Reuters) - %s %s %s on %s in %s, officials said, as %s and %s argued over %s worth $%d.%dbn. ",
				strings.ToUpper(pick(synthPlaces)), pick(synthPeople), pick(synthVerbs), pick(synthPeople), pick(synthDays),
				pick(synthPlaces), pick(synthCountries), pick(synthCountries), pick(synthTopics), r.IntN(900)+10, r.IntN(10))
			fmt.Fprintf(&b, "\"We will not accept %d%% %s,\" %s told reporters on %d March 2025. ", r.IntN(90)+5, pick(synthTopics), pick(synthPeople), r.IntN(28)+1)
			fmt.Fprintf(&b, "The talks, the %dth of item %d-%d, resume next week.\n\n", r.IntN(50)+2, i, p)
		}
		path := filepath.Join(dir, fmt.Sprintf("%03d.txt", i))
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	return paths
}

// countRows returns SELECT count(*) FROM table in the SQLite file db,
// opened without migrating it.
func countRows(t *testing.T, db, table string) (int, error) {
	t.Helper()
	conn, err := sql.Open("sqlite", "file:"+db+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	var n int
	err = conn.QueryRow("SELECT count(*) FROM " + table).Scan(&n)
	return n, err
}

// checkIntegrity runs PRAGMA integrity_check on db and fails unless it
// answers ok.
func checkIntegrity(t *testing.T, db string) {
	t.Helper()
	conn, err := sql.Open("sqlite", "file:"+db+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var res string
	if err := conn.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil {
		t.Fatalf("PRAGMA integrity_check on %s: %v", db, err)
	}
	if res != "ok" {
		t.Fatalf("PRAGMA integrity_check on %s = %q; want ok", db, res)
	}
}

// runBinary runs bin with args, waits and returns stderr and the exit code.
func runBinary(t *testing.T, bin string, args ...string) (string, int, time.Duration) {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	took := time.Since(start)
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return stderr.String(), ee.ExitCode(), took
		}
		t.Fatalf("%s %v: %v", bin, args, err)
	}
	return stderr.String(), 0, took
}

var summaryRE = regexp.MustCompile(`ingest: read (\d+), stored (\d+), duplicates (\d+), failed (\d+)(?: \((\d+) already stored)?`)

// ingestSummary reads the counts of ingest's summary line: read, stored,
// duplicates, failed, skipped.
func ingestSummary(t *testing.T, stderr string) [5]int {
	t.Helper()
	m := summaryRE.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("ingest: no summary in stderr:\n%s", stderr)
	}
	var out [5]int
	for i := range out {
		out[i], _ = strconv.Atoi(m[i+1])
	}
	return out
}

// TestIngestKilled runs `chronicle ingest` over 200 synthetic articles into
// SQLite, kills it with SIGKILL once some articles are committed, and
// checks that the database is intact and that the same command run again
// completes the batch: every article stored once with one source, the
// committed ones skipped without analysis.
func TestIngestKilled(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	const n = 200
	paths := writeSynthArticles(t, in, n)
	db := filepath.Join(dir, "c.db")
	args := []string{"ingest", "--db", db, "--published", "2025-03-01", in}

	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	// Poll the committed count; kill once a few articles are in, well
	// before the end.
	deadline := time.Now().Add(2 * time.Minute)
	var before int
poll:
	for {
		select {
		case err := <-exited:
			t.Fatalf("ingest finished (%v) before it could be killed; stderr:\n%s", err, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no article committed in 2 minutes; stderr:\n%s", stderr.String())
		}
		if c, err := countRows(t, db, "articles"); err == nil && c >= 10 {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			break poll
		}
		time.Sleep(20 * time.Millisecond)
	}
	<-exited
	if st := cmd.ProcessState; st == nil || st.Success() {
		t.Fatalf("ingest was not killed: %v", st)
	}
	checkIntegrity(t, db)
	before, err := countRows(t, db, "articles")
	if err != nil {
		t.Fatal(err)
	}
	if before == 0 || before >= n {
		t.Fatalf("after SIGKILL: %d articles committed; want some, not all %d (the kill came too late to test a resume)", before, n)
	}
	t.Logf("killed with %d of %d articles committed", before, n)

	// Run the same command again: it resumes.
	out, code, resume := runBinary(t, bin, args...)
	if code != 0 {
		t.Fatalf("ingest again: exit %d; stderr:\n%s", code, out)
	}
	s := ingestSummary(t, out)
	if s[0] != n || s[1] != n-before || s[2] != before || s[3] != 0 || s[4] != before {
		t.Errorf("ingest again: read %d, stored %d, duplicates %d, failed %d, skipped %d; want %d, %d, %d, 0, %d",
			s[0], s[1], s[2], s[3], s[4], n, n-before, before, before)
	}
	checkIntegrity(t, db)
	checkStoredOnce(t, db, paths)

	// A third run skips everything; compare its time with a full run into
	// a fresh database.
	out, code, skipAll := runBinary(t, bin, args...)
	if s := ingestSummary(t, out); code != 0 || s[1] != 0 || s[4] != n {
		t.Errorf("ingest a third time: exit %d, %v; want 0 and all %d skipped:\n%s", code, s, n, out)
	}
	full := filepath.Join(dir, "full.db")
	out, code, fullRun := runBinary(t, bin, "ingest", "--db", full, "--published", "2025-03-01", in)
	if s := ingestSummary(t, out); code != 0 || s[1] != n {
		t.Fatalf("full ingest: exit %d, %v:\n%s", code, s, out)
	}
	t.Logf("full run %v; resume after kill (%d to do) %v; rerun of a complete batch %v", fullRun.Round(time.Millisecond), n-before, resume.Round(time.Millisecond), skipAll.Round(time.Millisecond))
	checkStoredOnce(t, full, paths)
	if skipAll > fullRun*3/2 { // loose: both include loading the models, and CI machines are noisy
		t.Errorf("rerun of a complete batch took %v, a full run %v: skipping stored articles is not cheap", skipAll, fullRun)
	}
}

// checkStoredOnce checks that db holds one article per path, each with
// exactly one source row naming its path.
func checkStoredOnce(t *testing.T, db string, paths []string) {
	t.Helper()
	conn, err := sql.Open("sqlite", "file:"+db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var articles, distinct, sources int
	if err := conn.QueryRow(`SELECT count(*), count(DISTINCT text) FROM articles`).Scan(&articles, &distinct); err != nil {
		t.Fatal(err)
	}
	if err := conn.QueryRow(`SELECT count(*) FROM sources`).Scan(&sources); err != nil {
		t.Fatal(err)
	}
	if articles != len(paths) || distinct != len(paths) || sources != len(paths) {
		t.Errorf("%s: %d articles (%d distinct texts), %d sources; want %d of each", db, articles, distinct, sources, len(paths))
	}
	rows, err := conn.QueryContext(context.Background(), `SELECT path, count(*), count(DISTINCT article_id) FROM sources GROUP BY path`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	seen := map[string]bool{}
	for rows.Next() {
		var p string
		var c, ids int
		if err := rows.Scan(&p, &c, &ids); err != nil {
			t.Fatal(err)
		}
		if c != 1 || ids != 1 {
			t.Errorf("%s: source %s recorded %d times for %d articles; want once", db, p, c, ids)
		}
		seen[p] = true
	}
	for _, p := range paths {
		if !seen[p] {
			t.Errorf("%s: no source row for %s", db, p)
		}
	}
}
