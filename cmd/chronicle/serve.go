package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"chronicle"
	"chronicle/httpapi"
	"chronicle/ingest"
)

// runServe implements `chronicle serve [--db PATH|DSN] [--addr HOST:PORT]
// [--token T] [--cache DURATION]`: the JSON API and web UI over a store, until ctx ends.
func runServe(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("serve", "")
	db := fs.String("db", defaultDB, "SQLite file `PATH`, or a postgres:// DSN")
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`")
	token := fs.String("token", "", "bearer `token` required by POST /api/ingest (default $CHRONICLE_TOKEN; none: ingestion disabled)")
	allowPrivate := fs.Bool("allow-private", false, "let POST /api/ingest fetch from loopback and private addresses")
	cache := fs.Duration("cache", 2*time.Second, "keep answers to GET requests this long (writes by other processes show after it); 0: no cache")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return usagef("serve: unexpected argument %q", fs.Arg(0))
	}
	if *token == "" {
		*token = os.Getenv("CHRONICLE_TOKEN")
	}
	open := openStore
	if *token == "" {
		open = openReader // nothing can write through the server
	}
	st, err := open(ctx, *db, e.log)
	if err != nil {
		return err
	}
	defer st.Close()
	srv, err := newServer(st, *token, *allowPrivate, *cache, e)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintf(e.stderr, "serving http://%s/\n", ln.Addr())
	if *token == "" {
		fmt.Fprintln(e.stderr, "serve: no --token or $CHRONICLE_TOKEN: POST /api/ingest is disabled")
	}
	return serveUntil(ctx, srv.HTTPServer(*addr), ln)
}

// newServer builds the HTTP server over st with the default pipeline
// behind POST /api/ingest. Without a token the server is read-only: no
// one may write, not even from loopback (a web page could post there).
func newServer(st chronicle.Store, token string, allowPrivate bool, cache time.Duration, e *env) (*httpapi.Server, error) {
	if token == "" {
		return httpapi.New(httpapi.Options{Store: st, CacheTTL: cache, Logger: e.log})
	}
	p, err := newPipeline(pipelineOptions{Logger: e.log})
	if err != nil {
		return nil, err
	}
	in := ingest.New(ingest.Options{AllowPrivate: allowPrivate, Logger: e.log})
	return httpapi.New(httpapi.Options{
		Store:   st,
		Analyze: p.Run,
		Fetch: func(ctx context.Context, url string) ([]*chronicle.Article, error) {
			var out []*chronicle.Article
			err := in.Each(ctx, url, nil, func(a *chronicle.Article) error {
				out = append(out, a)
				return nil
			})
			return out, err
		},
		Token:    token,
		CacheTTL: cache,
		Logger:   e.log,
	})
}

// serveUntil serves hs on ln until ctx ends, then shuts it down, giving
// requests in flight a few seconds to finish.
func serveUntil(ctx context.Context, hs *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
