package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"log/slog"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"chronicle"
	"chronicle/internal/storerows"
)

//go:embed migrations/*.sql
var migrations embed.FS

// migrationLock is the advisory lock key held while migrating.
const migrationLock = 7_240_711_001

// Options configure a Store. The zero value works.
type Options struct {
	Logger   *slog.Logger // nil discards logs
	MaxConns int32        // pool size; 0 means pgxpool's default
}

// Store is a chronicle.Store in a PostgreSQL database.
type Store struct {
	pool *pgxpool.Pool
	log  *slog.Logger
}

var _ chronicle.Store = (*Store)(nil)

// Open connects to the database named by dsn (a postgres:// URL or a
// key=value string, as libpq reads them), migrates it to the latest schema
// and returns a Store.
func Open(ctx context.Context, dsn string, opts Options) (*Store, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, &chronicle.StoreError{Op: "postgres: open", Err: fmt.Errorf("%w DSN: %v", chronicle.ErrInvalid, err)}
	}
	if opts.MaxConns > 0 {
		cfg.MaxConns = opts.MaxConns
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, &chronicle.StoreError{Op: "postgres: open", Err: err}
	}
	s := &Store{pool: pool, log: log}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, &chronicle.StoreError{Op: "postgres: migrate", Err: err}
	}
	return s, nil
}

// Close closes the connection pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Pool returns the connection pool, for tests and tools that need SQL.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// migrate applies the migrations not yet recorded in schema_migrations,
// each in its own transaction holding the migration lock.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := storerows.LoadMigrations(migrations)
	if err != nil {
		return err
	}
	for _, m := range ms {
		if err := s.apply(ctx, m); err != nil {
			return fmt.Errorf("%s: %w", m.Name, err)
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, m storerows.Migration) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TIMESTAMPTZ NOT NULL DEFAULT now())`); err != nil {
		return err
	}
	var n int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM schema_migrations WHERE version = $1`, m.Version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.Exec(ctx, m.SQL, pgx.QueryExecModeSimpleProtocol); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
		return err
	}
	s.log.Info("migrated", "version", m.Version, "name", m.Name)
	return tx.Commit(ctx)
}

// wrap makes err a *chronicle.StoreError for op, mapping pgx.ErrNoRows to
// chronicle.ErrNotFound.
func wrap(op, id string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, pgx.ErrNoRows) {
		err = chronicle.ErrNotFound
	}
	return &chronicle.StoreError{Op: "postgres: " + op, ID: id, Err: err}
}
