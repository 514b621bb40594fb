package postgres_test

import (
	"context"
	"errors"
	"testing"

	"chronicle"
	"chronicle/internal/pgtest"
	"chronicle/postgres"
	"chronicle/storetest"
)

// testDSN returns the test database's DSN or skips the test.
func testDSN(t testing.TB) string { return pgtest.DSN(t) }

// open returns a Store in a new schema of the test database, dropped when
// the test ends.
func open(t *testing.T) chronicle.Store { return openTB(t) }

func openTB(t testing.TB) *postgres.Store {
	t.Helper()
	ctx := context.Background()
	_, dsn := pgtest.Schema(t, "test_")
	s, err := postgres.Open(ctx, dsn, postgres.Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	testDSN(t)
	storetest.Run(t, open)
}

// TestOpenConcurrently starts several stores on one empty schema at once,
// as workers starting together do: the migrations run once.
func TestOpenConcurrently(t *testing.T) {
	first := open(t).(*postgres.Store)
	ctx := context.Background()
	var schema string
	if err := first.Pool().QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		t.Fatal(err)
	}
	// A second empty schema, opened by four stores at once.
	other := schema + "_b"
	if _, err := first.Pool().Exec(ctx, "CREATE SCHEMA "+other); err != nil {
		t.Fatal(err)
	}
	defer first.Pool().Exec(context.Background(), "DROP SCHEMA "+other+" CASCADE")
	dsn := pgtest.WithSearchPath(testDSN(t), other)
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			s, err := postgres.Open(ctx, dsn, postgres.Options{MaxConns: 2})
			if err == nil {
				s.Close()
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Errorf("concurrent Open error: %v", err)
		}
	}
	var n, want int
	if err := first.Pool().QueryRow(ctx, "SELECT count(*) FROM schema_migrations").Scan(&want); err != nil {
		t.Fatal(err)
	}
	if err := first.Pool().QueryRow(ctx, "SELECT count(*) FROM "+other+".schema_migrations").Scan(&n); err != nil || n != want {
		t.Errorf("schema_migrations rows = %d, %v; want %d", n, err, want)
	}
}

func TestOpenBadDSN(t *testing.T) {
	if _, err := postgres.Open(context.Background(), "postgres://%zz", postgres.Options{}); !errors.Is(err, chronicle.ErrInvalid) {
		t.Errorf("Open(bad DSN) error = %v; want ErrInvalid", err)
	}
}
