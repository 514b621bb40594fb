package queue

import (
	"cmp"
	"context"
	"embed"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"chronicle/internal/storerows"
)

//go:embed migrations/*.sql
var migrations embed.FS

// migrationLock is the advisory lock key held while migrating; it differs
// from the store's so that the two migrate independently.
const migrationLock = 7_240_711_101

// Defaults of Options.
const (
	DefaultLease       = 5 * time.Minute
	DefaultMaxAttempts = 5
	DefaultBackoffBase = time.Second
	DefaultBackoffMax  = 10 * time.Minute
)

// Errors the queue returns; test them with errors.Is.
var (
	// ErrLeaseLost means a job's lease expired and the job was claimed
	// again (or it was finished) by someone else: this claim may no longer
	// complete, fail, release or extend it.
	ErrLeaseLost = errors.New("queue: lease lost")
	// ErrInvalid reports a job that cannot be enqueued.
	ErrInvalid = errors.New("queue: invalid job")
	// ErrNotFound reports a job that does not exist.
	ErrNotFound = errors.New("queue: no such job")
)

// A State is where a job is in its life.
type State string

// The states of a job.
const (
	Pending State = "pending" // waiting to be claimed, not before RunAfter
	Running State = "running" // claimed; its lease runs until LockedUntil
	Done    State = "done"    // completed
	Failed  State = "failed"  // given up: a permanent error or MaxAttempts reached
)

// Options configure a Queue. The zero value works.
type Options struct {
	// Name identifies this process on the jobs it claims (Info.Worker).
	// Default "HOST:PID".
	Name string
	// Lease is how long a claim lasts before another worker may claim the
	// job again; Work extends it while a handler runs. Default DefaultLease.
	Lease time.Duration
	// MaxAttempts is how many times a new job may be claimed before it
	// fails for good. Default DefaultMaxAttempts.
	MaxAttempts int
	// BackoffBase and BackoffMax bound the delay before a failed attempt
	// is retried (see Backoff). Defaults DefaultBackoffBase and
	// DefaultBackoffMax.
	BackoffBase, BackoffMax time.Duration
	// MaxConns caps the connection pool; 0 keeps pgxpool's default.
	MaxConns int32
	// Logger receives migrations, retries and failures. Nil discards them.
	Logger *slog.Logger
}

// A Queue is a job queue in a PostgreSQL database, shared by every process
// that opens it. It is safe for concurrent use.
type Queue struct {
	pool *pgxpool.Pool
	opts Options
	log  *slog.Logger
}

// Open connects to the database named by dsn (a postgres:// URL or
// key=value string; a search_path parameter selects the schema), applies
// the queue's migrations and returns the Queue.
func Open(ctx context.Context, dsn string, opts Options) (*Queue, error) {
	if opts.Name == "" {
		host, _ := os.Hostname()
		opts.Name = host + ":" + strconv.Itoa(os.Getpid())
	}
	if opts.Lease <= 0 {
		opts.Lease = DefaultLease
	}
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = DefaultMaxAttempts
	}
	if opts.BackoffBase <= 0 {
		opts.BackoffBase = DefaultBackoffBase
	}
	if opts.BackoffMax <= 0 {
		opts.BackoffMax = DefaultBackoffMax
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("queue: open: DSN: %w", err)
	}
	if opts.MaxConns > 0 {
		cfg.MaxConns = opts.MaxConns
	}
	// Claims and outcomes need not wait for the disk: one lost in a crash
	// of the server only makes its job run again, which handlers allow.
	// EnqueueAll turns durability back on: a job it reports added must
	// survive.
	cfg.ConnConfig.RuntimeParams["synchronous_commit"] = "off"
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("queue: open: %w", err)
	}
	q := &Queue{pool: pool, opts: opts, log: log}
	if err := q.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("queue: migrate: %w", err)
	}
	return q, nil
}

// Close closes the connection pool.
func (q *Queue) Close() error {
	q.pool.Close()
	return nil
}

// Pool returns the connection pool, for tests and tools that need SQL.
func (q *Queue) Pool() *pgxpool.Pool { return q.pool }

// Name returns the name this process records on the jobs it claims.
func (q *Queue) Name() string { return q.opts.Name }

// migrate applies the migrations not yet recorded in queue_migrations,
// each in its own transaction holding the migration lock, so that workers
// starting together migrate once.
func (q *Queue) migrate(ctx context.Context) error {
	ms, err := storerows.LoadMigrations(migrations)
	if err != nil {
		return err
	}
	for _, m := range ms {
		if err := q.apply(ctx, m); err != nil {
			return fmt.Errorf("%s: %w", m.Name, err)
		}
	}
	return nil
}

func (q *Queue) apply(ctx context.Context, m storerows.Migration) error {
	tx, err := q.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS queue_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TIMESTAMPTZ NOT NULL DEFAULT now())`); err != nil {
		return err
	}
	var done bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM queue_migrations WHERE version = $1)`, m.Version).Scan(&done); err != nil {
		return err
	}
	if done {
		return nil
	}
	if _, err := tx.Exec(ctx, m.SQL, pgx.QueryExecModeSimpleProtocol); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO queue_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
		return err
	}
	q.log.Info("queue: migrated", "version", m.Version, "name", m.Name)
	return tx.Commit(ctx)
}

// A NewJob is a job to enqueue.
type NewJob struct {
	Kind    string // which handler runs it; not empty
	Key     string // unique within Kind: enqueueing a (Kind, Key) twice makes one job
	Payload []byte // the handler's input, stored as is
	// Rerun makes a done or failed job of the same key pending again, with
	// this Payload and its attempts reset (a feed to poll again). A job
	// still pending or running is left alone either way.
	Rerun bool
}

// Enqueue adds j unless a job of the same kind and key exists (see
// NewJob.Rerun), and reports whether it added (or re-armed) one. Kind and
// Key must be non-empty valid UTF-8 without NUL bytes (ErrInvalid).
func (q *Queue) Enqueue(ctx context.Context, j NewJob) (bool, error) {
	n, err := q.EnqueueAll(ctx, []NewJob{j})
	return n == 1, err
}

// EnqueueAll enqueues jobs as Enqueue does, in one transaction, and returns
// how many it added or re-armed. Of several jobs with one kind and key,
// the first counts. Jobs are inserted in (kind, key) order, so that
// processes enqueueing overlapping batches at once wait for each other
// instead of deadlocking.
func (q *Queue) EnqueueAll(ctx context.Context, jobs []NewJob) (int, error) {
	for _, j := range jobs {
		for _, s := range []string{j.Kind, j.Key} {
			if s == "" || !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
				return 0, fmt.Errorf("%w: kind %q, key %q: want non-empty UTF-8 without NUL", ErrInvalid, j.Kind, j.Key)
			}
		}
	}
	sorted := slices.Clone(jobs)
	slices.SortStableFunc(sorted, func(a, b NewJob) int {
		return cmp.Or(strings.Compare(a.Kind, b.Kind), strings.Compare(a.Key, b.Key))
	})
	sorted = slices.CompactFunc(sorted, func(a, b NewJob) bool { return a.Kind == b.Kind && a.Key == b.Key })
	var once, rerun columns
	for _, j := range sorted {
		dst := &once
		if j.Rerun {
			dst = &rerun
		}
		payload := j.Payload
		if payload == nil {
			payload = []byte{}
		}
		dst.kinds, dst.keys, dst.payloads = append(dst.kinds, j.Kind), append(dst.keys, j.Key), append(dst.payloads, payload)
	}
	// Transactions inserting the same keys with different Rerun flags can
	// still deadlock; the server then aborts one, which is tried again.
	for try := 1; ; try++ {
		added, err := q.enqueue(ctx, once, rerun)
		var pe *pgconn.PgError
		if try < 3 && errors.As(err, &pe) && pe.Code == "40P01" {
			continue
		}
		return added, err
	}
}

// columns are the jobs of one INSERT, column by column.
type columns struct {
	kinds, keys []string
	payloads    [][]byte
}

// enqueue inserts the jobs that are never re-armed and those that are, in
// one transaction.
func (q *Queue) enqueue(ctx context.Context, once, rerun columns) (int, error) {
	const insert = `INSERT INTO queue_jobs AS j (kind, key, payload, max_attempts)
		SELECT kind, key, payload, $4
		FROM unnest($1::text[], $2::text[], $3::bytea[]) WITH ORDINALITY AS t (kind, key, payload, n)
		ORDER BY n
		ON CONFLICT (kind, key) `
	tx, err := q.pool.Begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("queue: enqueue: %w", err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SET LOCAL synchronous_commit = on`); err != nil {
		return 0, fmt.Errorf("queue: enqueue: %w", err)
	}
	added := 0
	for _, b := range []struct {
		cols     columns
		conflict string
	}{
		{once, `DO NOTHING`},
		{rerun, `DO UPDATE SET state = 'pending', payload = EXCLUDED.payload,
			attempts = 0, max_attempts = EXCLUDED.max_attempts, run_after = now(),
			locked_until = NULL, last_error = '', finished = NULL
		WHERE j.state IN ('done', 'failed')`},
	} {
		if len(b.cols.keys) == 0 {
			continue
		}
		tag, err := tx.Exec(ctx, insert+b.conflict, b.cols.kinds, b.cols.keys, b.cols.payloads, q.opts.MaxAttempts)
		if err != nil {
			return 0, fmt.Errorf("queue: enqueue %d jobs: %w", len(b.cols.keys), err)
		}
		added += int(tag.RowsAffected())
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, fmt.Errorf("queue: enqueue: %w", err)
	}
	return added, nil
}

// A Job is one claim of a job. The claim is fenced: once the job is
// claimed again (or released), this Job can no longer change it
// (ErrLeaseLost).
type Job struct {
	ID          int64
	Kind, Key   string
	Payload     []byte
	Attempt     int // 1 for the first attempt; a released claim is not counted
	MaxAttempts int
	claim       int64 // the job's claims counter at this claim
}

// Claim takes the oldest job that is ready — pending with its RunAfter
// passed, or running with its lease expired (its worker died) — of one of
// the kinds (any kind if none are given), marks it running under a new
// lease and returns it. With no job ready it returns nil and a nil error.
// Claims use SELECT … FOR UPDATE SKIP LOCKED, so concurrent claimers never
// get the same job. Running jobs whose lease expired on their last attempt
// are marked failed instead.
func (q *Queue) Claim(ctx context.Context, kinds ...string) (*Job, error) {
	if kinds == nil {
		kinds = []string{} // NULL would match nothing
	}
	j := &Job{}
	err := q.pool.QueryRow(ctx, `UPDATE queue_jobs j
		SET state = 'running', attempts = j.attempts + 1, claims = j.claims + 1, worker = $3,
			locked_until = now() + $2 * interval '1 microsecond'
		FROM (SELECT id FROM queue_jobs
			WHERE state IN ('pending', 'running') AND run_after <= now()
				AND (state = 'pending' OR locked_until < now())
				AND attempts < max_attempts
				AND (cardinality($1::text[]) = 0 OR kind = ANY($1))
			ORDER BY run_after, id LIMIT 1
			FOR UPDATE SKIP LOCKED) c
		WHERE j.id = c.id
		RETURNING j.id, j.kind, j.key, j.payload, j.attempts, j.max_attempts, j.claims`,
		kinds, q.opts.Lease.Microseconds(), q.opts.Name).
		Scan(&j.ID, &j.Kind, &j.Key, &j.Payload, &j.Attempt, &j.MaxAttempts, &j.claim)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, q.sweep(ctx)
	}
	if err != nil {
		return nil, fmt.Errorf("queue: claim: %w", err)
	}
	return j, nil
}

// sweep fails the running jobs whose lease expired on their last attempt:
// their worker died, and no attempt is left to give them.
func (q *Queue) sweep(ctx context.Context) error {
	tag, err := q.pool.Exec(ctx, `UPDATE queue_jobs SET state = 'failed', finished = now(), locked_until = NULL,
			last_error = CASE WHEN last_error = '' THEN 'queue: lease expired on the last attempt'
				ELSE last_error || '; queue: lease expired on the last attempt' END
		WHERE state = 'running' AND locked_until < now() AND attempts >= max_attempts`)
	if err != nil {
		return fmt.Errorf("queue: sweep: %w", err)
	}
	if n := tag.RowsAffected(); n > 0 {
		q.log.Warn("queue: jobs failed: lease expired on their last attempt", "jobs", n)
	}
	return nil
}

// fenced runs an update of the claim j (sql's $1 is the job ID, $2 the
// claim number) and returns ErrLeaseLost if the claim no longer holds.
func (q *Queue) fenced(ctx context.Context, op string, j *Job, sql string, args ...any) error {
	tag, err := q.pool.Exec(ctx, sql, append([]any{j.ID, j.claim}, args...)...)
	if err != nil {
		return fmt.Errorf("queue: %s job %d: %w", op, j.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("queue: %s job %d attempt %d: %w", op, j.ID, j.Attempt, ErrLeaseLost)
	}
	return nil
}

// Complete marks the claimed job done and drops its payload, which
// nothing reads again: the row stays, to keep its key from being enqueued
// twice.
func (q *Queue) Complete(ctx context.Context, j *Job) error {
	return q.fenced(ctx, "complete", j, `UPDATE queue_jobs
		SET state = 'done', finished = now(), locked_until = NULL, last_error = '', payload = ''::bytea
		WHERE id = $1 AND claims = $2 AND state = 'running'`)
}

// Fail records cause against the claimed job. Unless cause is Permanent or
// the job has had MaxAttempts attempts, the job goes back to pending, to
// be claimed again after Backoff; otherwise it is failed for good. It
// reports whether the job will be retried.
func (q *Queue) Fail(ctx context.Context, j *Job, cause error) (retry bool, err error) {
	msg := "unknown error"
	if cause != nil {
		msg = strings.ToValidUTF8(strings.ReplaceAll(cause.Error(), "\x00", ""), "\uFFFD")
	}
	var p *permanentError
	if errors.As(cause, &p) || j.Attempt >= j.MaxAttempts {
		err := q.fenced(ctx, "fail", j, `UPDATE queue_jobs
			SET state = 'failed', finished = now(), locked_until = NULL, last_error = $3
			WHERE id = $1 AND claims = $2 AND state = 'running'`, msg)
		if err == nil {
			q.log.Warn("queue: job failed", "kind", j.Kind, "key", j.Key, "attempt", j.Attempt, "err", msg)
		}
		return false, err
	}
	delay := Backoff(j.Attempt, q.opts.BackoffBase, q.opts.BackoffMax)
	err = q.fenced(ctx, "fail", j, `UPDATE queue_jobs
		SET state = 'pending', locked_until = NULL, last_error = $3,
			run_after = now() + $4 * interval '1 microsecond'
		WHERE id = $1 AND claims = $2 AND state = 'running'`, msg, delay.Microseconds())
	if err == nil {
		q.log.Info("queue: job will be retried", "kind", j.Kind, "key", j.Key, "attempt", j.Attempt, "after", delay, "err", msg)
	}
	return err == nil, err
}

// Release gives the claimed job back unfinished, as when its worker shuts
// down: it is pending again at once and this attempt is not counted.
func (q *Queue) Release(ctx context.Context, j *Job) error {
	return q.fenced(ctx, "release", j, `UPDATE queue_jobs
		SET state = 'pending', attempts = attempts - 1, locked_until = NULL, run_after = now()
		WHERE id = $1 AND claims = $2 AND state = 'running'`)
}

// Extend renews the claimed job's lease for another Options.Lease.
func (q *Queue) Extend(ctx context.Context, j *Job) error {
	return q.fenced(ctx, "extend", j, `UPDATE queue_jobs
		SET locked_until = now() + $3 * interval '1 microsecond'
		WHERE id = $1 AND claims = $2 AND state = 'running'`, q.opts.Lease.Microseconds())
}

// Idle reports whether no job is pending or running, so that nothing more
// can become ready without a new Enqueue.
func (q *Queue) Idle(ctx context.Context) (bool, error) {
	var busy bool
	err := q.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM queue_jobs WHERE state IN ('pending', 'running'))`).Scan(&busy)
	if err != nil {
		return false, fmt.Errorf("queue: idle: %w", err)
	}
	return !busy, nil
}

// Counts returns how many jobs are in each state.
func (q *Queue) Counts(ctx context.Context) (map[State]int, error) {
	rows, err := q.pool.Query(ctx, `SELECT state, count(*) FROM queue_jobs GROUP BY state`)
	if err != nil {
		return nil, fmt.Errorf("queue: counts: %w", err)
	}
	defer rows.Close()
	n := make(map[State]int)
	for rows.Next() {
		var s string
		var c int
		if err := rows.Scan(&s, &c); err != nil {
			return nil, fmt.Errorf("queue: counts: %w", err)
		}
		n[State(s)] = c
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("queue: counts: %w", err)
	}
	return n, nil
}

// Info describes a job as stored.
type Info struct {
	ID          int64
	Kind, Key   string
	State       State
	Attempts    int // attempts so far (released claims not counted)
	MaxAttempts int
	RunAfter    time.Time
	LockedUntil time.Time // zero unless running
	Worker      string    // who claimed it last
	LastError   string
	Created     time.Time
	Finished    time.Time // zero unless done or failed
}

// infoColumns are the columns scanInfo reads, in order.
const infoColumns = `id, kind, key, state, attempts, max_attempts, run_after,
	locked_until, worker, last_error, created, finished`

// scanInfo reads a row of infoColumns.
func scanInfo(row pgx.Row) (Info, error) {
	var in Info
	var state string
	var locked, finished *time.Time
	err := row.Scan(&in.ID, &in.Kind, &in.Key, &state, &in.Attempts, &in.MaxAttempts, &in.RunAfter,
		&locked, &in.Worker, &in.LastError, &in.Created, &finished)
	if err != nil {
		return Info{}, err
	}
	in.State = State(state)
	if locked != nil {
		in.LockedUntil = *locked
	}
	if finished != nil {
		in.Finished = *finished
	}
	return in, nil
}

// Lookup returns the job of the given kind and key, or ErrNotFound.
func (q *Queue) Lookup(ctx context.Context, kind, key string) (Info, error) {
	in, err := scanInfo(q.pool.QueryRow(ctx, `SELECT `+infoColumns+` FROM queue_jobs WHERE kind = $1 AND key = $2`, kind, key))
	if errors.Is(err, pgx.ErrNoRows) {
		return Info{}, fmt.Errorf("queue: lookup %s %q: %w", kind, key, ErrNotFound)
	}
	if err != nil {
		return Info{}, fmt.Errorf("queue: lookup %s %q: %w", kind, key, err)
	}
	return in, nil
}

// Jobs returns every job in the given state, oldest first: all of them,
// so mind the done ones.
func (q *Queue) Jobs(ctx context.Context, state State) ([]Info, error) {
	rows, err := q.pool.Query(ctx, `SELECT `+infoColumns+` FROM queue_jobs WHERE state = $1 ORDER BY id`, string(state))
	if err != nil {
		return nil, fmt.Errorf("queue: jobs %s: %w", state, err)
	}
	defer rows.Close()
	var out []Info
	for rows.Next() {
		in, err := scanInfo(rows)
		if err != nil {
			return nil, fmt.Errorf("queue: jobs %s: %w", state, err)
		}
		out = append(out, in)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("queue: jobs %s: %w", state, err)
	}
	return out, nil
}

// RetryFailed makes every failed job pending again with its attempts
// reset, and returns how many it re-armed.
func (q *Queue) RetryFailed(ctx context.Context) (int, error) {
	tag, err := q.pool.Exec(ctx, `UPDATE queue_jobs
		SET state = 'pending', attempts = 0, run_after = now(), finished = NULL
		WHERE state = 'failed'`)
	if err != nil {
		return 0, fmt.Errorf("queue: retry failed: %w", err)
	}
	return int(tag.RowsAffected()), nil
}

// Backoff returns the delay before retrying a job whose attempt-th attempt
// failed: base·2^(attempt-1), capped at max, with "equal jitter" (a random
// delay in [d/2, d)) so that jobs failing together do not retry together.
func Backoff(attempt int, base, max time.Duration) time.Duration {
	d := base
	for i := 1; i < attempt && d < max; i++ {
		d *= 2
	}
	if d > max {
		d = max
	}
	if d <= 1 {
		return d
	}
	half := d / 2
	return half + rand.N(d-half)
}

// permanentError marks an error that retrying cannot fix.
type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

// Permanent wraps err so that Fail (and Work) fail the job at once instead
// of retrying it: a malformed input, say. Permanent(nil) is nil.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &permanentError{err}
}
