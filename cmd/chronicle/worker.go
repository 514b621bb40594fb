package main

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"chronicle"
	"chronicle/ingest"
	"chronicle/postgres"
	"chronicle/queue"
)

// Job kinds of the worker queue. A fetch job reads a URL (a page or a
// feed) and enqueues one extract job per article it holds; an extract job
// runs the pipeline on one article and stores the Document. Extraction and
// storing are one job: the store's put is a single idempotent transaction
// on the Document the pipeline just made, and shipping a whole Document
// through the queue to store it elsewhere would buy nothing.
const (
	kindFetch   = "fetch"
	kindExtract = "extract"
)

// fetchJob is the payload of a fetch job.
type fetchJob struct {
	URL       string `json:"url"`
	Published string `json:"published,omitempty"` // --published, for every article
}

// extractJob is the payload of an extract job: one article, as read.
type extractJob struct {
	Article   *chronicle.Article `json:"article"`
	Published string             `json:"published,omitempty"`
}

// workerStats counts what one worker process did.
type workerStats struct {
	mu                            sync.Mutex
	Enqueued, Queued, InputErrors int           // new jobs, jobs already queued, inputs that could not be read
	Stored, Duplicates, Articles  int           // extract jobs' documents; articles found by fetch jobs
	Extract, Put                  time.Duration // time in extract jobs, and in the store's PutDocument within them
}

func (s *workerStats) add(f func(*workerStats)) {
	s.mu.Lock()
	f(s)
	s.mu.Unlock()
}

// runWorker implements `chronicle worker --db postgres://… [--enqueue]
// [--exit-when-idle] [--concurrency N] [INPUT…]`. Workers on any number of
// machines share the queue and the store in one PostgreSQL database: the
// inputs given are enqueued (idempotently: an article already queued, by
// this or another process, is not queued again), then jobs are claimed and
// run until SIGINT or SIGTERM (running jobs finish or are released) or,
// with --exit-when-idle, until no job is pending or running anywhere.
//
// Local inputs (files, directories, "-") are read here, by the process
// that names them, since other machines may not see the same files: each
// article becomes one extract job carrying its bytes, keyed by its source
// name and content hash. URLs become fetch jobs that any worker runs.
func runWorker(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("worker", "[INPUT…]")
	db := fs.String("db", "", "the shared PostgreSQL `DSN` (postgres://…), for both queue and store")
	enqueueOnly := fs.Bool("enqueue", false, "enqueue the inputs and exit without running jobs")
	exitIdle := fs.Bool("exit-when-idle", false, "exit once no job is pending or running in the queue")
	concurrency := fs.Int("concurrency", runtime.GOMAXPROCS(0), "jobs run at once by this process")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` (or RFC 3339 datetime) of every enqueued article")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback and private addresses")
	retryFailed := fs.Bool("retry-failed", false, "make failed jobs pending again before starting")
	status := fs.Bool("status", false, "print the number of jobs in each state and the failed jobs with their errors, and exit")
	lease := fs.Duration("lease", time.Minute, "how long a claimed job stays this worker's without a renewal (renewed every third of it); a dead worker's jobs are taken over after it")
	inputs, done, err := parseArgs(fs, args)
	if done {
		return err
	}
	if !strings.HasPrefix(*db, "postgres://") && !strings.HasPrefix(*db, "postgresql://") {
		fs.Usage()
		return usagef("worker: --db must be a postgres:// DSN (the embedded SQLite store runs the same stages in-process: chronicle ingest)")
	}
	if *concurrency < 1 {
		return usagef("worker: --concurrency must be at least 1")
	}
	if *enqueueOnly && len(inputs) == 0 && !*retryFailed {
		return usagef("worker: --enqueue needs inputs")
	}
	pub, err := parsePublished(*published)
	if err != nil {
		return err
	}
	if *lease < time.Second {
		return usagef("worker: --lease must be at least 1s")
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM)
	defer stop()

	q, err := queue.Open(ctx, *db, queue.Options{Logger: e.log, Lease: *lease, MaxConns: int32(*concurrency) + 2})
	if err != nil {
		return err
	}
	defer q.Close()
	if *status {
		return printQueueStatus(ctx, q, e)
	}
	in := ingest.New(ingest.Options{AllowPrivate: *allowPrivate, Logger: e.log})
	var n workerStats
	if *retryFailed {
		k, err := q.RetryFailed(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "worker: %d failed jobs made pending again\n", k)
	}
	for _, arg := range inputs {
		if err := enqueueInput(ctx, q, in, arg, pub, e, &n); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			n.InputErrors++
			fmt.Fprintf(e.stderr, "chronicle: worker: %s: %v\n", arg, err)
		}
	}
	if *enqueueOnly {
		fmt.Fprintf(e.stderr, "worker: enqueued %d jobs (%d already queued), %d inputs failed\n", n.Enqueued, n.Queued, n.InputErrors)
		if n.InputErrors > 0 {
			return fmt.Errorf("worker: %d inputs failed (reported above)", n.InputErrors)
		}
		return nil
	}

	st, err := postgres.Open(ctx, *db, postgres.Options{Logger: e.log, MaxConns: int32(*concurrency) + 2})
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := newPipeline(pipelineOptions{Logger: e.log})
	if err != nil {
		return err
	}
	handlers := map[string]queue.Handler{
		kindFetch: func(ctx context.Context, j *queue.Job) error {
			return runFetchJob(ctx, q, in, j, &n)
		},
		kindExtract: func(ctx context.Context, j *queue.Job) error {
			return runExtractJob(ctx, p, timedStore{st, &n}, j, &n)
		},
	}
	stats, err := q.Work(ctx, handlers, queue.WorkOptions{
		Concurrency:  *concurrency,
		ExitWhenIdle: *exitIdle,
		OnDone: func(j *queue.Job, o queue.Outcome, err error) {
			if err != nil && o != queue.Released {
				fmt.Fprintf(e.stderr, "chronicle: worker: %s %s (attempt %d of %d, %s): %v\n", j.Kind, j.Key, j.Attempt, j.MaxAttempts, o, err)
			}
		},
	})
	fmt.Fprintf(e.stderr, "worker: enqueued %d (%d already queued); jobs completed %d, retried %d, failed %d, released %d, lost %d; articles stored %d, duplicates %d, found by fetches %d; extract jobs took %v, %v of it storing\n",
		n.Enqueued, n.Queued, stats.Completed, stats.Retried, stats.Failed, stats.Released, stats.Lost, n.Stored, n.Duplicates, n.Articles,
		n.Extract.Round(time.Millisecond), n.Put.Round(time.Millisecond))
	if err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	if k := stats.Failed + n.InputErrors; k > 0 {
		return fmt.Errorf("worker: %d jobs or inputs failed (reported above)", k)
	}
	return nil
}

// printQueueStatus prints the number of jobs in each state, then every
// failed job with its last error.
func printQueueStatus(ctx context.Context, q *queue.Queue, e *env) error {
	n, err := q.Counts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "pending %d, running %d, done %d, failed %d\n", n[queue.Pending], n[queue.Running], n[queue.Done], n[queue.Failed])
	failed, err := q.Jobs(ctx, queue.Failed)
	if err != nil {
		return err
	}
	for _, j := range failed {
		fmt.Fprintf(e.stdout, "failed %s %s after %d attempts: %s\n", j.Kind, j.Key, j.Attempts, j.LastError)
	}
	return nil
}

// enqueueInput enqueues one command-line input: a fetch job for a URL, an
// extract job for each article of a local input.
func enqueueInput(ctx context.Context, q *queue.Queue, in *ingest.Ingester, arg, pub string, e *env, n *workerStats) error {
	b := &jobBatch{q: q}
	if isURL(arg) {
		payload, err := json.Marshal(fetchJob{URL: arg, Published: pub})
		if err != nil {
			return err
		}
		// A URL is read again each time it is enqueued (a feed grows); its
		// articles are still extracted once, being keyed by content.
		b.jobs = append(b.jobs, queue.NewJob{Kind: kindFetch, Key: arg, Payload: payload, Rerun: true})
	} else {
		err := in.Each(ctx, arg, e.stdin, func(a *chronicle.Article) error {
			return b.addArticle(ctx, a, pub)
		})
		if err != nil {
			return err // nothing of a failed input is enqueued but full batches
		}
	}
	err := b.flush(ctx)
	n.Enqueued += b.added
	n.Queued += b.sent - b.added
	return err
}

// enqueueBatch is how many jobs a batch holds before it is sent.
const enqueueBatch = 100

// A jobBatch collects jobs to enqueue in one transaction.
type jobBatch struct {
	q           *queue.Queue
	jobs        []queue.NewJob
	sent, added int // jobs sent, jobs new
}

// addArticle adds an extract job for a, keyed by its source name and the
// hash of its bytes: the same article read twice, by any process, is one
// job; a source whose content changed is a new one.
func (b *jobBatch) addArticle(ctx context.Context, a *chronicle.Article, pub string) error {
	payload, err := json.Marshal(extractJob{Article: a, Published: pub})
	if err != nil {
		return err
	}
	sum := sha256.Sum256(a.Body)
	key := fmt.Sprintf("%s %x", strings.ToValidUTF8(a.Source, "\uFFFD"), sum[:16])
	b.jobs = append(b.jobs, queue.NewJob{Kind: kindExtract, Key: key, Payload: payload})
	if len(b.jobs) >= enqueueBatch {
		return b.flush(ctx)
	}
	return nil
}

// flush enqueues the jobs collected.
func (b *jobBatch) flush(ctx context.Context) error {
	if len(b.jobs) == 0 {
		return nil
	}
	added, err := b.q.EnqueueAll(ctx, b.jobs)
	if err != nil {
		return err
	}
	b.sent += len(b.jobs)
	b.added += added
	b.jobs = b.jobs[:0]
	return nil
}

// isURL reports whether arg names an http(s) URL rather than a local input.
func isURL(arg string) bool {
	s := strings.ToLower(arg)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// runFetchJob reads the URL of a fetch job and enqueues its articles.
func runFetchJob(ctx context.Context, q *queue.Queue, in *ingest.Ingester, j *queue.Job, n *workerStats) error {
	var f fetchJob
	if err := json.Unmarshal(j.Payload, &f); err != nil {
		return queue.Permanent(fmt.Errorf("fetch job payload: %w", err))
	}
	b := &jobBatch{q: q}
	err := in.Each(ctx, f.URL, nil, func(a *chronicle.Article) error {
		return b.addArticle(ctx, a, f.Published)
	})
	if err == nil {
		err = b.flush(ctx)
	}
	n.add(func(n *workerStats) { n.Articles += b.sent })
	if err != nil && permanentIngest(err) {
		return queue.Permanent(err)
	}
	return err
}

// permanentIngest reports whether an ingest error would recur on retry.
func permanentIngest(err error) bool {
	for _, e := range []error{ingest.ErrEmpty, ingest.ErrTooLarge, ingest.ErrTooMany, ingest.ErrBinary,
		ingest.ErrNotUTF8, ingest.ErrFormat, ingest.ErrPrivateAddress, ingest.ErrRobots,
		ingest.ErrScheme, ingest.ErrRedirects} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// runExtractJob runs the pipeline on the article of an extract job and
// stores the Document: the same storeArticle as `chronicle ingest`.
func runExtractJob(ctx context.Context, p *chronicle.Pipeline, st chronicle.Store, j *queue.Job, n *workerStats) error {
	var x extractJob
	if err := json.Unmarshal(j.Payload, &x); err != nil {
		return queue.Permanent(fmt.Errorf("extract job payload: %w", err))
	}
	if x.Article == nil {
		return queue.Permanent(errors.New("extract job payload: no article"))
	}
	start := time.Now()
	_, created, err := storeArticle(ctx, p, st, x.Article, x.Published)
	n.add(func(n *workerStats) { n.Extract += time.Since(start) })
	if err != nil {
		if ctx.Err() != nil {
			return err
		}
		// The pipeline is deterministic and the store refuses invalid
		// documents for good; other store errors (a lost connection) may
		// pass.
		var se *chronicle.StoreError
		if !errors.As(err, &se) || errors.Is(err, chronicle.ErrInvalid) {
			return queue.Permanent(err)
		}
		return err
	}
	n.add(func(n *workerStats) {
		if created {
			n.Stored++
		} else {
			n.Duplicates++
		}
	})
	return nil
}

// timedStore adds the time spent in PutDocument to a worker's stats.
type timedStore struct {
	chronicle.Store
	n *workerStats
}

func (s timedStore) PutDocument(ctx context.Context, doc *chronicle.Document, src chronicle.ArticleSource) (string, bool, error) {
	start := time.Now()
	id, created, err := s.Store.PutDocument(ctx, doc, src)
	s.n.add(func(n *workerStats) { n.Put += time.Since(start) })
	return id, created, err
}
