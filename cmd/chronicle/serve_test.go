package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"chronicle"
)

// testEnv returns an env with empty stdin and buffers for output.
func testEnv() (*env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, log: slog.New(slog.DiscardHandler)}, &out, &errb
}

// seedDB ingests the seed into a new SQLite store and returns its path.
func seedDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "chronicle.db")
	e, _, stderr := testEnv()
	if err := runIngest(context.Background(), e, []string{"--db", db, "--published", "2025-07-11", "../../testdata/seed.txt"}); err != nil {
		t.Fatalf("ingest seed: %v\n%s", err, stderr)
	}
	return db
}

// startServer serves the store at db on 127.0.0.1:0 through a real
// http.Server and returns its base URL.
func startServer(t *testing.T, db, token string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	e, _, _ := testEnv()
	st, err := openStore(ctx, db, e.log)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := newServer(st, token, false, 0, e)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- serveUntil(ctx, srv.HTTPServer(ln.Addr().String()), ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
		st.Close()
	})
	return "http://" + ln.Addr().String()
}

// fetch requests base+path and returns the status and body.
func fetch(t *testing.T, method, u, token, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// getJSON requests a JSON endpoint and decodes its answer into v.
func getJSON(t *testing.T, u string, v any) {
	t.Helper()
	code, body := fetch(t, "GET", u, "", "")
	if code != http.StatusOK {
		t.Fatalf("GET %s = %d %.300s; want 200", u, code, body)
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
}

// TestServeSeed ingests the seed through runIngest and checks every JSON
// endpoint and the main pages of a server over the store.
func TestServeSeed(t *testing.T) {
	db := seedDB(t)
	base := startServer(t, db, "tok")

	var articles chronicle.ArticlePage
	getJSON(t, base+"/api/articles?q=tariffs", &articles)
	if len(articles.Articles) != 1 {
		t.Fatalf("search tariffs: %d articles; want the seed", len(articles.Articles))
	}
	id := articles.Articles[0].ID

	var doc chronicle.Document
	getJSON(t, base+"/api/articles/"+id, &doc)
	if err := doc.Check(); err != nil {
		t.Errorf("GET /api/articles/%s: %v", id, err)
	}
	if doc.ID != id || doc.Meta.Published.Value != "2025-07-11" || len(doc.Events) == 0 || len(doc.Quotes) == 0 {
		t.Errorf("GET /api/articles/%s: id %q, published %q, %d events, %d quotes; want the analysed seed",
			id, doc.ID, doc.Meta.Published.Value, len(doc.Events), len(doc.Quotes))
	}

	var entities chronicle.EntityPage
	getJSON(t, base+"/api/entities?name=rubio", &entities)
	if len(entities.Entities) == 0 || entities.Entities[0].Name != "Marco Rubio" {
		t.Errorf("GET /api/entities?name=rubio = %+v; want Marco Rubio", entities.Entities)
	}

	var events chronicle.EventPage
	getJSON(t, base+"/api/events?actor=USA&recipient=CHN&since=2025-07-01&until=2025-07-31", &events)
	if len(events.Events) == 0 {
		t.Errorf("GET /api/events USA→CHN in July 2025: none")
	}
	for _, h := range events.Events {
		if h.Document != id || h.Evidence == "" {
			t.Errorf("event %+v: want the seed's, with evidence", h)
		}
	}

	var quotes chronicle.QuotePage
	getJSON(t, base+"/api/quotes?speaker=Rubio", &quotes)
	found := false
	for _, q := range quotes.Quotes {
		found = found || strings.Contains(q.Quote.Text, "positive and constructive")
	}
	if !found {
		t.Errorf("GET /api/quotes?speaker=Rubio lacks “positive and constructive.”: %+v", quotes.Quotes)
	}

	var tl struct {
		Buckets []chronicle.TimelineBucket `json:"buckets"`
	}
	getJSON(t, base+"/api/timeline?a=USA&b=CHN&by=week", &tl)
	total := 0
	for _, b := range tl.Buckets {
		total += b.Total
	}
	if total == 0 {
		t.Errorf("GET /api/timeline USA–CHN: no events")
	}

	pages := []struct {
		path string
		want *regexp.Regexp
	}{
		{"/?q=tariffs", regexp.MustCompile(`href="/articles/` + id + `"`)},
		{"/articles/" + id, regexp.MustCompile(`<q class="qt[^"]*"[^>]*data-tip="Marco Rubio[^"]*">(?:[^<]|<(?:a|/a|span|/span)[ >][^>]*>?)*?positive and constructive`)},
		{"/entity?" + url.Values{"name": {"Marco Rubio"}, "type": {"PERSON"}}.Encode(), regexp.MustCompile(`(?s)Quotes \([1-9][0-9]*\).*positive and constructive`)},
		{"/events?actor=USA&recipient=CHN", regexp.MustCompile(`href="/articles/` + id + `#ev-[^"]+"`)},
		{"/timeline?a=USA&b=CHN&by=week", regexp.MustCompile(`<svg[^>]*>.*<rect class="c\d+"`)},
	}
	for _, p := range pages {
		code, body := fetch(t, "GET", base+p.path, "", "")
		if code != 200 || !p.want.MatchString(body) {
			t.Errorf("GET %s = %d; want 200 and a body matching %s", p.path, code, p.want)
		}
	}

	// Errors.
	for _, c := range []struct {
		method, path, token, body string
		code                      int
	}{
		{"GET", "/api/articles/ffffffffffffffffffffffffffffffff", "", "", 404},
		{"GET", "/api/events?since=2025-13-01", "", "", 400},
		{"POST", "/api/ingest", "", `{"text":"x"}`, 401},
		{"POST", "/api/ingest", "tok", `{"text":"` + strings.Repeat("x", 3<<20) + `"}`, 413},
	} {
		code, body := fetch(t, c.method, base+c.path, c.token, c.body)
		if code != c.code || !strings.Contains(body, `"error"`) {
			t.Errorf("%s %s = %d %.200s; want %d and a JSON error", c.method, c.path, code, body, c.code)
		}
	}

	// Ingesting through the API is idempotent too.
	seed, err := os.ReadFile("../../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	req, _ := json.Marshal(map[string]string{"text": string(seed), "published": "2025-07-11"})
	code, body := fetch(t, "POST", base+"/api/ingest", "tok", string(req))
	if code != http.StatusOK || !strings.Contains(body, `"id":"`+id+`"`) || !strings.Contains(body, `"created":false`) {
		t.Errorf("POST /api/ingest (the seed again) = %d %s; want 200, %s, not created", code, body, id)
	}
}

// TestIngestIdempotent ingests the seed twice: one article is stored.
func TestIngestIdempotent(t *testing.T) {
	db := seedDB(t)
	e, _, stderr := testEnv()
	if err := runIngest(context.Background(), e, []string{"--db", db, "--published", "2025-07-11", "../../testdata/seed.txt"}); err != nil {
		t.Fatalf("ingest seed again: %v\n%s", err, stderr)
	}
	if want := "read 1, stored 0, duplicates 1, failed 0 (1 already stored from the same source, not analysed again)"; !strings.Contains(stderr.String(), want) {
		t.Errorf("ingest seed again: stderr %q; want %q", stderr, want)
	}
	e, _, stderr = testEnv()
	if err := runIngest(context.Background(), e, []string{"--db", db, "--published", "2025-07-11", "--reanalyse", "../../testdata/seed.txt"}); err != nil {
		t.Fatalf("ingest seed again --reanalyse: %v\n%s", err, stderr)
	}
	if got := stderr.String(); !strings.Contains(got, "read 1, stored 0, duplicates 1, failed 0\n") {
		t.Errorf("ingest seed again --reanalyse: stderr %q; want it analysed again (no skip)", got)
	}
	e, out, _ := testEnv()
	if err := runSearch(context.Background(), e, []string{"--db", db, "--json"}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "\n"); n != 1 {
		t.Errorf("search after ingesting the seed twice: %d articles; want 1:\n%s", n, out)
	}
}

// TestIngestErrors checks that a failing input is reported, the batch goes
// on and the run fails.
func TestIngestErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	e, _, stderr := testEnv()
	err := runIngest(context.Background(), e, []string{"--db", db, "no/such/file.txt", "../../testdata/seed.txt"})
	if err == nil {
		t.Fatalf("ingest with a missing file: no error")
	}
	for _, want := range []string{"no/such/file.txt", "read 1, stored 1, duplicates 0, failed 1"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("ingest with a missing file: stderr %q lacks %q", stderr, want)
		}
	}
	e, _, _ = testEnv()
	var u *UsageError
	if err := runIngest(context.Background(), e, []string{"--db", db}); !errors.As(err, &u) {
		t.Errorf("ingest without inputs = %v; want a UsageError", err)
	}
}

// TestRunServe starts the serve command on a free port, requests the
// OpenAPI document and stops it.
func TestRunServe(t *testing.T) {
	db := seedDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	w := &lineWriter{lines: make(chan string, 8)}
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: w, log: slog.New(slog.DiscardHandler)}
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, e, []string{"--db", db, "--addr", "127.0.0.1:0"}) }()
	var base string
	select {
	case line := <-w.lines:
		base = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(line), "serving "), "/")
	case err := <-done:
		t.Fatalf("serve: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	code, body := fetch(t, "GET", base+"/openapi.json", "", "")
	if code != 200 || !json.Valid([]byte(body)) {
		t.Errorf("GET %s/openapi.json = %d; want 200 and JSON", base, code)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve after cancel: %v", err)
	}
}

// lineWriter sends each write as a line on a channel.
type lineWriter struct {
	mu    sync.Mutex
	lines chan string
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	select {
	case w.lines <- string(p):
	default:
	}
	return len(p), nil
}

// TestServeNoTokenReadOnly checks that a server started without a token
// refuses every write and still answers reads.
func TestServeNoTokenReadOnly(t *testing.T) {
	db := seedDB(t)
	base := startServer(t, db, "")
	for _, auth := range []string{"", "anything"} {
		code, body := fetch(t, "POST", base+"/api/ingest", auth, `{"text":"Keir Starmer met Olaf Scholz in Berlin."}`)
		if code != http.StatusNotImplemented {
			t.Errorf("POST /api/ingest (no token configured, Authorization %q) = %d %s; want 501", auth, code, body)
		}
	}
	var page chronicle.ArticlePage
	getJSON(t, base+"/api/articles", &page)
	if len(page.Articles) != 1 {
		t.Errorf("GET /api/articles after refused writes: %d articles; want 1", len(page.Articles))
	}
}
