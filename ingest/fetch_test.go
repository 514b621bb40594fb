package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/temoto/robotstxt"

	"chronicle"
)

// A site is an httptest server with a robots.txt that counts requests.
type site struct {
	*httptest.Server
	mu     sync.Mutex
	hits   map[string]int // path → requests
	agents []string       // User-Agent of each request
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// newSite serves h, recording every request. If robots is not "", it is
// served as /robots.txt; otherwise /robots.txt is whatever h answers.
func newSite(t *testing.T, robots string, h http.Handler) *site {
	t.Helper()
	s := &site{hits: make(map[string]int)}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.agents = append(s.agents, r.UserAgent())
		s.mu.Unlock()
		if r.URL.Path == "/robots.txt" && robots != "" {
			fmt.Fprint(w, robots)
			return
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// reach returns an Ingester that may dial the listed sites although they
// listen on 127.0.0.1; every other blocked address stays refused by the
// real dialer check. HostInterval is short unless opts sets it.
func reach(opts Options, sites ...*site) *Ingester {
	if opts.HostInterval == 0 {
		opts.HostInterval = time.Millisecond
	}
	in := New(opts)
	var allowed []netip.AddrPort
	for _, s := range sites {
		allowed = append(allowed, netip.MustParseAddrPort(s.Listener.Addr().String()))
	}
	in.allowDial = func(ap netip.AddrPort) bool {
		for _, a := range allowed {
			if a == ap {
				return true
			}
		}
		return false
	}
	return in
}

const pageHTML = `<!DOCTYPE html><html><head><title>%s</title></head><body><p>%s</p></body></html>`

func pages(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/robots.txt" {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, pageHTML, r.URL.Path, "Body of "+r.URL.Path)
}

func TestFetchPage(t *testing.T) {
	s := newSite(t, "User-agent: *\nDisallow: /private\n", http.HandlerFunc(pages))
	in := reach(Options{}, s)
	for _, p := range []string{"/news/a", "/news/b"} {
		got, err := collect(t, in, s.URL+p, "")
		if err != nil {
			t.Fatalf("Each(%s) error = %v", p, err)
		}
		if len(got) != 1 || got[0].Format != chronicle.FormatHTML || got[0].URL != s.URL+p || got[0].Source != s.URL+p ||
			!bytes.Contains(got[0].Body, []byte("Body of "+p)) || got[0].Fetched.IsZero() {
			t.Errorf("Each(%s) = %+v; want one HTML article of that page", p, got)
		}
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times; want 1 (cached)", n)
	}
	for _, ua := range s.agents {
		if ua != DefaultUserAgent {
			t.Errorf("request User-Agent = %q; want %q", ua, DefaultUserAgent)
		}
	}
	if _, err := collect(t, in, s.URL+"/private/x", ""); !errors.Is(err, ErrRobots) {
		t.Errorf("Each(/private/x) error = %v; want ErrRobots", err)
	}
}

func TestRobots(t *testing.T) {
	robots := "User-agent: Chronicle\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
	s := newSite(t, robots, http.HandlerFunc(pages))
	_, err := collect(t, reach(Options{}, s), s.URL+"/news/a", "")
	if !errors.Is(err, ErrRobots) || !strings.Contains(err.Error(), "disallowed by robots.txt") {
		t.Errorf("Each(/news/a) as Chronicle error = %v; want ErrRobots", err)
	}
	if n := s.count("/news/a"); n != 0 {
		t.Errorf("a disallowed page was requested %d times; want 0", n)
	}
	// Another agent is let through by the "*" group.
	if _, err := collect(t, reach(Options{UserAgent: "Other/1.0"}, s), s.URL+"/news/a", ""); err != nil {
		t.Errorf("Each(/news/a) as Other error = %v; want nil", err)
	}

	for _, tt := range []struct {
		status int
		want   error
	}{{404, nil}, {403, nil}, {410, nil}, {500, ErrRobots}, {503, ErrRobots}} {
		s := newSite(t, "", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				w.WriteHeader(tt.status)
				return
			}
			pages(w, r)
		}))
		in := reach(Options{}, s)
		_, err := collect(t, in, s.URL+"/news/a", "")
		if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
			t.Errorf("Each(/news/a) with robots.txt status %d error = %v; want %v", tt.status, err, tt.want)
		}
	}
}

func TestPrivateAddress(t *testing.T) {
	s := newSite(t, "", http.HandlerFunc(pages))
	port := s.Listener.Addr().String()
	_, port, _ = strings.Cut(port, ":")
	// No seam: the real dialer check sees 127.0.0.1 and refuses, whether the
	// URL names the address or a name that resolves to it.
	in := New(Options{HostInterval: -1})
	for _, u := range []string{s.URL + "/news/a", "http://localhost:" + port + "/news/a"} {
		_, err := collect(t, in, u, "")
		if !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("Each(%s) error = %v; want ErrPrivateAddress", u, err)
		}
	}
	if n := s.count("/robots.txt") + s.count("/news/a"); n != 0 {
		t.Errorf("a refused server saw %d requests; want 0", n)
	}
	// AllowPrivate lets it through.
	got, err := collect(t, New(Options{AllowPrivate: true, HostInterval: -1}), s.URL+"/news/a", "")
	if err != nil || len(got) != 1 {
		t.Errorf("Each(%s) with AllowPrivate = %d articles, %v; want 1, nil", s.URL, len(got), err)
	}
}

func TestRedirects(t *testing.T) {
	inner := newSite(t, "", http.HandlerFunc(pages)) // a "private" server
	s := newSite(t, "", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/self":
			http.Redirect(w, r, "/news/a", http.StatusFound)
		case r.URL.Path == "/inner":
			http.Redirect(w, r, inner.URL+"/secret", http.StatusFound)
		case r.URL.Path == "/ftp":
			http.Redirect(w, r, "ftp://example.com/x", http.StatusMovedPermanently)
		case strings.HasPrefix(r.URL.Path, "/loop/"):
			var n int
			fmt.Sscanf(r.URL.Path, "/loop/%d", &n)
			http.Redirect(w, r, fmt.Sprintf("/loop/%d", n+1), http.StatusFound)
		default:
			pages(w, r)
		}
	}))
	in := reach(Options{}, s) // s is reachable; inner is not

	got, err := collect(t, in, s.URL+"/self", "")
	if err != nil || len(got) != 1 || got[0].URL != s.URL+"/news/a" {
		t.Errorf("Each(/self) = %v, %v; want the page /news/a with its final URL", got, err)
	}
	_, err = collect(t, in, s.URL+"/inner", "")
	if !errors.Is(err, ErrPrivateAddress) {
		t.Errorf("Each(/inner → 127.0.0.1 elsewhere) error = %v; want ErrPrivateAddress", err)
	}
	if n := inner.count("/secret") + inner.count("/robots.txt"); n != 0 {
		t.Errorf("the redirect target saw %d requests; want 0", n)
	}
	// The same with inner's robots.txt already cached as allowing all, so
	// that the redirect's own connection is what the dialer refuses.
	in = reach(Options{}, s)
	allowAll, _ := robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	in.robots[strings.ToLower(inner.URL)] = &robotsEntry{expires: time.Now().Add(time.Hour), data: allowAll}
	_, err = collect(t, in, s.URL+"/inner", "")
	if !errors.Is(err, ErrPrivateAddress) || !strings.Contains(err.Error(), "dial") {
		t.Errorf("Each(/inner → 127.0.0.1 elsewhere, robots cached) error = %v; want ErrPrivateAddress at dial", err)
	}
	if n := inner.count("/secret") + inner.count("/robots.txt"); n != 0 {
		t.Errorf("the redirect target saw %d requests; want 0", n)
	}
	_, err = collect(t, in, s.URL+"/ftp", "")
	if !errors.Is(err, ErrScheme) {
		t.Errorf("Each(/ftp) error = %v; want ErrScheme", err)
	}
	_, err = collect(t, in, s.URL+"/loop/0", "")
	if !errors.Is(err, ErrRedirects) {
		t.Errorf("Each(/loop/0) error = %v; want ErrRedirects", err)
	}
	if n := s.count(fmt.Sprintf("/loop/%d", MaxRedirects)); n != 1 {
		t.Errorf("/loop/%d requested %d times; want 1 (MaxRedirects hops followed)", MaxRedirects, n)
	}
	if n := s.count(fmt.Sprintf("/loop/%d", MaxRedirects+1)); n != 0 {
		t.Errorf("/loop/%d requested %d times; want 0", MaxRedirects+1, n)
	}
}

// gzipped returns data gzip-compressed.
func gzipped(t testing.TB, data []byte) []byte {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestLimits(t *testing.T) {
	const max = 1 << 20
	bomb := gzipped(t, bytes.Repeat([]byte("a"), 64<<20)) // 64 MiB of text in ~64 KiB
	small := gzipped(t, []byte("Plain text, gzipped."))
	s := newSite(t, "", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big": // declared length
			w.Header().Set("Content-Type", "text/plain")
			w.Write(bytes.Repeat([]byte("a"), max+1))
		case "/chunked": // no length: cut while reading
			w.Header().Set("Content-Type", "text/plain")
			for range 3 {
				w.Write(bytes.Repeat([]byte("a"), max/2))
				w.(http.Flusher).Flush()
			}
		case "/bomb":
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Type", "text/plain")
			w.Write(bomb)
		case "/gzip":
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Type", "text/plain")
			w.Write(small)
		case "/slow": // until the client gives up
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		case "/missing":
			http.NotFound(w, r)
		case "/empty":
		default:
			pages(w, r)
		}
	}))
	in := reach(Options{MaxBytes: max, Timeout: 500 * time.Millisecond}, s)
	for _, tt := range []struct {
		path string
		want error
		msg  string
	}{
		{"/big", ErrTooLarge, fmt.Sprintf("exceeds %d bytes", max)},
		{"/chunked", ErrTooLarge, fmt.Sprintf("exceeds %d bytes", max)},
		{"/bomb", ErrTooLarge, fmt.Sprintf("exceeds %d bytes", max)},
		{"/slow", context.DeadlineExceeded, "/slow"},
		{"/missing", ErrStatus, "404"},
		{"/empty", ErrEmpty, "/empty"},
	} {
		_, err := collect(t, in, s.URL+tt.path, "")
		if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), s.URL+tt.path) {
			t.Errorf("Each(%s) error = %v; want %v naming the URL and saying %q", tt.path, err, tt.want, tt.msg)
		}
	}
	got, err := collect(t, in, s.URL+"/gzip", "")
	if err != nil || len(got) != 1 || string(got[0].Body) != "Plain text, gzipped." {
		t.Errorf("Each(/gzip) = %v, %v; want the decoded text", got, err)
	}
}

func TestCharset(t *testing.T) {
	s := newSite(t, "", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/header":
			w.Header().Set("Content-Type", "text/html; charset=windows-1252")
			w.Write([]byte("<html><body><p>caf\xe9 \x93quoted\x94</p></body></html>"))
		case "/meta":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><head><meta charset=\"iso-8859-1\"></head><body><p>na\xefve</p></body></html>"))
		case "/utf8-meta": // mislabelled: valid UTF-8 is kept
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(`<html><head><meta charset="iso-8859-1"></head><body><p>café</p></body></html>`))
		case "/text":
			w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
			w.Write([]byte("caf\xe9"))
		case "/text-bad":
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte("caf\xe9"))
		}
	}))
	in := reach(Options{}, s)
	for _, tt := range []struct{ path, want string }{
		{"/header", "café “quoted”"},
		{"/meta", "naïve"},
		{"/utf8-meta", "café"},
		{"/text", "café"},
	} {
		got, err := collect(t, in, s.URL+tt.path, "")
		if err != nil || len(got) != 1 || !bytes.Contains(got[0].Body, []byte(tt.want)) {
			t.Errorf("Each(%s) = %v, %v; want a UTF-8 body containing %q", tt.path, got, err, tt.want)
		}
	}
	// Undeclared legacy bytes pass unchanged for the preparer to decide.
	if got, err := collect(t, in, s.URL+"/text-bad", ""); err != nil || len(got) != 1 || utf8.Valid(got[0].Body) {
		t.Errorf("Each(/text-bad) = %v, %v; want one article with its bytes unchanged", got, err)
	}
}

func TestHostInterval(t *testing.T) {
	s := newSite(t, "", http.HandlerFunc(pages))
	const gap = 80 * time.Millisecond
	in := reach(Options{HostInterval: gap}, s)
	start := time.Now()
	for _, p := range []string{"/a", "/b"} {
		if _, err := collect(t, in, s.URL+p, ""); err != nil {
			t.Fatal(err)
		}
	}
	// robots.txt, /a, /b: three requests, two gaps.
	if el := time.Since(start); el < 2*gap {
		t.Errorf("three requests to one host took %v; want at least %v", el, 2*gap)
	}
}
