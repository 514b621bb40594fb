package postgres_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"chronicle"
	"chronicle/storetest"
)

// BenchmarkPutDocument stores distinct copies of the seed document and
// reports documents per second.
func BenchmarkPutDocument(b *testing.B) {
	ctx := context.Background()
	seed := storetest.SeedDocument(b)
	s := openTB(b)
	docs := make([]chronicle.Document, b.N)
	for i := range docs {
		d := *seed
		d.Text = seed.Text + fmt.Sprintf("\n%d", i)
		d.ID = chronicle.DocumentID(d.Text)
		docs[i] = d
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := range docs {
		if _, created, err := s.PutDocument(ctx, &docs[i], chronicle.ArticleSource{Path: "seed"}); err != nil || !created {
			b.Fatalf("PutDocument = %v, %v", created, err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "docs/s")
}

// BenchmarkTimeline times an actor-pair timeline by week over 100,000
// generated events and reports p50 and p99 latency.
func BenchmarkTimeline(b *testing.B) {
	ctx := context.Background()
	s := openTB(b)
	if err := storetest.GenerateEvents(ctx, s, 1000, 100); err != nil {
		b.Fatal(err)
	}
	var times []time.Duration
	b.ReportAllocs()
	for b.Loop() {
		t0 := time.Now()
		bs, err := s.Timeline(ctx, "USA", "CHN", chronicle.PeriodWeek)
		if err != nil || len(bs) == 0 {
			b.Fatalf("Timeline = %d buckets, %v", len(bs), err)
		}
		times = append(times, time.Since(t0))
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
}
