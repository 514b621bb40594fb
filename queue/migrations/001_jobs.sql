-- Jobs: one row per (kind, key), whatever its state. The queue's clock is
-- the database's now(), so workers on machines with skewed clocks agree.
CREATE TABLE queue_jobs (
	id           BIGSERIAL PRIMARY KEY,
	kind         TEXT NOT NULL,
	key          TEXT NOT NULL,
	payload      BYTEA NOT NULL,
	state        TEXT NOT NULL DEFAULT 'pending'
	             CHECK (state IN ('pending', 'running', 'done', 'failed')),
	attempts     INTEGER NOT NULL DEFAULT 0,     -- attempts so far (a released claim is not one)
	claims       BIGINT NOT NULL DEFAULT 0,      -- claims ever made: fences each claim's updates
	max_attempts INTEGER NOT NULL CHECK (max_attempts > 0),
	run_after    TIMESTAMPTZ NOT NULL DEFAULT now(), -- not claimed before this
	locked_until TIMESTAMPTZ,                    -- a running job's lease
	worker       TEXT NOT NULL DEFAULT '',       -- who claimed it last
	last_error   TEXT NOT NULL DEFAULT '',
	created      TIMESTAMPTZ NOT NULL DEFAULT now(),
	finished     TIMESTAMPTZ,
	UNIQUE (kind, key)
);

-- Claims look only at live jobs, oldest first.
CREATE INDEX queue_jobs_live ON queue_jobs (run_after, id) WHERE state IN ('pending', 'running');
