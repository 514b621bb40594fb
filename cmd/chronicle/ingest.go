package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"chronicle"
	"chronicle/ingest"
	"chronicle/postgres"
	"chronicle/sqlite"
)

// defaultDB is the store --db names when it is not given.
const defaultDB = "chronicle.db"

// openStore opens the store named by db: a postgres:// or postgresql://
// DSN opens PostgreSQL, anything else is the path of a SQLite file.
func openStore(ctx context.Context, db string, log *slog.Logger) (chronicle.Store, error) {
	if db == "" {
		return nil, usagef("--db: empty")
	}
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return postgres.Open(ctx, db, postgres.Options{Logger: log})
	}
	return sqlite.Open(ctx, db, sqlite.Options{Logger: log})
}

// ingestStats counts what an ingest run did.
type ingestStats struct {
	Read, Stored, Duplicates, Failed int
}

// storeArticle runs the pipeline on a and stores the Document, with
// published (if not "") as its publication date. It returns the stored
// document and whether it was new.
func storeArticle(ctx context.Context, p *chronicle.Pipeline, st chronicle.Store, a *chronicle.Article, published string) (*chronicle.Document, bool, error) {
	if published != "" {
		a.Meta.Published = chronicle.Published{Value: published, Source: chronicle.DateUser}
	}
	doc, err := p.Run(ctx, a)
	if err != nil {
		return nil, false, err
	}
	src := chronicle.ArticleSource{URL: a.URL, Path: a.Source, Fetched: a.Fetched}
	if src.URL == "" {
		src.URL = doc.Meta.URL
	}
	if src.URL != "" && src.Path == src.URL {
		src.Path = ""
	}
	id, created, err := st.PutDocument(ctx, doc, src)
	if err != nil {
		return nil, false, err
	}
	doc.ID = id
	return doc, created, nil
}

// runIngest implements `chronicle ingest [--db PATH|DSN] [--published DATE]
// [--allow-private] INPUT…`: every article of every input is analysed and
// stored once (documents are keyed by the hash of their text). An input or
// article that fails is reported on stderr and the batch goes on; the run
// fails if anything failed.
func runIngest(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("ingest", "FILE|DIR|URL|FEED|-…")
	db := fs.String("db", defaultDB, "SQLite file `PATH`, or a postgres:// DSN")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` (or RFC 3339 datetime) of every article")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback and private addresses")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usagef("ingest: want at least one input")
	}
	pub, err := parsePublished(*published)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *db, e.log)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := newPipeline(pipelineOptions{Logger: e.log})
	if err != nil {
		return err
	}
	in := ingest.New(ingest.Options{AllowPrivate: *allowPrivate, Logger: e.log})
	progress := isTerminal(e.stderr)
	var n ingestStats
	for _, arg := range fs.Args() {
		err := in.Each(ctx, arg, e.stdin, func(a *chronicle.Article) error {
			n.Read++
			_, created, err := storeArticle(ctx, p, st, a, pub)
			switch {
			case err != nil && ctx.Err() != nil:
				return ctx.Err()
			case err != nil:
				n.Failed++
				clearProgress(e.stderr, progress)
				fmt.Fprintf(e.stderr, "chronicle: ingest %s: %v\n", a.Source, err)
			case created:
				n.Stored++
			default:
				n.Duplicates++
			}
			if progress {
				fmt.Fprintf(e.stderr, "\r\033[Kread %d, stored %d, duplicates %d, failed %d", n.Read, n.Stored, n.Duplicates, n.Failed)
			}
			return nil
		})
		if err != nil {
			if ctx.Err() != nil {
				clearProgress(e.stderr, progress)
				return ctx.Err()
			}
			n.Failed++
			clearProgress(e.stderr, progress)
			fmt.Fprintf(e.stderr, "chronicle: ingest %s: %v\n", arg, err)
		}
	}
	clearProgress(e.stderr, progress)
	fmt.Fprintf(e.stderr, "ingest: read %d, stored %d, duplicates %d, failed %d\n", n.Read, n.Stored, n.Duplicates, n.Failed)
	if n.Failed > 0 {
		return fmt.Errorf("ingest: %d failed (reported above)", n.Failed)
	}
	return nil
}

// clearProgress erases the progress line if one is shown.
func clearProgress(w io.Writer, shown bool) {
	if shown {
		fmt.Fprint(w, "\r\033[K")
	}
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
