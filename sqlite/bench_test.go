package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"chronicle/sqlite"
	"chronicle/storetest"
)

// openBench returns an empty Store in a new SQLite file, closed when b ends.
func openBench(b *testing.B) *sqlite.Store {
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkPutDocument stores distinct copies of the seed document into
// one SQLite file and reports documents per second.
func BenchmarkPutDocument(b *testing.B) { storetest.BenchPut(b, openBench(b)) }

// BenchmarkTimeline times an actor-pair timeline by week over 100,000
// generated events and reports p50 and p99 latency.
func BenchmarkTimeline(b *testing.B) { storetest.BenchTimeline(b, openBench(b)) }
