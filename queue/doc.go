// Package queue is a job queue in PostgreSQL, for Chronicle workers on many
// machines sharing one database: every job is completed once, retried with
// backoff when it fails, and taken over when its worker dies.
//
// # Jobs
//
// A job has a kind (which Handler runs it), a key unique within its kind,
// and a payload of bytes for the handler. Enqueueing a (kind, key) that
// exists adds nothing, so every process of a deployment may enqueue the same
// inputs and each is still one job (NewJob.Rerun re-arms a finished job, for
// inputs meant to be read again, such as feeds). EnqueueAll adds a batch in
// one transaction, in (kind, key) order so that overlapping batches do not
// deadlock. Completed jobs keep their row (and so their key) but drop their
// payload.
//
// A job is pending, running, done or failed. Claim takes the oldest ready
// job — pending with its run_after passed, or running with its lease
// (locked_until) expired because its worker died or hung — in a single
// UPDATE over SELECT … FOR UPDATE SKIP LOCKED: concurrent claimers never get
// the same job and never wait for each other. Each claim increments the
// job's attempts and its claims counter, and is fenced by the latter:
// Complete, Fail, Release and Extend change the job only while it is still
// running under the same claim, and otherwise return ErrLeaseLost, so a
// worker that lost its lease cannot overwrite the outcome of the claim that
// replaced it. Fail puts the job back to pending after Backoff (exponential
// with equal jitter) until MaxAttempts attempts have been made, then marks
// it failed with its last error kept; a Permanent error fails it at once.
// Release (a worker shutting down) makes it pending again without counting
// the attempt. A running job whose lease expires on its last attempt is
// failed by the next Claim that finds nothing to do. Times are the
// database's now(), so workers' clocks need not agree.
//
// Work runs handlers for claimed jobs, Concurrency at a time, extending each
// lease every Lease/3 while its handler runs, until its context is cancelled
// (jobs running then are completed if their handler succeeds, else released)
// or, with ExitWhenIdle, until no job is pending or running anywhere.
//
// Delivery is at least once: a job whose worker dies after the handler's
// effects but before Complete runs again when its lease expires. Handlers
// must therefore be idempotent; Chronicle's are, since the store keys
// documents by content hash. For the same reason claims and outcomes are
// committed without waiting for the disk (synchronous_commit off: one lost
// in a server crash only runs a job again), while enqueues are durable.
//
// # Storage
//
// Open applies the embedded migrations (migrations/NNN_name.sql, in order,
// each in a transaction under an advisory lock, recorded in
// queue_migrations) to the schema the DSN selects; the queue's table,
// queue_jobs, can share a schema with the postgres store, whose migrations
// are separate (schema_migrations).
//
// # Why not river
//
// github.com/riverqueue/river was considered. It is well made and has unique
// jobs, retries and stuck-job rescue, but it brings its own migration
// system and several tables (jobs, leaders, queues, clients), leader
// election, periodic jobs and a module graph many times this package's
// size, and Chronicle uses none of that. What Chronicle needs — keys over
// arbitrary inputs, leases of seconds renewed by a heartbeat and fenced
// against stale claims, exit-when-idle for batch runs, deterministic
// tests of those behaviours — takes one table and about five hundred lines
// here, all of which its tests exercise.
package queue
