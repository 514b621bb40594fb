package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"chronicle"
	"chronicle/postgres"
	"chronicle/storetest"
)

// dsnVar names the environment variable holding the test database's DSN.
const dsnVar = "CHRONICLE_TEST_POSTGRES"

// testDSN returns the test database's DSN or skips the test.
func testDSN(t testing.TB) string {
	dsn := os.Getenv(dsnVar)
	if dsn == "" {
		t.Skipf("%s is not set: no PostgreSQL to test against (.ci/run starts one)", dsnVar)
	}
	return dsn
}

// open returns a Store in a new schema of the test database, dropped when
// the test ends.
func open(t *testing.T) chronicle.Store {
	t.Helper()
	ctx := context.Background()
	dsn := testDSN(t)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "test_" + hex.EncodeToString(b)
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect %s: %v", dsnVar, err)
	}
	t.Cleanup(func() { admin.Close(context.Background()) })
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema: %v", err)
		}
	})
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	s, err := postgres.Open(ctx, dsn+sep+"search_path="+schema, postgres.Options{})
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
