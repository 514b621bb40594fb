package queue

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"
)

// A Handler runs one claimed job. Returning nil completes the job; an
// error fails it (retried after Backoff unless Permanent or out of
// attempts). ctx is cancelled when Work's context is (the worker shuts
// down: the job is then released, not failed, unless the handler
// returns nil) or when the job's lease is lost.
type Handler func(ctx context.Context, j *Job) error

// WorkOptions configure Work. The zero value works.
type WorkOptions struct {
	// Concurrency is how many jobs run at once. Default 1.
	Concurrency int
	// ExitWhenIdle makes Work return once the queue is Idle: no job of any
	// kind pending or running, here or in another process.
	ExitWhenIdle bool
	// Poll is the wait between claims when no job is ready. Default 1s;
	// each wait is jittered to between Poll/2 and Poll.
	Poll time.Duration
	// OnDone, if set, is called after each job this Work ran is settled,
	// with the outcome; from several goroutines when Concurrency > 1.
	OnDone func(j *Job, o Outcome, err error)
}

// An Outcome is what became of a job a worker ran.
type Outcome int

// The outcomes of a run.
const (
	Completed Outcome = iota // the handler succeeded; the job is done
	Retried                  // the handler failed; the job is pending again, after a backoff
	Abandoned                // the handler failed for good; the job is failed
	Released                 // the worker shut down; the job is pending again, the attempt not counted
	Lost                     // the lease was lost to another claim; this run's result was dropped
)

var outcomeNames = [...]string{"completed", "retried", "failed", "released", "lost"}

func (o Outcome) String() string {
	if int(o) < len(outcomeNames) {
		return outcomeNames[o]
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// Stats count the outcomes of the jobs one Work call ran.
type Stats struct {
	Completed, Retried, Failed, Released, Lost int
}

func (s *Stats) add(o Outcome) {
	switch o {
	case Completed:
		s.Completed++
	case Retried:
		s.Retried++
	case Abandoned:
		s.Failed++
	case Released:
		s.Released++
	case Lost:
		s.Lost++
	}
}

// settleTimeout bounds the update that settles a job after its handler
// returned, which runs even when the worker is shutting down.
const settleTimeout = 30 * time.Second

// Work claims and runs jobs of the kinds in handlers, Concurrency at a
// time, until ctx is cancelled or, with ExitWhenIdle, the queue is idle.
// While a handler runs, its lease is extended every Lease/3. It returns
// the outcomes counted, and ctx.Err() if it stopped because ctx was
// cancelled; a database error stops every goroutine and is returned (the
// jobs then running are released).
func (q *Queue) Work(ctx context.Context, handlers map[string]Handler, opts WorkOptions) (Stats, error) {
	if len(handlers) == 0 {
		return Stats{}, errors.New("queue: work: no handlers")
	}
	if opts.Concurrency <= 0 {
		opts.Concurrency = 1
	}
	if opts.Poll <= 0 {
		opts.Poll = time.Second
	}
	kinds := make([]string, 0, len(handlers))
	for k := range handlers {
		kinds = append(kinds, k)
	}
	// stop ends the other loops after a database error, as if shut down;
	// idle ends them when one finds the queue idle (no job runs anywhere,
	// so none runs here either); wake rouses a waiting loop when a job
	// ends here, since it may have enqueued others.
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	idle, idleStop := context.WithCancel(wctx)
	defer idleStop()
	w := &waiter{idle: idle, idleStop: idleStop, wake: make(chan struct{}, opts.Concurrency)}
	var (
		mu    sync.Mutex
		stats Stats
		first error
		wg    sync.WaitGroup
	)
	for range opts.Concurrency {
		wg.Go(func() {
			err := q.loop(wctx, w, kinds, handlers, opts, func(o Outcome) {
				mu.Lock()
				stats.add(o)
				mu.Unlock()
			})
			if err != nil && wctx.Err() == nil {
				mu.Lock()
				if first == nil {
					first = err
				}
				mu.Unlock()
				stop()
			}
		})
	}
	wg.Wait()
	if first != nil {
		return stats, first
	}
	return stats, ctx.Err()
}

// A waiter coordinates the waits of Work's goroutines.
type waiter struct {
	idle     context.Context // done once the queue was found idle
	idleStop func()
	wake     chan struct{}
}

// loop is one of Work's goroutines.
func (q *Queue) loop(ctx context.Context, w *waiter, kinds []string, handlers map[string]Handler, opts WorkOptions, count func(Outcome)) error {
	for ctx.Err() == nil && w.idle.Err() == nil {
		// A claim is never abandoned half-way: cancelled in flight, its
		// update could commit on the server while the worker never learns
		// of the job, which would then wait out its lease. Claim outside
		// ctx, and give the job straight back if ctx ended meanwhile.
		cctx, cdone := context.WithTimeout(context.WithoutCancel(ctx), settleTimeout)
		j, err := q.Claim(cctx, kinds...)
		cdone()
		if err != nil {
			return err
		}
		if j != nil && ctx.Err() != nil {
			rctx, rdone := context.WithTimeout(context.WithoutCancel(ctx), settleTimeout)
			err := q.Release(rctx, j)
			rdone()
			if err == nil {
				count(Released)
			}
			return err
		}
		if j != nil {
			o, err := q.run(ctx, j, handlers[j.Kind])
			count(o)
			if opts.OnDone != nil {
				opts.OnDone(j, o, err)
			}
			select {
			case w.wake <- struct{}{}:
			default:
			}
			continue
		}
		if opts.ExitWhenIdle {
			idle, err := q.Idle(ctx)
			if err != nil {
				return err
			}
			if idle {
				w.idleStop()
				return nil
			}
		}
		wait := opts.Poll/2 + rand.N(opts.Poll/2+1)
		select {
		case <-ctx.Done():
		case <-w.idle.Done():
		case <-w.wake:
		case <-time.After(wait):
		}
	}
	return nil
}

// run runs the claimed job j with h, extending its lease meanwhile, and
// settles it. The error is the handler's or the settling update's.
func (q *Queue) run(ctx context.Context, j *Job, h Handler) (Outcome, error) {
	jctx, cancel := context.WithCancel(ctx)
	lost := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(max(q.opts.Lease/3, time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-jctx.Done():
				return
			case <-t.C:
				if err := q.Extend(jctx, j); errors.Is(err, ErrLeaseLost) {
					close(lost)
					cancel()
					return
				} else if err != nil && jctx.Err() == nil {
					q.log.Warn("queue: extend lease", "kind", j.Kind, "key", j.Key, "err", err)
				}
			}
		}
	})
	herr := h(jctx, j)
	cancel()
	wg.Wait()

	sctx, done := context.WithTimeout(context.WithoutCancel(ctx), settleTimeout)
	defer done()
	select {
	case <-lost:
		q.log.Warn("queue: lease lost while running", "kind", j.Kind, "key", j.Key, "attempt", j.Attempt)
		return Lost, herr
	default:
	}
	var err error
	switch {
	case herr == nil:
		err = q.Complete(sctx, j)
		if err == nil {
			return Completed, nil
		}
	case ctx.Err() != nil:
		err = q.Release(sctx, j)
		if err == nil {
			return Released, herr
		}
	default:
		var retry bool
		retry, err = q.Fail(sctx, j, herr)
		if err == nil {
			if retry {
				return Retried, herr
			}
			return Abandoned, herr
		}
	}
	if errors.Is(err, ErrLeaseLost) {
		q.log.Warn("queue: lease lost while running", "kind", j.Kind, "key", j.Key, "attempt", j.Attempt)
		return Lost, err
	}
	// The job stays running under this claim; its lease will expire and
	// another claim will run it again.
	q.log.Error("queue: settle job", "kind", j.Kind, "key", j.Key, "err", err)
	return Lost, err
}
