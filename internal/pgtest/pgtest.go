// Package pgtest gives tests a fresh schema of the PostgreSQL test
// database, so that tests of several packages can share one database
// (the one .ci/run starts) without seeing each other's tables.
//
// The database is named by the environment variable EnvDSN; without it the
// tests that ask for one are skipped with a message. Each schema has a
// random name after a prefix and is dropped when the test ends.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// EnvDSN names the environment variable holding the test database's DSN.
const EnvDSN = "CHRONICLE_TEST_POSTGRES"

// DSN returns the test database's DSN, or skips tb when EnvDSN is not set.
func DSN(tb testing.TB) string {
	tb.Helper()
	dsn := os.Getenv(EnvDSN)
	if dsn == "" {
		tb.Skipf("%s is not set: no PostgreSQL to test against (.ci/run starts one)", EnvDSN)
	}
	return dsn
}

// Schema creates a schema named prefix plus a random suffix in the test
// database (skipping tb without one), drops it when tb ends, and returns a
// connection whose search_path is that schema and a DSN that selects it.
func Schema(tb testing.TB, prefix string) (*pgx.Conn, string) {
	tb.Helper()
	dsn := DSN(tb)
	ctx := context.Background()
	b := make([]byte, 6)
	rand.Read(b)
	schema := prefix + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		tb.Fatalf("connect %s: %v", EnvDSN, err)
	}
	tb.Cleanup(func() { conn.Close(context.Background()) })
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		tb.Fatalf("create schema %s: %v", schema, err)
	}
	tb.Cleanup(func() {
		if _, err := conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
	})
	if _, err := conn.Exec(ctx, "SET search_path TO "+schema); err != nil {
		tb.Fatalf("set search_path: %v", err)
	}
	return conn, WithSearchPath(dsn, schema)
}

// WithSearchPath returns dsn with its search_path set to schema.
func WithSearchPath(dsn, schema string) string {
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return dsn + sep + "search_path=" + schema
}
