package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"chronicle"
)

// BenchPut stores b.N distinct copies of the seed document (52 mentions,
// 14 entities, 19 quotes; the same spans, a new text each) into s, an
// empty store, and reports documents per second.
func BenchPut(b *testing.B, s chronicle.Store) {
	ctx := context.Background()
	seed := SeedDocument(b)
	docs := make([]chronicle.Document, b.N)
	for i := range docs {
		d := *seed
		d.Text = seed.Text + fmt.Sprintf("\n%d", i) // a new text, the same spans
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

// BenchTimeline times an actor-pair timeline (USA and CHN) by week over
// 100,000 generated events (GenerateEvents: 1,000 documents of 100 events)
// put into s, an empty store, and reports the p50 and p99 latency of the
// queries it ran.
func BenchTimeline(b *testing.B, s chronicle.Store) {
	ctx := context.Background()
	const docs, perDoc = 1000, 100
	if err := GenerateEvents(ctx, s, docs, perDoc); err != nil {
		b.Fatal(err)
	}
	var times []time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		t0 := time.Now()
		tl, err := s.Timeline(ctx, chronicle.TimelineQuery{ActorA: "USA", ActorB: "CHN", By: chronicle.PeriodWeek})
		if err != nil || len(tl.Buckets) == 0 {
			b.Fatalf("Timeline = %d buckets, %v", len(tl.Buckets), err)
		}
		times = append(times, time.Since(t0))
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
}
