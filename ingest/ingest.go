package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"

	"chronicle"
)

// Defaults for the zero fields of Options, and fixed limits.
const (
	DefaultUserAgent    = "Chronicle/0.1 (+https://example.invalid/chronicle)"
	DefaultMaxBytes     = 10 << 20
	DefaultTimeout      = 20 * time.Second
	DefaultHostInterval = time.Second
	DefaultMaxItems     = 10000

	// MaxRedirects is how many redirects one fetch follows.
	MaxRedirects = 5
	// maxRobotsBytes caps a robots.txt body (Google reads 500 KiB).
	maxRobotsBytes = 512 << 10
	// minItemText is how many bytes of text a feed item's own content
	// must have to be used instead of fetching the item's link.
	minItemText = 500
)

// Options configure an Ingester. The zero value is ready to use.
type Options struct {
	// AllowPrivate permits connections to loopback, private, link-local
	// (cloud metadata), CGNAT and other non-public addresses (see Blocked).
	AllowPrivate bool
	// UserAgent is sent with every request; its product token (the text
	// before the first '/') is the agent matched against robots.txt.
	// Default DefaultUserAgent.
	UserAgent string
	// MaxBytes caps each input: a file, stdin, or a response body after
	// decompression (and before it). Default DefaultMaxBytes (10 MiB).
	MaxBytes int64
	// Timeout bounds each HTTP request, body included. Default 20s.
	Timeout time.Duration
	// HostInterval is the least time between two requests to one host.
	// Zero means DefaultHostInterval (1s); negative means no wait.
	HostInterval time.Duration
	// MaxItems caps the feed items, JSON Lines records or directory files
	// of one input; an input with more is refused whole. Default 10000.
	MaxItems int
	// Logger receives warnings (feed items skipped, fallbacks taken) and
	// debug records of fetches. Nil discards them.
	Logger *slog.Logger
	// Transport, if set, replaces the HTTP transport. It then also replaces
	// the dialer that refuses private addresses: that check is the
	// Transport's business. For tests.
	Transport http.RoundTripper
}

// An Ingester reads inputs into Articles. It caches robots.txt per host and
// spaces requests per host for its whole life, so one Ingester should serve
// a whole run. It is safe for concurrent use.
type Ingester struct {
	opts   Options
	agent  string // robots.txt product token
	log    *slog.Logger
	client *http.Client

	// allowDial, if set, lets a blocked address through; tests use it to
	// reach an httptest server on 127.0.0.1 while every other loopback
	// address stays refused.
	allowDial func(netip.AddrPort) bool

	mu     sync.Mutex
	next   map[string]time.Time    // host → earliest time of its next request
	robots map[string]*robotsEntry // scheme://host → rules
}

// New returns an Ingester with opts, defaults filled in.
func New(opts Options) *Ingester {
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.HostInterval == 0 {
		opts.HostInterval = DefaultHostInterval
	}
	if opts.MaxItems <= 0 {
		opts.MaxItems = DefaultMaxItems
	}
	in := &Ingester{
		opts:   opts,
		agent:  productToken(opts.UserAgent),
		log:    opts.Logger,
		next:   make(map[string]time.Time),
		robots: make(map[string]*robotsEntry),
	}
	if in.log == nil {
		in.log = slog.New(slog.DiscardHandler)
	}
	rt := opts.Transport
	if rt == nil {
		rt = in.transport()
	}
	in.client = &http.Client{Transport: rt, CheckRedirect: in.checkRedirect}
	return in
}

// productToken returns the name part of a User-Agent ("Chronicle").
func productToken(ua string) string {
	tok, _, _ := strings.Cut(ua, "/")
	tok, _, _ = strings.Cut(tok, " ")
	return tok
}

// Each reads the input arg and calls fn with each Article it holds, in
// order. arg is "-" (read stdin), an http or https URL, a directory (read
// recursively), or a file. A file, stdin or a response is sniffed (see
// Sniff): text and HTML give one Article; a feed gives one per item; JSON
// Lines one per record. Each returns the first error fn returns, unchanged,
// or an *Error naming the input that failed. A directory's files that
// cannot be read or parsed do not stop the walk: the others are read,
// and their *Errors are returned joined (errors.Join) at the end. Feed items whose link cannot be
// fetched fall back to the item's own text, or are skipped with a warning.
func (in *Ingester) Each(ctx context.Context, arg string, stdin io.Reader, fn func(*chronicle.Article) error) error {
	emit := func(a *chronicle.Article) error {
		if err := fn(a); err != nil {
			return &fnError{err}
		}
		return nil
	}
	var err error
	op := "read"
	switch scheme, ok := urlScheme(arg); {
	case arg == "-":
		err = in.eachStdin(ctx, stdin, emit)
	case ok && (scheme == "http" || scheme == "https"):
		op = "fetch"
		err = in.eachURL(ctx, arg, emit)
	case ok:
		op = "fetch"
		err = fmt.Errorf("%w %q", ErrScheme, scheme)
	default:
		err = in.eachPath(ctx, arg, emit)
	}
	if fe, ok := errors.AsType[*fnError](err); ok {
		return fe.err
	}
	return wrap(op, arg, err) // context errors, mostly
}

// urlScheme returns the lower-cased scheme of s if s starts with
// "scheme://".
func urlScheme(s string) (string, bool) {
	scheme, rest, ok := strings.Cut(s, "://")
	if !ok || scheme == "" || rest == "" {
		return "", false
	}
	for i, c := range scheme {
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !letter && (i == 0 || !('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return "", false
		}
	}
	return strings.ToLower(scheme), true
}

// An input is one body of bytes read from a file, stdin or a response.
type input struct {
	source      string    // names it: a path, "-", a URL
	url         string    // the final URL when fetched
	name        string    // file name or URL path, for its extension
	contentType string    // the HTTP Content-Type, if fetched
	data        []byte    // the bytes, decompressed
	fetched     time.Time // when it was read
}

// emitFunc is Each's fn, with its errors marked as the caller's.
type emitFunc func(*chronicle.Article) error

// process sniffs x and emits its Articles.
func (in *Ingester) process(ctx context.Context, x *input, emit emitFunc) error {
	if isBlank(x.data) {
		return &Error{Op: "read", Input: x.source, Err: ErrEmpty}
	}
	switch k := Sniff(x.data, x.name, x.contentType); k {
	case KindRSS, KindAtom, KindJSONFeed:
		return in.feed(ctx, x, emit)
	case KindJSONL:
		return in.jsonl(ctx, x, emit)
	case KindText, KindHTML:
		a, err := page(x, k)
		if err != nil {
			return &Error{Op: "read", Input: x.source, Err: err}
		}
		return emit(a)
	case KindBinary:
		return &Error{Op: "read", Input: x.source, Err: ErrBinary}
	default:
		return &Error{Op: "read", Input: x.source, Err: fmt.Errorf("%w: neither text, HTML, a feed nor JSON Lines", ErrFormat)}
	}
}

// page makes the one Article of a text or HTML input. HTML is decoded to
// UTF-8 from the charset its Content-Type or <meta> declares; text is
// decoded from a charset a fetched response declares, and otherwise kept
// byte for byte.
func page(x *input, k Kind) (*chronicle.Article, error) {
	a := &chronicle.Article{Source: x.source, URL: x.url, Fetched: x.fetched}
	switch k {
	case KindHTML:
		a.Format = chronicle.FormatHTML
		a.Body = decodeHTML(x.data, x.contentType)
	case KindText:
		if bytes.IndexByte(x.data, 0) >= 0 {
			return nil, ErrBinary
		}
		body, err := decodeText(x.data, x.contentType)
		if err != nil {
			if dt := http.DetectContentType(x.data); !strings.HasPrefix(dt, "text/") {
				return nil, fmt.Errorf("%w: looks like %s", ErrBinary, dt)
			}
			// Text in an undeclared legacy charset (Latin-1, Windows-1252)
			// passes byte for byte: the preparer decides how to read it
			// (clean reads it as Windows-1252 with a warning; --raw refuses).
			body = x.data
		}
		a.Format = chronicle.FormatText
		a.Body = body
	default:
		return nil, fmt.Errorf("%w: a %v document is not a page", ErrFormat, k)
	}
	return a, nil
}

// decodeHTML returns data as UTF-8. A charset named by the Content-Type
// header or a byte order mark is obeyed; otherwise valid UTF-8 stays as it
// is, and anything else is decoded from the <meta> charset or, lacking one,
// windows-1252, as browsers do.
func decodeHTML(data []byte, contentType string) []byte {
	e, name, certain := charset.DetermineEncoding(data[:min(len(data), 1024)], contentType)
	if name == "utf-8" || e == encoding.Nop || (!certain && utf8.Valid(data)) {
		return data
	}
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}

// decodeText returns data if it is UTF-8, or data decoded from the charset
// of contentType if that names another one.
func decodeText(data []byte, contentType string) ([]byte, error) {
	if utf8.Valid(data) {
		return data, nil
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if e, name := charset.Lookup(params["charset"]); e != nil && name != "utf-8" {
			if out, err := e.NewDecoder().Bytes(data); err == nil {
				return out, nil
			}
		}
	}
	return nil, ErrNotUTF8
}

// isBlank reports whether b holds only white space and byte order marks.
func isBlank(b []byte) bool {
	return len(bytes.TrimFunc(b, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' })) == 0
}
