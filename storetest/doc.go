// Package storetest is the conformance suite every chronicle.Store backend
// runs: Run(t, open) checks idempotent puts, the round trip of every layer,
// full-text search, event, quote and entity queries with complete cursor
// pagination, timelines, errors, concurrent writers and cancellation. The
// backends' benchmarks share BenchPut and BenchTimeline, over the seed
// document and GenerateEvents.
//
// Inputs are Documents built by hand (and the committed seed golden file
// cmd/chronicle/testdata/seed.golden.json when present); open must return an
// empty store each time it is called and arrange for it to be closed.
package storetest
