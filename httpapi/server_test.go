package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"chronicle"
	"chronicle/httpapi"
	"chronicle/sqlite"
)

// seedDoc reads the analysed seed article of testdata.
func seedDoc(t testing.TB) *chronicle.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "seed.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc chronicle.Document
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if err := doc.Check(); err != nil {
		t.Fatalf("testdata/seed.json: %v", err)
	}
	return &doc
}

// fixture is a server over a SQLite store holding the seed.
type fixture struct {
	srv   *httpapi.Server
	url   string
	id    string
	store chronicle.Store
}

const token = "s3cret"

// newFixture starts a server with the seed stored and Analyze returning
// a copy of the seed for any article whose text holds "Rubio".
func newFixture(t testing.TB) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "test.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	doc := seedDoc(t)
	id, _, err := st.PutDocument(ctx, doc, chronicle.ArticleSource{Path: "seed.txt"})
	if err != nil {
		t.Fatal(err)
	}
	analyze := func(ctx context.Context, a *chronicle.Article) (*chronicle.Document, error) {
		if !bytes.Contains(a.Body, []byte("Rubio")) {
			return nil, errors.New("no content")
		}
		return seedDoc(t), nil
	}
	srv, err := httpapi.New(httpapi.Options{Store: st, Analyze: analyze, Token: token})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return &fixture{srv: srv, url: ts.URL, id: id, store: st}
}

// get requests path and returns the status and body.
func (f *fixture) do(t *testing.T, method, path, auth string, body io.Reader) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(method, f.url+path, body)
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", "Bearer "+auth)
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
	return resp.StatusCode, resp.Header, string(b)
}

func TestJSONRoutes(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		path string
		want []string // substrings of the body
	}{
		{"/api/articles?q=tariffs", []string{`"id":"` + f.id + `"`}},
		{"/api/articles", []string{f.id}},
		{"/api/articles/" + f.id, []string{`"text":"US Secretary of State Marco Rubio`, `"positive and constructive.`}},
		{"/api/entities?type=PERSON", []string{`"name":"Marco Rubio"`}},
		{"/api/entity?name=Marco+Rubio&type=PERSON", []string{`"US Secretary of State"`, `"text":"positive and constructive."`, `"aliases":[{"text":"Rubio"`}},
		{"/api/entity?name=United+States&type=GPE", []string{`"aliases":[{"text":"US"`, `"articles":[{"id":"` + f.id + `"`}}, // a name the text never uses
		{"/api/events?actor=USA&recipient=CHN", []string{`"type":"CONSULT"`, `"day":"2025-07-`}},
		{"/api/merged-events?actor=USA&recipient=CHN&type=CONSULT", []string{`"type":"CONSULT"`, `"sources":1`, `"groups":1`, `"mentions":[{`}},
		{"/api/quotes?speaker=Rubio", []string{`"speaker":"Marco Rubio"`, `positive and constructive`}},
		{"/api/timeline?a=USA&b=CHN&by=week", []string{`"start":"2025-07-07"`, `"CONSULT":`, `"wider":[`, `{"start":"2025-05-01","end":"2025-05-31","total":1,"by_type":{"AGREE":1}}`}},
		{"/api/timeline?a=USA&b=CHN&by=month", []string{`{"start":"2025-05-01","total":1,"by_type":{"AGREE":1}}`}},
		{"/api/timeline?a=USA&b=CHN&by=day&since=2025-07-11&until=2025-07-11", []string{`"buckets":[{"start":"2025-07-11"`}},
		{"/api/timeline?a=USA&b=CHN&since=2026-01-01", []string{`"buckets":[]`}},
		{"/openapi.json", []string{`"openapi": "3.1.0"`}},
	}
	for _, tt := range tests {
		code, h, body := f.do(t, "GET", tt.path, "", nil)
		if code != http.StatusOK {
			t.Errorf("GET %s = %d %s; want 200", tt.path, code, body)
			continue
		}
		if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("GET %s: Content-Type %q; want application/json", tt.path, ct)
		}
		if !json.Valid([]byte(body)) {
			t.Errorf("GET %s: body is not JSON: %.200s", tt.path, body)
		}
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: body lacks %s: %.300s", tt.path, w, body)
			}
		}
	}
}

func TestErrors(t *testing.T) {
	f := newFixture(t)
	big := `{"text":"` + strings.Repeat("a", 3<<20) + `"}`
	tests := []struct {
		method, path, auth, body string
		code                     int
	}{
		{"GET", "/api/articles/0123456789abcdef", "", "", 404},
		{"GET", "/api/nothing", "", "", 404},
		{"GET", "/api/.", "", "", 404},
		{"GET", "/api/./events", "", "", 404},
		{"GET", "/api//events", "", "", 404},
		{"DELETE", "/api/articles", "", "", 405},
		{"GET", "/api/ingest", "", "", 405},
		{"GET", "/api/events?since=yesterday", "", "", 400},
		{"GET", "/api/events?limit=many", "", "", 400},
		{"GET", "/api/merged-events?order=up", "", "", 400},
		{"GET", "/api/articles?cursor=%25%25bad", "", "", 400},
		{"GET", "/api/timeline?a=USA&b=CHN&by=year", "", "", 400},
		{"GET", "/api/timeline?since=soon", "", "", 400},
		{"GET", "/api/entity", "", "", 400},
		{"POST", "/api/ingest", "", `{"text":"Rubio met Wang."}`, 401},
		{"POST", "/api/ingest", "wrong", `{"text":"Rubio met Wang."}`, 401},
		{"POST", "/api/ingest", token, big, 413},
		{"POST", "/api/ingest", token, `{"text":`, 400},
		{"POST", "/api/ingest", token, `{"text":"a","html":"<p>b</p>"}`, 400},
		{"POST", "/api/ingest", token, `{"txt":"Rubio"}`, 400},
		{"POST", "/api/ingest", token, `{"text":"Rubio","published":"July"}`, 400},
		{"POST", "/api/ingest", token, `{"url":"https://example.com/a"}`, 501},
		{"POST", "/api/ingest", token, `{"text":"nothing here"}`, 422},
	}
	for _, tt := range tests {
		code, h, body := f.do(t, tt.method, tt.path, tt.auth, strings.NewReader(tt.body))
		if code != tt.code {
			t.Errorf("%s %s = %d %.200s; want %d", tt.method, tt.path, code, body, tt.code)
			continue
		}
		var e struct{ Error string }
		if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" {
			t.Errorf("%s %s: body %.200q is not {\"error\": ...}", tt.method, tt.path, body)
		}
		if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s %s: Content-Type %q; want application/json", tt.method, tt.path, ct)
		}
	}
	// HTML routes answer with an error page.
	for path, want := range map[string]int{"/articles/0123": 404, "/no/such/page": 404, "/static/nope.css": 404, "/events?until=x": 400, "/entity": 400} {
		code, h, body := f.do(t, "GET", path, "", nil)
		if code != want || !strings.HasPrefix(h.Get("Content-Type"), "text/html") || !strings.Contains(body, "<h1>") {
			t.Errorf("GET %s = %d %s; want %d and an HTML error page", path, code, h.Get("Content-Type"), want)
		}
	}
}

func TestIngest(t *testing.T) {
	f := newFixture(t)
	// The seed is stored: ingesting it again stores nothing new.
	code, _, body := f.do(t, "POST", "/api/ingest", token, strings.NewReader(`{"text":"Marco Rubio said...","published":"2025-07-11"}`))
	if code != http.StatusOK {
		t.Fatalf("POST /api/ingest (seed again) = %d %s; want 200", code, body)
	}
	var resp httpapi.IngestResponse
	if err := json.Unmarshal([]byte(body), &resp); err != nil {
		t.Fatal(err)
	}
	if len(resp.Documents) != 1 || resp.Documents[0].ID != f.id || resp.Documents[0].Created {
		t.Errorf("POST /api/ingest (seed again) = %+v; want one document %s, not created", resp.Documents, f.id)
	}
	page, err := f.store.Search(context.Background(), chronicle.SearchQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Articles) != 1 {
		t.Errorf("Search after ingesting the seed twice: %d articles; want 1", len(page.Articles))
	}
}

func TestPages(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		path string
		want []string
	}{
		{"/", []string{`<form class="search"`, `href="/articles/` + f.id + `"`}},
		{"/?q=tariffs", []string{`href="/articles/` + f.id + `"`, "tariffs"}},
		{"/?q=zzzzqqq", []string{"No articles match"}},
		{"/articles/" + f.id, []string{`id="q-q2" data-tip="Marco Rubio — described (partial)">positive and constructive.</q>`, `class="m m-PERSON"`, `id="ev-`, "Pham Giang", "AFP", "Kuala Lumpur"}},
		{"/entities", []string{"Marco Rubio", "Wang Yi"}},
		{"/entity?name=Marco+Rubio&type=PERSON&country=USA", []string{"US Secretary of State", "positive and constructive", "#ev-", "GOV"}},
		{"/events?actor=USA", []string{"CONSULT", `/articles/` + f.id + `#ev-`}},
		{"/timeline?a=USA&b=CHN&by=week", []string{"<svg", "<rect", "2025-07-07", "swatch", "Dated only to a longer period", "<td class=\"nowrap\">2025-05-31</td>"}},
		{"/timeline?a=FRA&b=DEU", []string{"No dated events", `href="/events?actor=FRA&amp;recipient=DEU"`, `href="/events?actor=DEU&amp;recipient=FRA"`}},
		{"/static/style.css", []string{".m-PERSON"}},
	}
	for _, tt := range tests {
		h, body, ok := f.getOK(t, tt.path, tt.want, nil)
		if !ok {
			continue
		}
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("GET %s: Content-Security-Policy %q", tt.path, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" {
			t.Errorf("GET %s: security headers missing: %v", tt.path, h)
		}
		if strings.Contains(body, "https://") && strings.HasPrefix(h.Get("Content-Type"), "text/html") && strings.Contains(body, `src="http`) {
			t.Errorf("GET %s: page loads a remote resource", tt.path)
		}
	}
}

// TestOpenAPI checks that the OpenAPI document is JSON and describes every
// registered route with its method.
func TestOpenAPI(t *testing.T) {
	f := newFixture(t)
	code, _, body := f.do(t, "GET", "/openapi.json", "", nil)
	if code != 200 {
		t.Fatalf("GET /openapi.json = %d", code)
	}
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi = %q; want 3.1.0", doc.OpenAPI)
	}
	routes := f.srv.Routes()
	if len(routes) < 10 {
		t.Fatalf("Routes() = %v; want every route", routes)
	}
	described := 0
	for _, r := range routes {
		method, path, ok := strings.Cut(r, " ")
		if !ok {
			t.Errorf("route %q has no method", r)
			continue
		}
		path = strings.TrimSuffix(path, "{$}")
		if path == "" {
			path = "/"
		}
		if _, ok := doc.Paths[path][strings.ToLower(method)]; !ok {
			t.Errorf("openapi.json does not describe %s %s", method, path)
		}
		described++
	}
	if described != len(doc.Paths) {
		t.Errorf("openapi.json describes %d paths, the server registers %d routes", len(doc.Paths), described)
	}
}

func TestStatus(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{nil, 200},
		{&chronicle.StoreError{Op: "sqlite: get", ID: "x", Err: chronicle.ErrNotFound}, 404},
		{fmt.Errorf("x: %w", chronicle.ErrInvalid), 400},
		{httpapi.ErrBadRequest, 400},
		{httpapi.ErrUnauthorized, 401},
		{&http.MaxBytesError{Limit: 1}, 413},
		{httpapi.ErrAnalyze, 422},
		{httpapi.ErrUnsupported, 501},
		{httpapi.ErrFetch, 502},
		{context.DeadlineExceeded, 503},
		{errors.New("disk on fire"), 500},
	}
	for _, tt := range tests {
		if got := httpapi.Status(tt.err); got != tt.want {
			t.Errorf("Status(%v) = %d; want %d", tt.err, got, tt.want)
		}
	}
}

func TestNoToken(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv, err := httpapi.New(httpapi.Options{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("POST", "/api/ingest", strings.NewReader(`{"text":"x"}`)))
	if rec.Code != http.StatusNotImplemented {
		t.Errorf("POST /api/ingest without Analyze = %d; want 501", rec.Code)
	}
	rec = httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/api/timeline?a=USA&b=CHN", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"buckets":[]`) {
		t.Errorf("GET /api/timeline on an empty store = %d %s; want 200 and no buckets", rec.Code, rec.Body)
	}
}

func ExampleNew() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	st, err := sqlite.Open(ctx, filepath.Join(dir, "chronicle.db"), sqlite.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	srv, err := httpapi.New(httpapi.Options{Store: st})
	if err != nil {
		fmt.Println(err)
		return
	}
	hs := srv.HTTPServer("127.0.0.1:8080") // then hs.ListenAndServe()
	fmt.Println(hs.ReadHeaderTimeout > 0)
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/api/articles", nil))
	fmt.Print(rec.Code, " ", rec.Body.String())
	// Output:
	// true
	// 200 {"articles":[],"next":""}
}

// faultStore is a store whose Search panics or blocks until its context
// ends; every other method is the embedded store's.
type faultStore struct {
	chronicle.Store
	panics bool
}

func (s faultStore) Search(ctx context.Context, q chronicle.SearchQuery) (chronicle.ArticlePage, error) {
	if s.panics {
		panic("runtime error: index out of range [3] with length 3 in /home/dev/secret/path.go")
	}
	<-ctx.Done()
	return chronicle.ArticlePage{}, ctx.Err()
}

// TestPanicRecovered checks that a handler that panics answers 500 with a
// generic message, no stack trace, no panic value, and the server goes on.
func TestPanicRecovered(t *testing.T) {
	f := newFixture(t)
	var logs bytes.Buffer
	srv, err := httpapi.New(httpapi.Options{Store: faultStore{Store: f.store, panics: true}, Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	for _, path := range []string{"/api/articles?q=x", "/?q=x"} {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusInternalServerError {
			t.Errorf("GET %s (handler panics) = %d; want 500", path, resp.StatusCode)
		}
		for _, leak := range []string{"goroutine", "panic", "index out of range", "secret/path.go", ".go:"} {
			if strings.Contains(string(body), leak) {
				t.Errorf("GET %s (handler panics): body leaks %q: %.300s", path, leak, body)
			}
		}
		if strings.HasPrefix(path, "/api/") && !strings.Contains(string(body), `{"error":"Internal Server Error"}`) {
			t.Errorf("GET %s (handler panics): body %.200q; want {\"error\":\"Internal Server Error\"}", path, body)
		}
	}
	if !strings.Contains(logs.String(), "index out of range") || !strings.Contains(logs.String(), "goroutine") {
		t.Errorf("the panic and its stack are not logged: %.300s", logs.String())
	}
	// Other routes still work.
	resp, err := http.Get(ts.URL + "/api/articles/" + f.id)
	if err != nil || resp.StatusCode != 200 {
		t.Errorf("GET /api/articles/%s after a panic: %v %v; want 200", f.id, resp.StatusCode, err)
	}
	resp.Body.Close()
}

// TestRequestTimeout checks that a request whose work outlasts
// RequestTimeout is answered 503 when the deadline passes.
func TestRequestTimeout(t *testing.T) {
	f := newFixture(t)
	srv, err := httpapi.New(httpapi.Options{Store: faultStore{Store: f.store}, RequestTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	start := time.Now()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/api/articles?q=slow", nil))
	if took := time.Since(start); rec.Code != http.StatusServiceUnavailable || took > 5*time.Second {
		t.Errorf("GET /api/articles on a store that never answers = %d after %v; want 503 after about 200ms", rec.Code, took)
	}
}

// TestSecurityHeaders checks the headers of every kind of answer: the
// UI may load nothing from elsewhere and may not be framed.
func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t)
	for _, path := range []string{"/", "/articles/" + f.id, "/timeline?a=USA&b=CHN", "/api/articles", "/static/style.css", "/no/such/page", "/api/nothing"} {
		_, h, _ := f.do(t, "GET", path, "", nil)
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "frame-ancestors 'none'", "base-uri 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("GET %s: Content-Security-Policy %q lacks %s", path, csp, want)
			}
		}
		if strings.Contains(csp, "http") || strings.Contains(csp, "*") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("GET %s: Content-Security-Policy %q allows other origins or eval", path, csp)
		}
		for k, want := range map[string]string{"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"} {
			if got := h.Get(k); got != want {
				t.Errorf("GET %s: %s = %q; want %q", path, k, got, want)
			}
		}
	}
}

// TestWriteToken checks that POST /api/ingest stores nothing without the
// exact configured token.
func TestWriteToken(t *testing.T) {
	f := newFixture(t)
	body := `{"text":"Rubio met Wang.","published":"2025-07-11"}`
	for _, auth := range []string{"", "Bearer", "Bearer ", "Bearer s3cre", "Bearer s3cret2", "Bearer S3CRET", "Basic s3cret", "s3cret", "Bearer  s3cret\x00"} {
		req, _ := http.NewRequest("POST", f.url+"/api/ingest", strings.NewReader(body))
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			continue // a header Go refuses to send is refused too
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized || resp.Header.Get("WWW-Authenticate") == "" {
			t.Errorf("POST /api/ingest with Authorization %q = %d; want 401 with WWW-Authenticate", auth, resp.StatusCode)
		}
	}
	if code, _, body := f.do(t, "POST", "/api/ingest", token, strings.NewReader(body)); code != 200 {
		t.Errorf("POST /api/ingest with the token = %d %s; want 200", code, body)
	}
}

// serveReal serves srv through the http.Server HTTPServer configures, on
// 127.0.0.1, and returns its address.
func serveReal(t *testing.T, srv *httpapi.Server) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := srv.HTTPServer(ln.Addr().String())
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	return ln.Addr().String()
}

// TestSlowloris opens connections that send their request headers a byte
// at a time and checks that the server drops them within
// ReadHeaderTimeout (plus slack), while serving other clients meanwhile.
func TestSlowloris(t *testing.T) {
	if testing.Short() {
		t.Skip("takes ReadHeaderTimeout (5s)")
	}
	f := newFixture(t)
	addr := serveReal(t, f.srv)
	const conns = 20
	start := time.Now()
	done := make(chan time.Duration, conns)
	for range conns {
		go func() {
			c, err := net.Dial("tcp", addr)
			if err != nil {
				done <- -1
				return
			}
			defer c.Close()
			req := "GET /api/articles HTTP/1.1\r\nHost: x\r\nX-Slow: " + strings.Repeat("a", 1000)
			for i := 0; i < len(req); i++ {
				if _, err := c.Write([]byte{req[i]}); err != nil {
					break
				}
				time.Sleep(100 * time.Millisecond)
				if time.Since(start) > httpapi.ReadHeaderTimeout+20*time.Second {
					break // never cut off
				}
			}
			c.SetReadDeadline(time.Now().Add(5 * time.Second))
			io.Copy(io.Discard, c)
			done <- time.Since(start)
		}()
	}
	// Meanwhile a normal client is served.
	time.Sleep(500 * time.Millisecond)
	resp, err := http.Get("http://" + addr + "/api/articles")
	if err != nil || resp.StatusCode != 200 {
		t.Errorf("GET /api/articles during the slowloris: %v; want 200", err)
	} else {
		resp.Body.Close()
	}
	for range conns {
		d := <-done
		if d < 0 || d > httpapi.ReadHeaderTimeout+5*time.Second {
			t.Errorf("a connection dribbling its headers was dropped after %v; want within %v + 5s", d, httpapi.ReadHeaderTimeout)
		}
	}
}

// TestHeaderTooLarge checks that request headers over MaxHeaderBytes are
// refused with 431.
func TestHeaderTooLarge(t *testing.T) {
	f := newFixture(t)
	addr := serveReal(t, f.srv)
	req, _ := http.NewRequest("GET", "http://"+addr+"/api/articles", nil)
	req.Header.Set("X-Big", strings.Repeat("a", 2*httpapi.MaxHeaderBytes))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("GET with %d bytes of headers = %d; want 431", 2*httpapi.MaxHeaderBytes, resp.StatusCode)
	}
}

// TestTimelineBounded checks that a timeline that would hold more than
// MaxTimelineBuckets buckets (one stray event dated centuries back) is
// refused with a message saying how to narrow it, and that narrowing it
// works.
func TestTimelineBounded(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	doc := seedDoc(t)
	if len(doc.Events) < 2 {
		t.Fatalf("seed has %d events; want 2 or more", len(doc.Events))
	}
	doc.Events[0].Date.Value = "1400-02-26"
	if _, _, err := st.PutDocument(ctx, doc, chronicle.ArticleSource{Path: "seed.txt"}); err != nil {
		t.Fatal(err)
	}
	srv, err := httpapi.New(httpapi.Options{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]int{
		"/api/timeline?by=day":                                     400,
		"/api/timeline?by=week":                                    400,
		"/api/timeline?by=month":                                   400,
		"/timeline?by=day":                                         400,
		"/api/timeline?by=day&since=2025-01-01":                    200,
		"/api/timeline?by=month&since=1400-01-01&until=1700-01-01": 200,
	} {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != want {
			t.Errorf("GET %s = %d; want %d", path, rec.Code, want)
		}
		if want == 400 && !strings.Contains(rec.Body.String(), "narrow it") {
			t.Errorf("GET %s: %.300s; want advice to narrow it", path, rec.Body)
		}
		if rec.Body.Len() > 1<<20 {
			t.Errorf("GET %s: %d bytes; want under 1 MiB", path, rec.Body.Len())
		}
	}
}

// TestCache checks the response cache: a repeated GET is a hit with the
// same answer, a write through the server clears it, entries expire after
// CacheTTL, and errors, static files and authorised requests are not kept.
func TestCache(t *testing.T) {
	f := newFixture(t)
	srv, err := httpapi.New(httpapi.Options{Store: f.store, Token: token, CacheTTL: 300 * time.Millisecond,
		Analyze: func(ctx context.Context, a *chronicle.Article) (*chronicle.Document, error) {
			return &chronicle.Document{Text: string(a.Body)}, nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string) (string, string, int) {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		return rec.Header().Get("X-Cache"), rec.Body.String(), rec.Code
	}
	x1, b1, _ := get("/api/articles")
	x2, b2, _ := get("/api/articles")
	if x1 != "miss" || x2 != "hit" || b1 != b2 {
		t.Errorf("GET /api/articles twice: X-Cache %q then %q, same body %v; want miss, hit, true", x1, x2, b1 == b2)
	}
	if x, _, _ := get("/api/articles?limit=1"); x != "miss" {
		t.Errorf("GET /api/articles?limit=1: X-Cache %q; want miss (another URL)", x)
	}
	// A write through the server clears the cache: the new article shows.
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/api/ingest", strings.NewReader(`{"text":"Keir Starmer met Olaf Scholz."}`))
	req.Header.Set("Authorization", "Bearer "+token)
	srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST /api/ingest = %d %s; want 201", rec.Code, rec.Body)
	}
	if x, b, _ := get("/api/articles"); x != "miss" || strings.Count(b, `"id":`) != 2 {
		t.Errorf("GET /api/articles after an ingest: X-Cache %q, body %.200s; want a miss listing the new article", x, b)
	}
	// Entries expire.
	get("/api/quotes")
	time.Sleep(400 * time.Millisecond)
	if x, _, _ := get("/api/quotes"); x != "miss" {
		t.Errorf("GET /api/quotes after CacheTTL: X-Cache %q; want miss", x)
	}
	// Errors and static files are not cached.
	for _, path := range []string{"/api/articles/0123456789abcdef", "/api/events?since=bad", "/static/style.css"} {
		get(path)
		if x, _, _ := get(path); x == "hit" {
			t.Errorf("GET %s twice: a cache hit; want it not cached", path)
		}
	}
}

// FuzzServe sends arbitrary GET requests (path and query) to a server over
// the seed: no answer is a 500 or a panic, and under /api/ every answer is
// JSON.
func FuzzServe(f *testing.F) {
	for _, s := range []string{"/api/events?actor=USA&since=2025-01-01&until=2025-12-31&limit=5", "/api/articles?q=tariffs&cursor=abc",
		"/api/timeline?a=USA&b=CHN&by=month&since=2025-07-01", "/api/entity?name=Marco+Rubio&type=PERSON", "/api/quotes?speaker=Rubio&q=talks",
		"/events?type=CONSULT&place=Kuala", "/entity?name=%ff%fe", "/timeline?by=day&until=0000-01-01", "/articles/..%2f..%2fetc", "/?q=%00"} {
		f.Add(s)
	}
	fx := newFixture(f)
	f.Add("/api/.")
	f.Add("/events?merged=a%2F1&view=reports")
	f.Fuzz(func(t *testing.T, target string) {
		if !strings.HasPrefix(target, "/") || strings.ContainsAny(target, " \r\n\t#") {
			return
		}
		req, err := http.NewRequest("GET", "http://x"+target, nil)
		if err != nil {
			return
		}
		rec := httptest.NewRecorder()
		fx.srv.ServeHTTP(rec, req)
		if rec.Code >= 500 && rec.Code != http.StatusNotImplemented {
			t.Errorf("GET %s = %d %.200s", target, rec.Code, rec.Body)
		}
		if strings.HasPrefix(req.URL.Path, "/api/") && !json.Valid(rec.Body.Bytes()) {
			t.Errorf("GET %s: answer is not JSON: %.200s", target, rec.Body)
		}
	})
}

// TestLoadShedding fills the server's MaxConcurrent slots with requests a
// store never answers: further requests are answered 503 with Retry-After
// after QueueTimeout, quickly, instead of queueing until their deadline;
// static files are still served.
func TestLoadShedding(t *testing.T) {
	f := newFixture(t)
	srv, err := httpapi.New(httpapi.Options{Store: faultStore{Store: f.store}, MaxConcurrent: 2,
		QueueTimeout: 100 * time.Millisecond, RequestTimeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	type answer struct {
		code  int
		retry string
		took  time.Duration
	}
	const n = 6
	answers := make(chan answer, n)
	for i := range n {
		go func() {
			if i >= 2 {
				time.Sleep(200 * time.Millisecond) // the first two hold the slots
			}
			start := time.Now()
			resp, err := http.Get(fmt.Sprintf("%s/api/articles?q=w%d", ts.URL, i))
			if err != nil {
				answers <- answer{code: -1}
				return
			}
			resp.Body.Close()
			answers <- answer{resp.StatusCode, resp.Header.Get("Retry-After"), time.Since(start)}
		}()
	}
	shed := 0
	for range n {
		a := <-answers
		if a.code != http.StatusServiceUnavailable {
			t.Errorf("GET /api/articles on a stuck store = %d; want 503", a.code)
		}
		if a.retry == "1" {
			shed++
			if a.took > time.Second {
				t.Errorf("a shed request was answered after %v; want about QueueTimeout (100ms)", a.took)
			}
			if shed == 1 { // the slots are still taken
				resp, err := http.Get(ts.URL + "/static/style.css")
				if err != nil || resp.StatusCode != 200 {
					t.Errorf("GET /static/style.css while the slots are taken: %v; want 200", err)
				} else {
					resp.Body.Close()
				}
			}
		}
	}
	if shed != n-2 {
		t.Errorf("%d requests shed with Retry-After; want %d (all but the 2 holding the slots)", shed, n-2)
	}
}

// TestMergedPages stores a near-copy of the seed beside it: the event
// table has one row per real-world event with two sources (one
// independent) and lists both reports, ?view=reports lists every report,
// the article page names the copy and the other article of each event,
// and the entity page shows each quote once.
func TestMergedPages(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	cp := seedDoc(t)
	cp.Text += "\n\nReporting by Lee Chan; editing by Sam Holmes."
	cp.ID = ""
	copyID, _, err := f.store.PutDocument(ctx, cp, chronicle.ArticleSource{Path: "copy.txt"})
	if err != nil {
		t.Fatal(err)
	}
	merged, err := f.store.MergedEvents(ctx, chronicle.EventFilter{Actor: "USA", Type: "CONSULT"})
	if err != nil || len(merged.Events) == 0 {
		t.Fatalf("MergedEvents(USA, CONSULT) = %v, %v; want the meeting", merged, err)
	}
	if m := merged.Events[0]; m.Sources != 2 || m.Groups != 1 {
		t.Fatalf("the store merges the seed and its copy into %d sources, %d groups; want 2, 1", m.Sources, m.Groups)
	}
	tests := []struct {
		path       string
		want, lack []string
	}{
		{"/events?actor=USA&type=CONSULT", []string{`class="grid-table events merged"`, `>2</a>`, "1 independent", "1 more report · 2 articles in all",
			`/articles/` + f.id + `#ev-`, `/articles/` + copyID + `#ev-`, `class="tag copy"`}, nil},
		{"/events?actor=USA&type=CONSULT&view=reports", []string{`/articles/` + f.id + `#ev-`, `/articles/` + copyID + `#ev-`, `name="view" value="reports"`}, []string{"events merged"}},
		{"/events?merged=" + url.QueryEscape(merged.Events[0].ID), []string{"One event, reported by 2 articles", "<details class=\"reports\" open>"}, nil},
		{"/articles/" + f.id, []string{"Also published as", `href="/articles/` + copyID + `"`, "+1 article"}, []string{"only here"}},
		{"/entity?name=Marco+Rubio&type=PERSON&country=USA", []string{"with those repeated by copies", "also in", "1 independent"}, nil},
		{"/?q=tariffs", []string{`<p class="hit-copies">`, `class="hit-copy" href="/articles/`}, nil},
	}
	for _, tt := range tests {
		f.getOK(t, tt.path, tt.want, tt.lack)
	}
	// Merged events are counted once on the map; reports twice.
	_, _, body := f.do(t, "GET", "/events?actor=USA&type=CONSULT", "", nil)
	_, _, reports := f.do(t, "GET", "/events?actor=USA&type=CONSULT&view=reports", "", nil)
	if m, r := strings.Count(body, `<tr id="m-`), strings.Count(reports, `<td class="evidence">`); m == 0 || r != 2*m {
		t.Errorf("events USA CONSULT: %d merged rows, %d report rows; want twice as many reports", m, r)
	}
}

// TestClaimShown checks that an event reported in a quote shows who claims
// it, in the article view and among every report. (Merged here with the
// seed's unclaimed report, which comes first, the merged row shows no claim.)
func TestClaimShown(t *testing.T) {
	f := newFixture(t)
	doc := seedDoc(t)
	doc.Text += "\n\nClaimed copy."
	doc.ID = ""
	i := slices.IndexFunc(doc.Events, func(e chronicle.Event) bool { return e.Type == "AGREE" && e.Date.Value != "2025-05" })
	if i < 0 {
		t.Fatal("the seed fixture has no AGREE but the May one")
	}
	doc.Events[i].Claim = &chronicle.Claim{Quote: "q13", Speaker: &chronicle.Actor{Entity: "e13", Name: "Chinese Ministry of Foreign Affairs", Code: "CHNGOV"}}
	id, _, err := f.store.PutDocument(context.Background(), doc, chronicle.ArticleSource{Path: "claimed.txt"})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/articles/" + id, "/events?type=AGREE&view=reports"} {
		code, _, body := f.do(t, "GET", path, "", nil)
		if code != http.StatusOK || !strings.Contains(body, "claimed by Chinese Ministry of Foreign Affairs") {
			t.Errorf("GET %s = %d; want a page saying the AGREE is claimed by the ministry", path, code)
		}
	}
}

// TestEventOrder checks that events list oldest first by default and
// newest first with order=newest, as the events page does unless told.
func TestEventOrder(t *testing.T) {
	f := newFixture(t)
	days := func(path string) []string {
		code, _, body := f.do(t, "GET", path, "", nil)
		if code != http.StatusOK {
			t.Fatalf("GET %s = %d: %.300s", path, code, body)
		}
		var page struct {
			Events []struct {
				Day string `json:"day"`
			} `json:"events"`
		}
		if err := json.Unmarshal([]byte(body), &page); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		var out []string
		for _, e := range page.Events {
			out = append(out, e.Day)
		}
		return out
	}
	for _, path := range []string{"/api/merged-events", "/api/events"} {
		old, newest := days(path), days(path+"?order=newest")
		if len(old) < 2 || !slices.IsSorted(old) {
			t.Errorf("GET %s days = %v; want at least two, oldest first", path, old)
		}
		if slices.Reverse(newest); !slices.Equal(old, newest) {
			t.Errorf("GET %s?order=newest days reversed = %v; want %v", path, newest, old)
		}
	}
	_, _, body := f.do(t, "GET", "/events", "", nil)
	if !strings.Contains(body, `<option value="newest" selected>newest first</option>`) {
		t.Errorf("GET /events: the order select does not show newest first as chosen")
	}
}

// getOK fetches path and checks that it answers 200 with every want and
// no lack substring in its body; it returns the headers and the body, and
// false when the status was not 200.
func (f *fixture) getOK(t *testing.T, path string, want, lack []string) (http.Header, string, bool) {
	t.Helper()
	code, h, body := f.do(t, "GET", path, "", nil)
	if code != http.StatusOK {
		t.Errorf("GET %s = %d; want 200: %.300s", path, code, body)
		return h, body, false
	}
	for _, w := range want {
		if !strings.Contains(body, w) {
			t.Errorf("GET %s: body lacks %q", path, w)
		}
	}
	for _, w := range lack {
		if strings.Contains(body, w) {
			t.Errorf("GET %s: body holds %q", path, w)
		}
	}
	return h, body, true
}
