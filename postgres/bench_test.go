package postgres_test

import (
	"testing"

	"chronicle/storetest"
)

// BenchmarkPutDocument stores distinct copies of the seed document and
// reports documents per second.
func BenchmarkPutDocument(b *testing.B) { storetest.BenchPut(b, openTB(b)) }

// BenchmarkTimeline times an actor-pair timeline by week over 100,000
// generated events and reports p50 and p99 latency.
func BenchmarkTimeline(b *testing.B) { storetest.BenchTimeline(b, openTB(b)) }
