package queue_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"chronicle/internal/pgtest"
	"chronicle/queue"
)

// testSchema creates a new schema in the test database, dropped when the
// test ends, and returns a DSN selecting it; it skips without a database.
func testSchema(t testing.TB) string {
	t.Helper()
	_, dsn := pgtest.Schema(t, "queue_test_")
	return dsn
}

// open opens a Queue on dsn, closed when the test ends.
func open(t testing.TB, dsn string, opts queue.Options) *queue.Queue {
	t.Helper()
	q, err := queue.Open(context.Background(), dsn, opts)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

func mustEnqueue(t testing.TB, q *queue.Queue, j queue.NewJob) {
	t.Helper()
	if _, err := q.Enqueue(context.Background(), j); err != nil {
		t.Fatalf("Enqueue(%q, %q): %v", j.Kind, j.Key, err)
	}
}

func lookup(t *testing.T, q *queue.Queue, kind, key string) queue.Info {
	t.Helper()
	in, err := q.Lookup(context.Background(), kind, key)
	if err != nil {
		t.Fatalf("Lookup(%q, %q): %v", kind, key, err)
	}
	return in
}

func TestEnqueueUnique(t *testing.T) {
	q := open(t, testSchema(t), queue.Options{})
	ctx := context.Background()
	tests := []struct {
		job  queue.NewJob
		want bool
	}{
		{queue.NewJob{Kind: "fetch", Key: "a", Payload: []byte("1")}, true},
		{queue.NewJob{Kind: "fetch", Key: "a", Payload: []byte("2")}, false},
		{queue.NewJob{Kind: "extract", Key: "a"}, true},
		{queue.NewJob{Kind: "fetch", Key: "a", Rerun: true}, false}, // still pending
	}
	for _, tt := range tests {
		got, err := q.Enqueue(ctx, tt.job)
		if err != nil || got != tt.want {
			t.Errorf("Enqueue(%q, %q) = %v, %v; want %v", tt.job.Kind, tt.job.Key, got, err, tt.want)
		}
	}
	j, err := q.Claim(ctx, "fetch")
	if err != nil || j == nil || string(j.Payload) != "1" || j.Attempt != 1 {
		t.Fatalf("Claim(fetch) = %+v, %v; want job a, payload 1, attempt 1", j, err)
	}
	if got, err := q.Enqueue(ctx, queue.NewJob{Kind: "fetch", Key: "a", Rerun: true}); got || err != nil {
		t.Errorf("Enqueue(fetch, a, Rerun) while running = %v, %v; want false", got, err)
	}
	if err := q.Complete(ctx, j); err != nil {
		t.Fatalf("Complete: %v", err)
	}
	var size int
	if err := q.Pool().QueryRow(ctx, `SELECT length(payload) FROM queue_jobs WHERE id = $1`, j.ID).Scan(&size); err != nil || size != 0 {
		t.Errorf("payload of a done job: %d bytes, %v; want 0", size, err)
	}
	if got, err := q.Enqueue(ctx, queue.NewJob{Kind: "fetch", Key: "a"}); got || err != nil {
		t.Errorf("Enqueue(fetch, a) when done = %v, %v; want false", got, err)
	}
	if got, err := q.Enqueue(ctx, queue.NewJob{Kind: "fetch", Key: "a", Payload: []byte("3"), Rerun: true}); !got || err != nil {
		t.Errorf("Enqueue(fetch, a, Rerun) when done = %v, %v; want true", got, err)
	}
	in := lookup(t, q, "fetch", "a")
	if in.State != queue.Pending || in.Attempts != 0 {
		t.Errorf("after Rerun: state %s, attempts %d; want pending, 0", in.State, in.Attempts)
	}
	for _, bad := range []queue.NewJob{{Kind: "", Key: "k"}, {Kind: "k", Key: ""}, {Kind: "k", Key: "a\x00b"}, {Kind: "k", Key: "\xff"}} {
		if _, err := q.Enqueue(ctx, bad); !errors.Is(err, queue.ErrInvalid) {
			t.Errorf("Enqueue(%q, %q) error = %v; want ErrInvalid", bad.Kind, bad.Key, err)
		}
	}
}

// TestEnqueueAllConcurrently: processes enqueueing overlapping batches at
// once (in different orders, with duplicates) make one job per key, count
// each once between them, and do not deadlock.
func TestEnqueueAllConcurrently(t *testing.T) {
	dsn := testSchema(t)
	ctx := context.Background()
	const keys, procs = 500, 4
	var mu sync.Mutex
	total := 0
	var wg sync.WaitGroup
	for p := range procs {
		q := open(t, dsn, queue.Options{})
		wg.Go(func() {
			var jobs []queue.NewJob
			for i := range keys {
				k := i
				if p%2 == 1 {
					k = keys - 1 - i
				}
				jobs = append(jobs, queue.NewJob{Kind: "k", Key: fmt.Sprint(k)}, queue.NewJob{Kind: "k", Key: fmt.Sprint(k)})
			}
			for len(jobs) > 0 {
				n := min(len(jobs), 70)
				added, err := q.EnqueueAll(ctx, jobs[:n])
				if err != nil {
					t.Errorf("EnqueueAll: %v", err)
					return
				}
				mu.Lock()
				total += added
				mu.Unlock()
				jobs = jobs[n:]
			}
		})
	}
	wg.Wait()
	if total != keys {
		t.Errorf("EnqueueAll added %d jobs in all; want %d", total, keys)
	}
	n, err := open(t, dsn, queue.Options{}).Counts(ctx)
	if err != nil || n[queue.Pending] != keys {
		t.Errorf("Counts = %v, %v; want %d pending", n, err, keys)
	}
}

// TestLeaseExpiry: a worker claims a job and dies; once the lease expires
// another claims it (attempt 2), and the dead worker's claim can no longer
// settle it.
func TestLeaseExpiry(t *testing.T) {
	dsn := testSchema(t)
	ctx := context.Background()
	dead := open(t, dsn, queue.Options{Name: "dead", Lease: 300 * time.Millisecond})
	live := open(t, dsn, queue.Options{Name: "live", Lease: time.Minute})
	mustEnqueue(t, dead, queue.NewJob{Kind: "k", Key: "job"})
	j1, err := dead.Claim(ctx)
	if err != nil || j1 == nil {
		t.Fatalf("Claim = %v, %v; want a job", j1, err)
	}
	if j, err := live.Claim(ctx); j != nil || err != nil {
		t.Fatalf("Claim during the lease = %+v, %v; want nil, nil", j, err)
	}
	time.Sleep(400 * time.Millisecond)
	j2, err := live.Claim(ctx)
	if err != nil || j2 == nil || j2.ID != j1.ID || j2.Attempt != 2 {
		t.Fatalf("Claim after the lease = %+v, %v; want job %d attempt 2", j2, err, j1.ID)
	}
	for name, f := range map[string]func() error{
		"Complete": func() error { return dead.Complete(ctx, j1) },
		"Release":  func() error { return dead.Release(ctx, j1) },
		"Extend":   func() error { return dead.Extend(ctx, j1) },
		"Fail":     func() error { _, err := dead.Fail(ctx, j1, errors.New("late")); return err },
	} {
		if err := f(); !errors.Is(err, queue.ErrLeaseLost) {
			t.Errorf("%s(stale claim) = %v; want ErrLeaseLost", name, err)
		}
	}
	if err := live.Complete(ctx, j2); err != nil {
		t.Fatalf("Complete(new claim): %v", err)
	}
	in := lookup(t, live, "k", "job")
	if in.State != queue.Done || in.Attempts != 2 || in.Worker != "live" {
		t.Errorf("job = %s, %d attempts, worker %q; want done, 2, live", in.State, in.Attempts, in.Worker)
	}
}

// TestReleaseFence: a released claim cannot settle the job once it is
// claimed again, although the new claim has the same attempt number.
func TestReleaseFence(t *testing.T) {
	q := open(t, testSchema(t), queue.Options{})
	ctx := context.Background()
	mustEnqueue(t, q, queue.NewJob{Kind: "k", Key: "job"})
	j1, _ := q.Claim(ctx)
	if err := q.Release(ctx, j1); err != nil {
		t.Fatalf("Release: %v", err)
	}
	j2, err := q.Claim(ctx)
	if err != nil || j2 == nil || j2.Attempt != 1 {
		t.Fatalf("Claim after Release = %+v, %v; want attempt 1", j2, err)
	}
	if err := q.Complete(ctx, j1); !errors.Is(err, queue.ErrLeaseLost) {
		t.Errorf("Complete(released claim) = %v; want ErrLeaseLost", err)
	}
	if err := q.Complete(ctx, j2); err != nil {
		t.Errorf("Complete(new claim) = %v", err)
	}
}

// TestLeaseExpiryLastAttempt: a job whose worker dies on its last attempt
// is failed, not left running.
func TestLeaseExpiryLastAttempt(t *testing.T) {
	q := open(t, testSchema(t), queue.Options{Lease: 100 * time.Millisecond, MaxAttempts: 1})
	ctx := context.Background()
	mustEnqueue(t, q, queue.NewJob{Kind: "k", Key: "job"})
	if j, err := q.Claim(ctx); j == nil || err != nil {
		t.Fatalf("Claim = %v, %v; want a job", j, err)
	}
	time.Sleep(200 * time.Millisecond)
	if j, err := q.Claim(ctx); j != nil || err != nil {
		t.Fatalf("Claim after the last lease = %+v, %v; want nil, nil", j, err)
	}
	in := lookup(t, q, "k", "job")
	if in.State != queue.Failed || !strings.Contains(in.LastError, "lease expired") {
		t.Errorf("job = %s, %q; want failed, lease expired", in.State, in.LastError)
	}
	if idle, err := q.Idle(ctx); !idle || err != nil {
		t.Errorf("Idle = %v, %v; want true", idle, err)
	}
}

// TestBackoffThenFail: a job that always fails is retried after growing
// delays and ends failed after MaxAttempts, with its error kept.
func TestBackoffThenFail(t *testing.T) {
	q := open(t, testSchema(t), queue.Options{MaxAttempts: 3, BackoffBase: 50 * time.Millisecond, BackoffMax: time.Second})
	ctx := context.Background()
	mustEnqueue(t, q, queue.NewJob{Kind: "k", Key: "bad"})

	j, _ := q.Claim(ctx)
	start := time.Now()
	retry, err := q.Fail(ctx, j, errors.New("boom 1"))
	if !retry || err != nil {
		t.Fatalf("Fail(attempt 1) = %v, %v; want true, nil", retry, err)
	}
	in := lookup(t, q, "k", "bad")
	if in.State != queue.Pending || in.LastError != "boom 1" || !in.RunAfter.After(in.Created) {
		t.Errorf("after attempt 1: %s, %q, run_after %v (created %v); want pending, boom 1, later", in.State, in.LastError, in.RunAfter, in.Created)
	}
	if j, err := q.Claim(ctx); j != nil || err != nil {
		t.Errorf("Claim during backoff = %+v, %v; want nil", j, err)
	}

	var attempts []int
	var gaps []time.Duration
	stats, err := q.Work(ctx, map[string]queue.Handler{
		"k": func(ctx context.Context, j *queue.Job) error {
			attempts = append(attempts, j.Attempt)
			gaps = append(gaps, time.Since(start))
			start = time.Now()
			return fmt.Errorf("boom %d", j.Attempt)
		},
	}, queue.WorkOptions{ExitWhenIdle: true, Poll: 10 * time.Millisecond})
	if err != nil {
		t.Fatalf("Work: %v", err)
	}
	if fmt.Sprint(attempts) != "[2 3]" {
		t.Errorf("attempts run = %v; want [2 3]", attempts)
	}
	// Backoff after attempt n is in [base·2^(n-1)/2, base·2^(n-1)).
	for i, min := range []time.Duration{25 * time.Millisecond, 50 * time.Millisecond} {
		if i < len(gaps) && gaps[i] < min {
			t.Errorf("wait before attempt %d = %v; want at least %v", i+2, gaps[i], min)
		}
	}
	if stats != (queue.Stats{Retried: 1, Failed: 1}) {
		t.Errorf("Work stats = %+v; want 1 retried, 1 failed", stats)
	}
	in = lookup(t, q, "k", "bad")
	if in.State != queue.Failed || in.Attempts != 3 || in.LastError != "boom 3" || in.Finished.IsZero() {
		t.Errorf("job = %s, %d attempts, %q; want failed, 3, boom 3", in.State, in.Attempts, in.LastError)
	}
	if failed, err := q.Jobs(ctx, queue.Failed); err != nil || len(failed) != 1 || failed[0].Key != "bad" || failed[0].LastError != "boom 3" {
		t.Errorf("Jobs(failed) = %+v, %v; want the bad job, boom 3", failed, err)
	}
	if n, err := q.RetryFailed(ctx); n != 1 || err != nil {
		t.Errorf("RetryFailed = %d, %v; want 1", n, err)
	}
	if in := lookup(t, q, "k", "bad"); in.State != queue.Pending || in.Attempts != 0 {
		t.Errorf("after RetryFailed: %s, %d attempts; want pending, 0", in.State, in.Attempts)
	}
}

func TestPermanent(t *testing.T) {
	q := open(t, testSchema(t), queue.Options{})
	ctx := context.Background()
	mustEnqueue(t, q, queue.NewJob{Kind: "k", Key: "bad"})
	j, _ := q.Claim(ctx)
	if retry, err := q.Fail(ctx, j, queue.Permanent(errors.New("malformed"))); retry || err != nil {
		t.Fatalf("Fail(Permanent) = %v, %v; want false, nil", retry, err)
	}
	if in := lookup(t, q, "k", "bad"); in.State != queue.Failed || in.Attempts != 1 || in.LastError != "malformed" {
		t.Errorf("job = %s, %d, %q; want failed, 1, malformed", in.State, in.Attempts, in.LastError)
	}
	if queue.Permanent(nil) != nil {
		t.Errorf("Permanent(nil) != nil")
	}
}

// TestConcurrentClaims: claimers in several processes' worth of
// connections never get the same job, and together get every job.
func TestConcurrentClaims(t *testing.T) {
	dsn := testSchema(t)
	ctx := context.Background()
	const jobs, claimers = 300, 8
	qs := []*queue.Queue{open(t, dsn, queue.Options{Name: "a"}), open(t, dsn, queue.Options{Name: "b"})}
	for i := range jobs {
		mustEnqueue(t, qs[0], queue.NewJob{Kind: "k", Key: fmt.Sprint(i)})
	}
	var mu sync.Mutex
	seen := make(map[int64]int)
	var wg sync.WaitGroup
	for c := range claimers {
		wg.Go(func() {
			q := qs[c%len(qs)]
			for {
				j, err := q.Claim(ctx)
				if err != nil {
					t.Errorf("Claim: %v", err)
					return
				}
				if j == nil {
					return
				}
				mu.Lock()
				seen[j.ID]++
				mu.Unlock()
				if err := q.Complete(ctx, j); err != nil {
					t.Errorf("Complete(%d): %v", j.ID, err)
				}
			}
		})
	}
	wg.Wait()
	if len(seen) != jobs {
		t.Errorf("claimed %d distinct jobs; want %d", len(seen), jobs)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("job %d claimed %d times; want 1", id, n)
		}
	}
	n, err := qs[0].Counts(ctx)
	if err != nil || n[queue.Done] != jobs || len(n) != 1 {
		t.Errorf("Counts = %v, %v; want %d done", n, err, jobs)
	}
}

// TestWorkShutdown: cancelling Work releases the running job (attempt not
// counted) unless its handler finishes.
func TestWorkShutdown(t *testing.T) {
	q := open(t, testSchema(t), queue.Options{})
	mustEnqueue(t, q, queue.NewJob{Kind: "k", Key: "slow"})
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{})
	var stats queue.Stats
	var err error
	done := make(chan struct{})
	go func() {
		stats, err = q.Work(ctx, map[string]queue.Handler{"k": func(ctx context.Context, j *queue.Job) error {
			close(started)
			<-ctx.Done()
			return ctx.Err()
		}}, queue.WorkOptions{Poll: 10 * time.Millisecond})
		close(done)
	}()
	<-started
	cancel()
	<-done
	if !errors.Is(err, context.Canceled) || stats != (queue.Stats{Released: 1}) {
		t.Errorf("Work = %+v, %v; want 1 released, context.Canceled", stats, err)
	}
	in := lookup(t, q, "k", "slow")
	if in.State != queue.Pending || in.Attempts != 0 {
		t.Errorf("job = %s, %d attempts; want pending, 0", in.State, in.Attempts)
	}
}

// TestWorkExtendsLease: a handler running longer than the lease keeps its
// job, because Work extends the lease.
func TestWorkExtendsLease(t *testing.T) {
	dsn := testSchema(t)
	q := open(t, dsn, queue.Options{Lease: 150 * time.Millisecond})
	other := open(t, dsn, queue.Options{Name: "other"})
	mustEnqueue(t, q, queue.NewJob{Kind: "k", Key: "long"})
	ctx := context.Background()
	stats, err := q.Work(ctx, map[string]queue.Handler{"k": func(ctx context.Context, j *queue.Job) error {
		for range 5 {
			time.Sleep(100 * time.Millisecond)
			if j, err := other.Claim(ctx); j != nil || err != nil {
				return fmt.Errorf("other claimed %+v, %v during the handler", j, err)
			}
		}
		return nil
	}}, queue.WorkOptions{ExitWhenIdle: true, Poll: 10 * time.Millisecond})
	if err != nil || stats != (queue.Stats{Completed: 1}) {
		t.Errorf("Work = %+v, %v; want 1 completed", stats, err)
	}
}

func TestBackoff(t *testing.T) {
	base, max := time.Second, time.Minute
	tests := []struct {
		attempt int
		lo, hi  time.Duration // [lo, hi)
	}{
		{1, 500 * time.Millisecond, time.Second},
		{2, time.Second, 2 * time.Second},
		{4, 4 * time.Second, 8 * time.Second},
		{6, 16 * time.Second, 32 * time.Second},
		{7, 30 * time.Second, 60 * time.Second},
		{100, 30 * time.Second, 60 * time.Second},
	}
	for _, tt := range tests {
		for range 50 {
			if d := queue.Backoff(tt.attempt, base, max); d < tt.lo || d >= tt.hi {
				t.Errorf("Backoff(%d, %v, %v) = %v; want in [%v, %v)", tt.attempt, base, max, d, tt.lo, tt.hi)
				break
			}
		}
	}
}

// BenchmarkClaimComplete measures jobs claimed and completed per second by
// one claimer (no-op jobs, enqueued before the timer starts).
func BenchmarkClaimComplete(b *testing.B) {
	q := open(b, testSchema(b), queue.Options{})
	ctx := context.Background()
	for i := range b.N {
		mustEnqueue(b, q, queue.NewJob{Kind: "noop", Key: fmt.Sprint(i)})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		j, err := q.Claim(ctx)
		if err != nil || j == nil {
			b.Fatalf("Claim = %v, %v", j, err)
		}
		if err := q.Complete(ctx, j); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "jobs/s")
}

// BenchmarkWork measures jobs per second through Work with four
// goroutines (no-op handlers).
func BenchmarkWork(b *testing.B) {
	q := open(b, testSchema(b), queue.Options{})
	ctx := context.Background()
	for i := range b.N {
		mustEnqueue(b, q, queue.NewJob{Kind: "noop", Key: fmt.Sprint(i)})
	}
	b.ReportAllocs()
	b.ResetTimer()
	stats, err := q.Work(ctx, map[string]queue.Handler{"noop": func(context.Context, *queue.Job) error { return nil }},
		queue.WorkOptions{Concurrency: 4, ExitWhenIdle: true, Poll: time.Millisecond})
	if err != nil || stats.Completed != b.N {
		b.Fatalf("Work = %+v, %v; want %d completed", stats, err, b.N)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "jobs/s")
}
