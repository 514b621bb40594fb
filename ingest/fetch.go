package ingest

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"path"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/temoto/robotstxt"
)

// eachURL fetches the URL raw and processes the response.
func (in *Ingester) eachURL(ctx context.Context, raw string, emit emitFunc) error {
	x, err := in.get(ctx, raw)
	if err != nil {
		return wrap("fetch", raw, err)
	}
	return in.process(ctx, x, emit)
}

// get fetches raw politely: after robots.txt allows it and the host's
// interval has passed, through the guarded transport, within the size cap.
func (in *Ingester) get(ctx context.Context, raw string) (*input, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%w %q", ErrScheme, u.Scheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("ingest: URL %q has no host", raw)
	}
	if err := in.robotsAllow(ctx, u); err != nil {
		return nil, err
	}
	if err := in.wait(ctx, u.Host); err != nil {
		return nil, err
	}
	r, err := in.do(ctx, u, in.opts.MaxBytes)
	if err != nil {
		return nil, err
	}
	if r.status < 200 || r.status > 299 {
		return nil, fmt.Errorf("%w %s", ErrStatus, r.statusText)
	}
	return &input{
		source:      raw,
		url:         r.url,
		name:        path.Base(r.path),
		contentType: r.contentType,
		data:        r.body,
		fetched:     r.fetched,
	}, nil
}

// A response is what do read.
type response struct {
	url, path   string // final URL and its path
	status      int
	statusText  string
	contentType string
	body        []byte
	fetched     time.Time
}

// do sends one GET for u and reads its body, at most max bytes both as
// sent and after gzip decoding. Redirects are followed by the client (see
// checkRedirect); every connection goes through the guarded dialer.
func (in *Ingester) do(ctx context.Context, u *url.URL, max int64) (*response, error) {
	ctx, cancel := context.WithTimeout(ctx, in.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", in.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip")
	in.log.DebugContext(ctx, "ingest: GET", "url", u.String())
	resp, err := in.client.Do(req)
	if err != nil {
		return nil, unwrapURLError(err)
	}
	defer resp.Body.Close()
	r := &response{
		url:         resp.Request.URL.String(),
		path:        resp.Request.URL.Path,
		status:      resp.StatusCode,
		statusText:  resp.Status,
		contentType: resp.Header.Get("Content-Type"),
		fetched:     time.Now(),
	}
	if r.status < 200 || r.status > 299 {
		return r, nil
	}
	if resp.ContentLength > max {
		return nil, tooLarge(max)
	}
	var body io.Reader = &capReader{r: resp.Body, left: max, max: max}
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, fmt.Errorf("ingest: bad gzip body: %w", err)
		}
		defer zr.Close()
		body = zr
	default:
		return nil, fmt.Errorf("ingest: unsupported Content-Encoding %q", enc)
	}
	r.body, err = readCapped(body, max)
	if err != nil {
		return nil, err
	}
	return r, nil
}

// unwrapURLError drops the *url.Error the client adds, whose message
// repeats the URL the caller's *Error already names.
func unwrapURLError(err error) error {
	if ue, ok := errors.AsType[*url.Error](err); ok {
		return ue.Err
	}
	return err
}

// checkRedirect vets each redirect like a first request: scheme, robots.txt,
// host interval, and at most MaxRedirects hops. The dialer checks the
// address.
func (in *Ingester) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > MaxRedirects {
		return fmt.Errorf("%w: more than %d", ErrRedirects, MaxRedirects)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("%w %q in redirect", ErrScheme, req.URL.Scheme)
	}
	ctx := req.Context()
	if ctx.Value(robotsKey{}) == nil {
		if err := in.robotsAllow(ctx, req.URL); err != nil {
			return err
		}
	}
	in.log.DebugContext(ctx, "ingest: redirect", "to", req.URL.String())
	return in.wait(ctx, req.URL.Host)
}

// transport returns the default transport: no proxy (a proxy would resolve
// names where the address check cannot see them), gzip handled by do, and
// a dialer that refuses blocked addresses.
func (in *Ingester) transport() *http.Transport {
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: in.control}
	return &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: in.opts.Timeout,
		DisableCompression:    true,
	}
}

// control runs after name resolution and before each connect, for every
// address tried, redirects included: it refuses blocked addresses unless
// AllowPrivate is set.
func (in *Ingester) control(network, address string, _ syscall.RawConn) error {
	if in.opts.AllowPrivate {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot check address %q", ErrPrivateAddress, address)
	}
	if Blocked(ap.Addr()) && (in.allowDial == nil || !in.allowDial(ap)) {
		return fmt.Errorf("%w: %s", ErrPrivateAddress, ap.Addr())
	}
	return nil
}

// wait blocks until host may be sent another request, reserving the slot.
func (in *Ingester) wait(ctx context.Context, host string) error {
	if in.opts.HostInterval <= 0 {
		return nil
	}
	host = strings.ToLower(host)
	in.mu.Lock()
	now := time.Now()
	slot := now
	if next, ok := in.next[host]; ok && next.After(now) {
		slot = next
	}
	in.next[host] = slot.Add(in.opts.HostInterval)
	in.mu.Unlock()
	d := slot.Sub(now)
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// robotsKey marks the context of a robots.txt fetch, whose redirects are
// not themselves checked against robots.txt.
type robotsKey struct{}

// A robotsEntry holds one host's robots.txt rules, or the error that
// stands for them.
type robotsEntry struct {
	mu      sync.Mutex
	expires time.Time // zero: not fetched yet
	data    *robotstxt.RobotsData
	err     error
}

// How long robots.txt rules, and a failure to get them, are kept.
const (
	robotsTTL   = 24 * time.Hour
	robotsRetry = time.Minute
)

// robotsAllow returns nil if u's host lets our agent fetch u, fetching and
// fetching the host's robots.txt first when it is not cached. A missing
// robots.txt (4xx) allows everything; a server error (5xx) disallows
// everything on that host (Google's rules), and a failed fetch (timeout,
// refused address, too large) fails every fetch from that host with that
// error. An unparsable robots.txt allows everything, with a warning. Rules
// are kept for robotsTTL (a day), failures for robotsRetry (a minute).
func (in *Ingester) robotsAllow(ctx context.Context, u *url.URL) error {
	key := strings.ToLower(u.Scheme + "://" + u.Host)
	in.mu.Lock()
	e := in.robots[key]
	if e == nil {
		e = &robotsEntry{}
		in.robots[key] = e
	}
	in.mu.Unlock()

	e.mu.Lock()
	defer e.mu.Unlock()
	if now := time.Now(); now.After(e.expires) {
		e.data, e.err = in.fetchRobots(ctx, u)
		switch {
		case ctx.Err() != nil:
			e.expires = time.Time{}
		case e.err != nil:
			e.expires = now.Add(robotsRetry)
		default:
			e.expires = now.Add(robotsTTL)
		}
	}
	if e.err != nil {
		return e.err
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	if !e.data.TestAgent(p, in.agent) {
		return fmt.Errorf("%w: %s", ErrRobots, p)
	}
	return nil
}

func (in *Ingester) fetchRobots(ctx context.Context, u *url.URL) (*robotstxt.RobotsData, error) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	if err := in.wait(ctx, u.Host); err != nil {
		return nil, err
	}
	r, err := in.do(context.WithValue(ctx, robotsKey{}, true), ru, maxRobotsBytes)
	if err != nil {
		return nil, fmt.Errorf("ingest: fetching %s: %w", ru, err)
	}
	switch {
	case r.status >= 200 && r.status <= 299:
		data, err := robotstxt.FromBytes(r.body)
		if err != nil {
			in.log.WarnContext(ctx, "ingest: unparsable robots.txt; allowing all", "url", ru.String(), "err", err)
			return robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
		}
		return data, nil
	case r.status >= 400 && r.status <= 499:
		return robotstxt.FromStatusAndBytes(r.status, nil)
	default:
		return nil, fmt.Errorf("%w: %s answered %s", ErrRobots, ru, r.statusText)
	}
}
