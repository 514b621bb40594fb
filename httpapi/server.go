// Package httpapi serves a chronicle.Store over HTTP: a JSON API described
// by an OpenAPI 3.1 document at /openapi.json, and a web UI of server-side
// rendered pages (search, article, entity, events, timeline).
//
// Inputs are HTTP requests; outputs are JSON documents or HTML pages.
// Invariants: every error response is {"error": "..."} (JSON routes) or an
// error page (HTML routes) with the status that one function, Status,
// assigns to the error; internal errors are logged and answered with a
// generic message, never a stack trace; a handler that panics is answered
// 500 the same way, its stack logged. Request bodies are limited
// (Options.MaxBodyBytes), every request runs under a deadline, and the
// http.Server of HTTPServer bounds slow clients (ReadHeaderTimeout,
// ReadTimeout, IdleTimeout, MaxHeaderBytes). With Options.CacheTTL set,
// 200 answers to GET requests are cached for that long and cleared by
// every write through the server. At most Options.MaxConcurrent requests
// are handled at once; one that cannot start within QueueTimeout is
// answered 503 (load shedding). Templates,
// styles and the OpenAPI document are embedded: nothing is loaded from
// elsewhere, and pages set a Content-Security-Policy of default-src 'self'.
// A Server is safe for concurrent use.
package httpapi

import (
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"path"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"chronicle"
)

//go:embed openapi.json templates/*.html static/*
var assets embed.FS

// Errors the server returns; Status maps them to HTTP statuses.
var (
	ErrBadRequest   = errors.New("httpapi: bad request")
	ErrUnauthorized = errors.New("httpapi: unauthorized")
	ErrUnsupported  = errors.New("httpapi: not supported by this server")
	ErrFetch        = errors.New("httpapi: fetch failed")
	ErrAnalyze      = errors.New("httpapi: cannot analyse the article")
	ErrBusy         = errors.New("httpapi: server busy, retry later")
)

// Default limits.
const (
	DefaultMaxBodyBytes   = 2 << 20
	DefaultRequestTimeout = 2 * time.Minute
	DefaultQueueTimeout   = 5 * time.Second
)

// DefaultMaxConcurrent is the default number of requests handled at once
// (cache hits and static files aside): four per CPU.
func DefaultMaxConcurrent() int { return 4 * runtime.GOMAXPROCS(0) }

// An AnalyzeFunc runs the analysis pipeline on one article.
type AnalyzeFunc func(ctx context.Context, a *chronicle.Article) (*chronicle.Document, error)

// A FetchFunc reads the articles at a URL (a page or a feed).
type FetchFunc func(ctx context.Context, url string) ([]*chronicle.Article, error)

// Options configure a Server. Only Store is required.
type Options struct {
	Store chronicle.Store
	// Analyze runs the pipeline for POST /api/ingest; nil disables
	// ingestion (501).
	Analyze AnalyzeFunc
	// Fetch reads a URL for POST /api/ingest with "url"; nil refuses
	// URLs (501).
	Fetch FetchFunc
	// Token, if not "", is the bearer token write endpoints require.
	Token string
	// MaxBodyBytes limits request bodies; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// RequestTimeout bounds the work of one request; 0 means
	// DefaultRequestTimeout.
	RequestTimeout time.Duration
	// MaxConcurrent bounds the requests handled at once (cache hits and
	// static files aside); 0 means DefaultMaxConcurrent(). A request waits
	// at most QueueTimeout (0 means DefaultQueueTimeout) for its turn, then
	// is answered 503 with Retry-After: an overloaded server sheds load
	// instead of piling up requests, memory and latency.
	MaxConcurrent int
	QueueTimeout  time.Duration
	// CacheTTL, if positive, turns on a cache of the 200 answers to GET
	// requests (static files aside), keyed by URL, each kept at most
	// CacheTTL. Writes through the server clear it; writes by other
	// processes to the same store show within CacheTTL.
	CacheTTL time.Duration
	// CacheBytes bounds the cache; 0 means DefaultCacheBytes.
	CacheBytes int
	// Logger receives internal errors; nil discards them.
	Logger *slog.Logger
}

// Server answers the API and UI routes. Create it with New.
type Server struct {
	opts     Options
	log      *slog.Logger
	tmpl     map[string]*template.Template
	openapi  []byte
	mux      *http.ServeMux
	patterns []string
	cache    *responseCache // nil: no cache
	slots    chan struct{}  // one per request being handled
}

// New returns a Server over opts.Store with its templates parsed.
func New(opts Options) (*Server, error) {
	if opts.Store == nil {
		return nil, fmt.Errorf("%w: no store", ErrBadRequest)
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = DefaultRequestTimeout
	}
	if opts.CacheBytes <= 0 {
		opts.CacheBytes = DefaultCacheBytes
	}
	if opts.MaxConcurrent <= 0 {
		opts.MaxConcurrent = DefaultMaxConcurrent()
	}
	if opts.QueueTimeout <= 0 {
		opts.QueueTimeout = DefaultQueueTimeout
	}
	s := &Server{opts: opts, log: opts.Logger, mux: http.NewServeMux(), slots: make(chan struct{}, opts.MaxConcurrent)}
	if opts.CacheTTL > 0 {
		s.cache = newResponseCache(opts.CacheTTL, opts.CacheBytes)
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	var err error
	if s.openapi, err = assets.ReadFile("openapi.json"); err != nil {
		return nil, err
	}
	if s.tmpl, err = parseTemplates(assets); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

// routes registers every route of the server.
func (s *Server) routes() {
	// JSON API.
	s.handle("GET /api/articles", s.handleArticles)
	s.handle("GET /api/articles/{id}", s.handleArticle)
	s.handle("GET /api/entities", s.handleEntities)
	s.handle("GET /api/entity", s.handleEntity)
	s.handle("GET /api/events", s.handleEvents)
	s.handle("GET /api/merged-events", s.handleMergedEvents)
	s.handle("GET /api/quotes", s.handleQuotes)
	s.handle("GET /api/timeline", s.handleTimeline)
	s.handle("POST /api/ingest", s.handleIngest)
	s.handle("GET /openapi.json", s.handleOpenAPI)

	// Web UI.
	s.handle("GET /{$}", s.pageSearch)
	s.handle("GET /articles/{id}", s.pageArticle)
	s.handle("GET /entities", s.pageEntities)
	s.handle("GET /entity", s.pageEntity)
	s.handle("GET /events", s.pageEvents)
	s.handle("GET /timeline", s.pageTimeline)
	s.handle("GET /static/{file}", s.handleStatic)
}

// handle registers h under pattern and records the pattern for Routes.
func (s *Server) handle(pattern string, h http.HandlerFunc) {
	s.patterns = append(s.patterns, pattern)
	s.mux.HandleFunc(pattern, h)
}

// Routes returns the patterns of every registered route ("GET /api/events").
func (s *Server) Routes() []string { return append([]string(nil), s.patterns...) }

// ServeHTTP serves a request with security headers and a deadline.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Referrer-Policy", "no-referrer")
	hdr.Set("X-Frame-Options", "DENY")
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.RequestTimeout)
	defer cancel()
	r = r.WithContext(ctx)
	tw := &trackingWriter{ResponseWriter: w}
	w = tw
	defer s.recoverPanic(tw, r)
	// Handler finds the route without setting path values: only its
	// answer to unrouted requests is used; ServeHTTP serves routed ones.
	if h, pattern := s.mux.Handler(r); pattern == "" {
		// No route: learn from the mux whether the path exists with
		// another method (405, with Allow) or not at all (404), and
		// answer in JSON or HTML.
		probe := &statusProbe{header: http.Header{}}
		h.ServeHTTP(probe, r)
		switch probe.code {
		case http.StatusNotFound:
			s.notRouted(w, r, fmt.Errorf("%w: no route for %s %s", chronicle.ErrNotFound, r.Method, r.URL.Path))
			return
		case http.StatusMethodNotAllowed:
			w.Header().Set("Allow", probe.header.Get("Allow"))
			s.notRouted(w, r, fmt.Errorf("%w: %s %s", errMethod, r.Method, r.URL.Path))
			return
		}
	}
	// The mux redirects an unclean path ("/api/.", "/api//events") with
	// an HTML body; the API answers JSON only, and its clients must use
	// clean paths.
	if p := r.URL.Path; strings.HasPrefix(p, "/api/") && !isClean(p) {
		s.notRouted(w, r, fmt.Errorf("%w: no route for %s %s (the path is not clean)", chronicle.ErrNotFound, r.Method, p))
		return
	}
	var next http.Handler = s.mux
	if !strings.HasPrefix(r.URL.Path, "/static/") {
		next = http.HandlerFunc(s.serveLimited)
	}
	if s.cache != nil && cacheable(r) {
		s.serveCached(w, r, next)
		return
	}
	next.ServeHTTP(w, r)
}

// isClean reports whether p is a clean absolute path: no empty, "." or
// ".." elements (a trailing slash is allowed), as the mux requires.
func isClean(p string) bool {
	c := path.Clean(p)
	if strings.HasSuffix(p, "/") && c != "/" {
		c += "/"
	}
	return c == p
}

// serveLimited serves r once one of the MaxConcurrent slots is free, or
// answers 503 (with Retry-After) if none frees within QueueTimeout.
func (s *Server) serveLimited(w http.ResponseWriter, r *http.Request) {
	select {
	case s.slots <- struct{}{}:
	default:
		t := time.NewTimer(s.opts.QueueTimeout)
		defer t.Stop()
		select {
		case s.slots <- struct{}{}:
		case <-t.C:
			w.Header().Set("Retry-After", "1")
			s.notRouted(w, r, ErrBusy)
			return
		case <-r.Context().Done():
			s.notRouted(w, r, r.Context().Err())
			return
		}
	}
	defer func() { <-s.slots }()
	s.mux.ServeHTTP(w, r)
}

// errMethod is a request whose path exists but not with its method.
var errMethod = errors.New("httpapi: method not allowed")

// errPanic is a handler that panicked; the client sees only a 500.
var errPanic = errors.New("httpapi: handler panicked")

// recoverPanic turns a panic of a handler into a logged error (with its
// stack) and a 500 answer that says nothing of the server's internals. If
// the handler had already started its answer, the connection is aborted
// instead, so that the client cannot take a truncated answer for whole.
func (s *Server) recoverPanic(w *trackingWriter, r *http.Request) {
	v := recover()
	if v == nil {
		return
	}
	if v == http.ErrAbortHandler {
		panic(v)
	}
	s.log.Error("handler panicked", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
	if w.wrote {
		panic(http.ErrAbortHandler)
	}
	s.notRouted(w, r, errPanic)
}

// trackingWriter records whether a handler started its answer.
type trackingWriter struct {
	http.ResponseWriter
	wrote bool
}

func (w *trackingWriter) WriteHeader(code int) {
	w.wrote = true
	w.ResponseWriter.WriteHeader(code)
}

func (w *trackingWriter) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *trackingWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// statusProbe records the status a handler writes and discards the body.
type statusProbe struct {
	header http.Header
	code   int
}

func (p *statusProbe) Header() http.Header { return p.header }
func (p *statusProbe) WriteHeader(code int) {
	if p.code == 0 {
		p.code = code
	}
}
func (p *statusProbe) Write(b []byte) (int, error) {
	p.WriteHeader(http.StatusOK)
	return len(b), nil
}

// Limits of the connections HTTPServer serves: a client must send its
// request headers (at most MaxHeaderBytes) within ReadHeaderTimeout and
// its whole request within ReadTimeout; an idle keep-alive connection is
// closed after IdleTimeout. They bound what a slow client (slowloris) can
// hold.
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 30 * time.Second
	IdleTimeout       = 2 * time.Minute
	MaxHeaderBytes    = 64 << 10
)

// HTTPServer returns an http.Server for s on addr with the connection
// limits set; its WriteTimeout is the request timeout plus 10s.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      s.opts.RequestTimeout + 10*time.Second,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// Status returns the HTTP status for err.
func Status(err error) int {
	var tooBig *http.MaxBytesError
	switch {
	case err == nil:
		return http.StatusOK
	case errors.Is(err, chronicle.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, chronicle.ErrInvalid), errors.Is(err, ErrBadRequest):
		return http.StatusBadRequest
	case errors.Is(err, ErrUnauthorized):
		return http.StatusUnauthorized
	case errors.Is(err, errMethod):
		return http.StatusMethodNotAllowed
	case errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, ErrUnsupported):
		return http.StatusNotImplemented
	case errors.Is(err, ErrAnalyze):
		return http.StatusUnprocessableEntity
	case errors.Is(err, ErrFetch):
		return http.StatusBadGateway
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, ErrBusy):
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// errorMessage returns what a client may see of err: its text for client
// errors, a generic message for server errors (which are logged).
func (s *Server) errorMessage(r *http.Request, err error, code int) string {
	if errors.Is(err, ErrBusy) {
		return err.Error() // load shed: expected under overload, not logged
	}
	if code >= 500 && code != http.StatusNotImplemented && code != http.StatusBadGateway {
		if !errors.Is(err, context.Canceled) {
			s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		}
		return http.StatusText(code)
	}
	if code == http.StatusRequestEntityTooLarge {
		return fmt.Sprintf("request body larger than %d bytes", s.opts.MaxBodyBytes)
	}
	return err.Error()
}

// writeError answers a JSON route with err.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code := Status(err)
	if code == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="chronicle"`)
	}
	s.writeJSON(w, code, map[string]string{"error": s.errorMessage(r, err, code)})
}

// writeJSON writes v as JSON with status code.
func (s *Server) writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		s.log.Warn("write response", "err", err)
	}
}

// notRouted answers a request no route takes: JSON under /api/, a page
// elsewhere.
func (s *Server) notRouted(w http.ResponseWriter, r *http.Request, err error) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		s.writeError(w, r, err)
		return
	}
	s.pageError(w, r, err)
}

// authorize checks the bearer token of a write request.
func (s *Server) authorize(r *http.Request) error {
	if s.opts.Token == "" {
		return nil
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.opts.Token)) != 1 {
		return fmt.Errorf("%w: missing or wrong bearer token", ErrUnauthorized)
	}
	return nil
}

// handleOpenAPI serves the embedded OpenAPI document.
func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(s.openapi)
}

// handleStatic serves an embedded asset.
func (s *Server) handleStatic(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	data, err := fs.ReadFile(assets, "static/"+name)
	if err != nil || strings.Contains(name, "/") {
		s.pageError(w, r, fmt.Errorf("%w: %s", chronicle.ErrNotFound, r.URL.Path))
		return
	}
	switch {
	case strings.HasSuffix(name, ".css"):
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
	case strings.HasSuffix(name, ".svg"):
		w.Header().Set("Content-Type", "image/svg+xml")
	default:
		w.Header().Set("Content-Type", http.DetectContentType(data))
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Write(data)
}
