package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"

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
	return sqlite.Open(ctx, db, sqlite.Options{Logger: log, CacheMiB: ingestCacheMiB})
}

// ingestCacheMiB is the SQLite page cache of a writing store (see
// sqlite.Options.CacheMiB); readers keep SQLite's default.
const ingestCacheMiB = 16

// openReader opens db for a command that only reads. A SQLite file must
// exist (a mistyped --db is an error, not a new empty database); one its
// user may not write, or in a directory it may not write, is opened
// read-only (not migrated) instead of failing.
func openReader(ctx context.Context, db string, log *slog.Logger) (chronicle.Store, error) {
	if db == "" || strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") || db == ":memory:" {
		return openStore(ctx, db, log)
	}
	if _, err := os.Stat(db); err != nil {
		return nil, fmt.Errorf("--db %s: %w (chronicle ingest creates a database)", db, err)
	}
	readOnly := !writable(db) || !writable(filepath.Dir(db))
	return sqlite.Open(ctx, db, sqlite.Options{Logger: log, ReadOnly: readOnly})
}

// ingestStats counts what an ingest run did. Skipped counts the
// duplicates that were not analysed again (see ingestArticle); they are
// also counted in Duplicates.
type ingestStats struct {
	Read, Stored, Duplicates, Skipped, Failed int
}

// storeArticle runs the pipeline on a and stores the Document, with
// published (if not "") as its publication date. It returns the stored
// document and whether it was new.
func storeArticle(ctx context.Context, p *chronicle.Pipeline, st chronicle.Store, a *chronicle.Article, published string) (*chronicle.Document, bool, error) {
	doc, src, err := prepare(ctx, p, a, published)
	if err != nil {
		return nil, false, err
	}
	if err := p.Annotate(ctx, doc); err != nil {
		return nil, false, err
	}
	doc.Tokens = nil // see storedLayers
	id, created, err := st.PutDocument(ctx, doc, src)
	if err != nil {
		return nil, false, err
	}
	doc.ID = id
	return doc, created, nil
}

// storedLayers: documents are stored without their token layer. Tokens
// (with POS tags) are some 60 % of a document's JSON and nothing read
// from the store uses them (every other layer carries its own spans);
// they are the cheapest layer to derive again, by running the pipeline.
// Leaving them out makes the BBC corpus's SQLite database 77 MB instead of 119.

// prepare sets a's publication date (if published is not "") and cleans
// it into a Document without layers, returning the source to store it
// under.
func prepare(ctx context.Context, p *chronicle.Pipeline, a *chronicle.Article, published string) (*chronicle.Document, chronicle.ArticleSource, error) {
	if published != "" {
		a.Meta.Published = chronicle.Published{Value: published, Source: chronicle.DateUser}
	}
	doc, err := p.Prepare.Prepare(ctx, a)
	if err != nil {
		return nil, chronicle.ArticleSource{}, err
	}
	src := chronicle.ArticleSource{URL: a.URL, Path: a.Source, Fetched: a.Fetched}
	if src.URL == "" {
		src.URL = doc.Meta.URL
	}
	if src.URL != "" && src.Path == src.URL {
		src.Path = ""
	}
	return doc, src, nil
}

// The outcomes of ingestArticle.
type outcome int

const (
	outStored    outcome = iota // a new document
	outDuplicate                // analysed again; its text was stored
	outSkipped                  // not analysed: stored from the same source
)

// A storeFailure is an error of the store itself (disk full, read-only
// database, connection lost), as opposed to one of the article: it stops
// a batch, since every later article would fail the same way.
type storeFailure struct{ err error }

func (e *storeFailure) Error() string { return e.err.Error() }
func (e *storeFailure) Unwrap() error { return e.err }

// ingestArticle stores a as storeArticle does, except that unless
// reanalyse is set an article already stored from the same source — same
// cleaned text (hence document ID), same path or URL, same publication
// date — is skipped after cleaning, without running the analysis stages.
// This makes a rerun of an interrupted batch cheap: it resumes where the
// last committed article left off. Errors of the store are *storeFailure;
// ErrInvalid from PutDocument is the article's.
func ingestArticle(ctx context.Context, p *chronicle.Pipeline, st chronicle.Store, a *chronicle.Article, published string, reanalyse bool) (outcome, error) {
	doc, src, out, err := analyseArticle(ctx, p, st, nil, a, published, reanalyse)
	if err != nil || out == outSkipped {
		return out, err
	}
	_, created, err := st.PutDocument(ctx, doc, src)
	return putOutcome(ctx, created, err)
}

// analyseArticle is ingestArticle up to the put: it returns the analysed
// document and its source, or outSkipped when it need not be analysed.
// A document known (when not nil) does not hold was never stored, and is
// analysed without asking the store.
func analyseArticle(ctx context.Context, p *chronicle.Pipeline, st chronicle.Store, known *knownIDs, a *chronicle.Article, published string, reanalyse bool) (*chronicle.Document, chronicle.ArticleSource, outcome, error) {
	doc, src, err := prepare(ctx, p, a, published)
	if err != nil {
		return nil, src, 0, err
	}
	if !reanalyse && known.mayHold(chronicle.DocumentID(doc.Text)) {
		done, err := storedFrom(ctx, st, doc, src)
		if err != nil {
			return nil, src, 0, &storeFailure{err}
		}
		if done {
			return nil, src, outSkipped, nil
		}
	}
	if err := p.Annotate(ctx, doc); err != nil {
		return nil, src, 0, err
	}
	doc.Tokens = nil // see storedLayers
	return doc, src, outStored, nil
}

// putOutcome classifies the result of storing one document: ErrInvalid
// is the article's error, any other a *storeFailure.
func putOutcome(ctx context.Context, created bool, err error) (outcome, error) {
	switch {
	case err != nil && (errors.Is(err, chronicle.ErrInvalid) || ctx.Err() != nil):
		return 0, err
	case err != nil:
		return 0, &storeFailure{err}
	case created:
		return outStored, nil
	}
	return outDuplicate, nil
}

// A batchPutter stores several documents in one transaction and lists
// the stored documents' IDs (the SQLite store; see
// sqlite.Store.PutDocuments).
type batchPutter interface {
	PutDocuments(ctx context.Context, puts []sqlite.Put) error
	DocumentIDs(ctx context.Context, f func(id string) error) error
}

// knownIDs holds a hash of the ID of every document stored before the
// batch began and of every one the batch stores. The resume check reads
// the store only for a document whose hash it holds: reading it for every
// article while the writer writes slowed a two-worker ingest by a quarter
// (SQLite's connections contend). A hash that collides only costs that
// read. A nil *knownIDs holds everything: every article is checked.
type knownIDs struct {
	mu  sync.RWMutex
	ids map[uint64]struct{}
}

// loadKnownIDs reads the IDs of bp's documents.
func loadKnownIDs(ctx context.Context, bp batchPutter) (*knownIDs, error) {
	k := &knownIDs{ids: map[uint64]struct{}{}}
	err := bp.DocumentIDs(ctx, func(id string) error {
		k.ids[idHash(id)] = struct{}{}
		return nil
	})
	return k, err
}

// idHash is the FNV-1a hash of a document ID.
func idHash(id string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(id); i++ {
		h = (h ^ uint64(id[i])) * 1099511628211
	}
	return h
}

// mayHold reports whether the document id may be stored.
func (k *knownIDs) mayHold(id string) bool {
	if k == nil {
		return true
	}
	k.mu.RLock()
	defer k.mu.RUnlock()
	_, ok := k.ids[idHash(id)]
	return ok
}

// add records that the document id is stored.
func (k *knownIDs) add(id string) {
	if k == nil {
		return
	}
	k.mu.Lock()
	k.ids[idHash(id)] = struct{}{}
	k.mu.Unlock()
}

// maxBatch bounds the documents a batchPutter stores in one transaction.
const maxBatch = 64

// writeBatches stores the analysed documents that come on in, as many as
// are waiting (up to maxBatch) in each transaction, and sends each one's
// outcome to results.
func writeBatches(ctx context.Context, bp batchPutter, known *knownIDs, in <-chan analysed, results chan<- ingested) {
	for first := range in {
		batch := []analysed{first}
	fill:
		for len(batch) < maxBatch {
			select {
			case x, ok := <-in:
				if !ok {
					break fill
				}
				batch = append(batch, x)
			default:
				break fill
			}
		}
		puts := make([]sqlite.Put, len(batch))
		for i, x := range batch {
			puts[i] = x.put
		}
		err := bp.PutDocuments(ctx, puts)
		for i, x := range batch {
			r := ingested{source: x.source}
			if err != nil {
				_, r.err = putOutcome(ctx, false, err)
			} else {
				r.out, r.err = putOutcome(ctx, puts[i].Created, puts[i].Err)
				if r.err == nil {
					known.add(chronicle.DocumentID(x.put.Doc.Text))
				}
			}
			results <- r
		}
	}
}

// An analysed article waits to be stored, its rows prepared by the
// worker that analysed it (sqlite.Put.Prepare), not by the writer.
type analysed struct {
	source string
	put    sqlite.Put
}

// storedFrom reports whether the prepared doc is stored with src among
// its sources and, if doc has a publication date, with that date. (An
// undated doc gets its date from its text, which is the stored text.)
func storedFrom(ctx context.Context, st chronicle.Store, doc *chronicle.Document, src chronicle.ArticleSource) (bool, error) {
	id := chronicle.DocumentID(doc.Text)
	srcs, err := st.Sources(ctx, id)
	if errors.Is(err, chronicle.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	found := false
	for _, s := range srcs {
		if s.URL == src.URL && s.Path == src.Path {
			found = true
			break
		}
	}
	if !found {
		return false, nil
	}
	if doc.Meta.Published.Value == "" {
		return true, nil
	}
	stored, err := st.GetDocument(ctx, id)
	if err != nil {
		return false, err
	}
	return stored.Meta.Published == doc.Meta.Published, nil
}

// runIngest implements `chronicle ingest [--db PATH|DSN] [--published DATE]
// [--allow-private] [--reanalyse] INPUT…`: every article of every input is
// analysed and stored once (documents are keyed by the hash of their
// text). An input or article that fails is reported on stderr and the
// batch goes on; the run fails if anything failed. A failure of the store
// itself (disk full, read-only database) stops the batch at once with an
// error naming the database; what was committed before stays, and
// running the same command again resumes the batch.
func runIngest(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("ingest", "FILE|DIR|URL|FEED|-…")
	db := fs.String("db", defaultDB, "SQLite file `PATH`, or a postgres:// DSN")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` (or RFC 3339 datetime) of every article")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback and private addresses")
	reanalyse := fs.Bool("reanalyse", false, "analyse again articles already stored from the same source (default: skip them)")
	workers := fs.Int("workers", 0, "articles analysed at once (0: one per CPU, less the one that writes to SQLite)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to `FILE`")
	inputs, done, err := parseArgs(fs, args)
	if done {
		return err
	}
	if len(inputs) == 0 {
		fs.Usage()
		return usagef("ingest: want at least one input")
	}
	if *workers < 0 || *workers > 256 {
		return usagef("ingest: --workers %d: want 0 (automatic) to 256", *workers)
	}
	pub, err := parsePublished(*published)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *db, e.log)
	if err != nil {
		if name := dbName(*db); !strings.Contains(err.Error(), name) {
			return fmt.Errorf("ingest: database %s: %w", name, err)
		}
		return fmt.Errorf("ingest: %w", err)
	}
	defer st.Close()
	p, err := newPipeline(pipelineOptions{Logger: e.log})
	if err != nil {
		return err
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	in := ingest.New(ingest.Options{AllowPrivate: *allowPrivate, Logger: e.log})
	if *workers == 0 {
		// A store that writes batches does so on a goroutine of its own,
		// busy about as long as an analysis: it gets a CPU of its own.
		*workers = runtime.GOMAXPROCS(0)
		if _, ok := st.(batchPutter); ok {
			*workers = max(1, *workers-1)
		}
	}
	b := &batch{e: e, p: p, st: st, db: *db, pub: pub, reanalyse: *reanalyse, progress: isTerminal(e.stderr)}
	n, fatal := b.run(ctx, in, inputs, *workers)
	progress := b.progress
	if fatal == nil && ctx.Err() != nil {
		clearProgress(e.stderr, progress)
		return ctx.Err()
	}
	clearProgress(e.stderr, progress)
	fmt.Fprintf(e.stderr, "ingest: read %d, stored %d, duplicates %d, failed %d", n.Read, n.Stored, n.Duplicates, n.Failed)
	if n.Skipped > 0 {
		fmt.Fprintf(e.stderr, " (%d already stored from the same source, not analysed again)", n.Skipped)
	}
	fmt.Fprintln(e.stderr)
	switch {
	case fatal != nil:
		return fatal
	case n.Failed > 0:
		return fmt.Errorf("ingest: %d failed (reported above)", n.Failed)
	}
	return nil
}

// A batch is one ingest run: articles read in order by one goroutine are
// analysed and stored by several, and their outcomes counted by one.
type batch struct {
	e         *env
	p         *chronicle.Pipeline
	st        chronicle.Store
	db        string
	pub       string
	reanalyse bool
	progress  bool
}

// An ingested is the outcome of one article of a batch.
type ingested struct {
	source string
	out    outcome
	err    error
}

// run ingests every article of args with the given number of workers and
// returns the counts and the store failure that stopped the batch, if
// any. Article and input errors are reported on stderr as they happen;
// the first store failure cancels the rest (articles being analysed then
// are not stored, and a rerun resumes them).
func (b *batch) run(ctx context.Context, in *ingest.Ingester, args []string, workers int) (ingestStats, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	jobs := make(chan *chronicle.Article, workers)
	results := make(chan ingested, workers)
	// With a store that writes batches, one goroutine stores what the
	// workers analysed; otherwise each worker stores its own.
	bp, batched := b.st.(batchPutter)
	toStore := make(chan analysed, maxBatch)
	written := make(chan struct{})
	var known *knownIDs
	if batched && !b.reanalyse {
		var err error
		if known, err = loadKnownIDs(ctx, bp); err != nil {
			return ingestStats{}, fmt.Errorf("ingest: %s: %w", b.db, err)
		}
	}
	if batched {
		go func() {
			defer close(written)
			writeBatches(ctx, bp, known, toStore, results)
		}()
	} else {
		close(written)
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range jobs {
				if !batched {
					out, err := ingestArticle(ctx, b.p, b.st, a, b.pub, b.reanalyse)
					results <- ingested{a.Source, out, err}
					continue
				}
				doc, src, out, err := analyseArticle(ctx, b.p, b.st, known, a, b.pub, b.reanalyse)
				if err != nil || out == outSkipped {
					results <- ingested{a.Source, out, err}
					continue
				}
				put := sqlite.Put{Doc: doc, Src: src}
				put.Prepare()
				toStore <- analysed{a.Source, put}
			}
		}()
	}
	var n ingestStats
	var fatal error
	collected := make(chan struct{})
	var mu sync.Mutex // guards n and fatal between the reader and the collector
	go func() {
		defer close(collected)
		for r := range results {
			mu.Lock()
			b.count(&n, r, &fatal, cancel)
			mu.Unlock()
		}
	}()
	for _, arg := range args {
		err := in.Each(ctx, arg, b.e.stdin, func(a *chronicle.Article) error {
			mu.Lock()
			n.Read++
			mu.Unlock()
			select {
			case jobs <- a:
				return nil
			case <-ctx.Done():
				return context.Cause(ctx)
			}
		})
		if ctx.Err() != nil {
			break
		}
		if err != nil {
			mu.Lock()
			b.count(&n, ingested{source: arg, err: err}, &fatal, cancel)
			mu.Unlock()
		}
	}
	close(jobs)
	wg.Wait()
	close(toStore)
	<-written
	close(results)
	<-collected
	return n, fatal
}

// count adds the outcome r to n, reporting errors; a store failure
// becomes the batch's fatal error and cancels it.
func (b *batch) count(n *ingestStats, r ingested, fatal *error, cancel context.CancelCauseFunc) {
	var sf *storeFailure
	switch {
	case r.err != nil && *fatal != nil:
		// After a store failure, the articles in flight fail with it or
		// are cancelled: one failure is counted, the rest are resumed by
		// a rerun.
	case r.err != nil && errors.As(r.err, &sf):
		n.Failed++
		*fatal = fmt.Errorf("ingest %s: database %s: %w", r.source, dbName(b.db), sf.err)
		cancel(*fatal)
	case r.err != nil && errors.Is(r.err, context.Canceled):
		// interrupted: the caller reports it
	case r.err != nil:
		clearProgress(b.e.stderr, b.progress)
		for _, err := range splitJoined(r.err) {
			n.Failed++
			fmt.Fprintf(b.e.stderr, "chronicle: ingest %s: %v\n", r.source, err)
		}
	case r.out == outStored:
		n.Stored++
	case r.out == outSkipped:
		n.Skipped++
		n.Duplicates++
	default:
		n.Duplicates++
	}
	if b.progress {
		fmt.Fprintf(b.e.stderr, "\r\033[Kread %d, stored %d, duplicates %d, failed %d", n.Read, n.Stored, n.Duplicates, n.Failed)
	}
}

// splitJoined returns the errors joined in err (a directory's unreadable
// files), or err alone.
func splitJoined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// dbName is the name of the database db for messages: the SQLite path, or
// a PostgreSQL DSN without its password.
func dbName(db string) string {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		if u, err := url.Parse(db); err == nil {
			return u.Redacted()
		}
		return "PostgreSQL"
	}
	return db
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
