package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"strconv"
	"sync"
	"time"

	"chronicle"
	"chronicle/internal/storerows"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Options configure a Store. The zero value works.
type Options struct {
	Logger      *slog.Logger  // nil discards logs
	BusyTimeout time.Duration // how long a write waits for the lock; 0 means 10s
	// ReadOnly opens an existing database without writing to it: no
	// migration (its schema must already be the latest, else Open fails
	// with chronicle.ErrInvalid) and every write fails. It is for readers
	// that may not write the file or its directory.
	ReadOnly bool
	// CacheMiB sizes each connection's page cache; 0 keeps SQLite's 2 MiB.
	// A bulk writer gains from 16 (it keeps the indexes an ingest updates
	// in memory: 4-6 % off ingesting the BBC corpus, as much as 64 gives);
	// a server with many reading connections pays it per connection.
	CacheMiB int
}

// Store is a chronicle.Store in one SQLite file.
type Store struct {
	db  *sql.DB
	log *slog.Logger
	mu  sync.Mutex // serialises writers: SQLite has one

	readOnly bool // opened with Options.ReadOnly
}

var _ chronicle.Store = (*Store)(nil)

// Open opens (creating if needed) the SQLite database at path, migrates it
// to the latest schema and returns a Store. The path ":memory:" opens a
// private in-memory database on one connection. With opts.ReadOnly the
// database must exist and is only checked, not migrated.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	if path == "" {
		return nil, &chronicle.StoreError{Op: "sqlite: open", Err: fmt.Errorf("%w: empty path", chronicle.ErrInvalid)}
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	busy := opts.BusyTimeout
	if busy <= 0 {
		busy = 10 * time.Second
	}
	if opts.ReadOnly {
		return openReadOnly(ctx, path, busy, log)
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.FormatInt(busy.Milliseconds(), 10)+")")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(ON)")
	if opts.CacheMiB > 0 {
		q.Add("_pragma", "cache_size(-"+strconv.Itoa(min(opts.CacheMiB, 1<<20)*1024)+")")
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, &chronicle.StoreError{Op: "sqlite: open", ID: path, Err: err}
	}
	if path == ":memory:" {
		db.SetMaxOpenConns(1) // every connection would have its own database
	}
	s := &Store{db: db, log: log}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, &chronicle.StoreError{Op: "sqlite: migrate", ID: path, Err: err}
	}
	return s, nil
}

// openReadOnly opens the existing database at path read-only (mode=ro)
// and checks that its schema is the latest. A database in WAL mode is read
// through its -shm file, which a reader who may not write the directory
// cannot create once the last writer has removed it; such a database,
// when no -wal file shows a writer, is opened as immutable instead.
func openReadOnly(ctx context.Context, path string, busy time.Duration, log *slog.Logger) (*Store, error) {
	if path == ":memory:" {
		return nil, &chronicle.StoreError{Op: "sqlite: open", ID: path, Err: fmt.Errorf("%w: a read-only database must exist", chronicle.ErrInvalid)}
	}
	if _, err := os.Stat(path); err != nil {
		return nil, &chronicle.StoreError{Op: "sqlite: open", ID: path, Err: err}
	}
	open := func(immutable bool) (*Store, error) {
		q := url.Values{}
		q.Add("_pragma", "busy_timeout("+strconv.FormatInt(busy.Milliseconds(), 10)+")")
		q.Add("_pragma", "foreign_keys(ON)")
		q.Set("mode", "ro")
		if immutable {
			q.Set("immutable", "1")
		}
		db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
		if err != nil {
			return nil, err
		}
		s := &Store{db: db, log: log, readOnly: true}
		if err := s.checkSchema(ctx); err != nil {
			db.Close()
			return nil, err
		}
		return s, nil
	}
	s, err := open(false)
	if err != nil && !errors.Is(err, chronicle.ErrInvalid) {
		if _, werr := os.Stat(path + "-wal"); errors.Is(werr, fs.ErrNotExist) {
			s, err = open(true)
		}
	}
	if err != nil {
		return nil, &chronicle.StoreError{Op: "sqlite: open read-only", ID: path, Err: err}
	}
	return s, nil
}

// checkSchema fails with chronicle.ErrInvalid unless every embedded
// migration is recorded in schema_migrations.
func (s *Store) checkSchema(ctx context.Context) error {
	ms, err := storerows.LoadMigrations(migrations)
	if err != nil {
		return err
	}
	var have int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&have); err != nil {
		return err
	}
	if have < len(ms) {
		return fmt.Errorf("%w: schema has %d of %d migrations; open it once with write access (chronicle ingest) to migrate it", chronicle.ErrInvalid, have, len(ms))
	}
	return nil
}

// Close gathers the planner statistics SQLite recommends (PRAGMA
// optimize) and closes the database.
func (s *Store) Close() error {
	if s.readOnly {
		return s.db.Close()
	}
	if _, err := s.db.Exec(`PRAGMA optimize`); err != nil {
		s.log.Warn("PRAGMA optimize failed", "err", err)
	}
	return s.db.Close()
}

// DB returns the underlying database, for tests and tools that need SQL.
func (s *Store) DB() *sql.DB { return s.db }

// migrate applies the migrations not yet recorded in schema_migrations,
// each in its own transaction.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := storerows.LoadMigrations(migrations)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`); err != nil {
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
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.Version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)`,
		m.Version, m.Name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	s.log.Info("migrated", "version", m.Version, "name", m.Name)
	return tx.Commit()
}

// wrap makes err a *chronicle.StoreError for op, mapping sql.ErrNoRows to
// chronicle.ErrNotFound.
func wrap(op, id string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		err = chronicle.ErrNotFound
	}
	return &chronicle.StoreError{Op: "sqlite: " + op, ID: id, Err: err}
}
