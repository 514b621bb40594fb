package httpapi

import (
	"bytes"
	"container/list"
	"context"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Defaults of the response cache.
const (
	DefaultCacheBytes    = 64 << 20
	maxCachedEntryBytes  = 1 << 20
	cachedHeaderCapacity = 4
)

// A responseCache keeps recent 200 answers to GET requests, keyed by the
// request URI, for at most ttl, in at most budget bytes (least recently
// used first out). Clear drops everything; the server calls it after every
// write it makes, so its own writes are never hidden. Writes by others (a
// `chronicle ingest` into the same database) show within ttl.
type responseCache struct {
	ttl    time.Duration
	budget int

	mu    sync.Mutex
	gen   uint64 // counts clears
	size  int
	lru   *list.List // of *cacheEntry, most recent first
	items map[string]*list.Element
	calls map[string]chan struct{} // key → closed when its answer is computed
}

type cacheEntry struct {
	key     string
	expires time.Time
	header  http.Header // Content-Type and Cache-Control
	body    []byte
}

func newResponseCache(ttl time.Duration, budget int) *responseCache {
	return &responseCache{ttl: ttl, budget: budget, lru: list.New(), items: map[string]*list.Element{}, calls: map[string]chan struct{}{}}
}

// get returns the fresh entry for key, if any.
func (c *responseCache) get(key string, now time.Time) *cacheEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	el := c.items[key]
	if el == nil {
		return nil
	}
	e := el.Value.(*cacheEntry)
	if now.After(e.expires) {
		c.remove(el)
		return nil
	}
	c.lru.MoveToFront(el)
	return e
}

// lead returns whether the caller should compute the answer for key: true
// (with done to call when finished) if no one else is, else false after
// waiting for the one who is (or for ctx to end), when the cache may hold
// the answer. This keeps a burst of requests for one URL from computing
// it many times over.
func (c *responseCache) lead(ctx context.Context, key string) (leader bool, done func()) {
	c.mu.Lock()
	ch := c.calls[key]
	if ch == nil {
		ch = make(chan struct{})
		c.calls[key] = ch
		c.mu.Unlock()
		return true, func() {
			c.mu.Lock()
			delete(c.calls, key)
			c.mu.Unlock()
			close(ch)
		}
	}
	c.mu.Unlock()
	select {
	case <-ch:
	case <-ctx.Done():
	}
	return false, nil
}

// generation returns the count of clears so far; put takes it to refuse an
// answer computed before a clear.
func (c *responseCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// put stores an answer under key, unless the cache was cleared since
// generation gen.
func (c *responseCache) put(key string, header http.Header, body []byte, now time.Time, gen uint64) {
	n := len(key) + len(body)
	if n > c.budget {
		return
	}
	h := make(http.Header, cachedHeaderCapacity)
	for _, k := range []string{"Content-Type", "Cache-Control"} {
		if v := header.Get(k); v != "" {
			h.Set(k, v)
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if el := c.items[key]; el != nil {
		c.remove(el)
	}
	c.items[key] = c.lru.PushFront(&cacheEntry{key: key, expires: now.Add(c.ttl), header: h, body: body})
	c.size += n
	for c.size > c.budget {
		c.remove(c.lru.Back())
	}
}

func (c *responseCache) remove(el *list.Element) {
	e := c.lru.Remove(el).(*cacheEntry)
	delete(c.items, e.key)
	c.size -= len(e.key) + len(e.body)
}

// clear drops every entry.
func (c *responseCache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.lru.Init()
	clear(c.items)
	c.size = 0
}

// cacheWriter passes an answer through and keeps a copy of a 200 answer
// of at most maxCachedEntryBytes.
type cacheWriter struct {
	http.ResponseWriter
	code     int
	buf      bytes.Buffer
	tooLarge bool
}

func (w *cacheWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *cacheWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	if !w.tooLarge && w.code == http.StatusOK {
		if w.buf.Len()+len(b) > maxCachedEntryBytes {
			w.tooLarge = true
			w.buf = bytes.Buffer{}
		} else {
			w.buf.Write(b)
		}
	}
	return w.ResponseWriter.Write(b)
}

func (w *cacheWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// cacheable reports whether the answer to r may be cached: GET requests of
// every route but the static files (which carry their own Cache-Control).
func cacheable(r *http.Request) bool {
	return r.Method == http.MethodGet && r.Header.Get("Authorization") == "" && !strings.HasPrefix(r.URL.Path, "/static/")
}

// serveCached answers r from the cache, or with next, caching its answer.
func (s *Server) serveCached(w http.ResponseWriter, r *http.Request, next http.Handler) {
	key := r.URL.RequestURI()
	now := time.Now()
	if e := s.cache.get(key, now); e != nil {
		s.writeCached(w, e)
		return
	}
	if leader, done := s.cache.lead(r.Context(), key); leader {
		defer done()
	} else if e := s.cache.get(key, time.Now()); e != nil {
		s.writeCached(w, e)
		return
	}
	gen := s.cache.generation()
	w.Header().Set("X-Cache", "miss")
	cw := &cacheWriter{ResponseWriter: w}
	next.ServeHTTP(cw, r)
	if cw.code == http.StatusOK && !cw.tooLarge && r.Context().Err() == nil {
		s.cache.put(key, w.Header(), bytes.Clone(cw.buf.Bytes()), now, gen)
	}
}

// writeCached answers with a cached entry.
func (s *Server) writeCached(w http.ResponseWriter, e *cacheEntry) {
	for k, v := range e.header {
		w.Header()[k] = v
	}
	w.Header().Set("X-Cache", "hit")
	w.WriteHeader(http.StatusOK)
	w.Write(e.body)
}
