package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"sync"
	"syscall"
	"time"

	"chronicle"
	"chronicle/ingest"
)

// runBench implements `chronicle bench [--workers N] [DIR|FILE]`: it runs
// the whole extract pipeline over a corpus and prints throughput, the share
// of time each stage takes and peak memory. The last line is
// `tokens/s per core: N`.
func runBench(ctx context.Context, e *env, args []string) error {
	fs := e.newFlagSet("bench", "[DIR|FILE]")
	workers := fs.Int("workers", 1, "documents analysed in parallel")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` given to every article")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the analysis to `FILE`")
	memProfile := fs.String("memprofile", "", "write an allocation profile (taken after the run) to `FILE`")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if *workers < 1 || *workers > 256 {
		return usagef("bench: --workers %d: want 1 to 256", *workers)
	}
	pub, err := parsePublished(*published)
	if err != nil {
		return err
	}
	input := filepath.Join(sharedData, "corpus", "bbc-news")
	if fs.NArg() > 0 {
		input = fs.Arg(0)
	}
	var articles []*chronicle.Article
	in := ingest.New(ingest.Options{MaxItems: 1 << 20, Logger: e.log})
	if err := in.Each(ctx, input, e.stdin, func(a *chronicle.Article) error {
		if pub != "" {
			a.Meta.Published = chronicle.Published{Value: pub, Source: chronicle.DateUser}
		}
		articles = append(articles, a)
		return nil
	}); err != nil {
		return err
	}
	p, err := newPipeline(pipelineOptions{Logger: e.log})
	if err != nil {
		return err
	}
	timer := &stageTimer{d: map[string]time.Duration{}}
	timed := timer.wrap(p)

	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	var bytes, tokens, failed int64
	var mu sync.Mutex
	jobs := make(chan *chronicle.Article)
	var wg sync.WaitGroup
	cpu0 := cpuTime()
	start := time.Now()
	for range *workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range jobs {
				doc, err := timed.Run(ctx, a)
				mu.Lock()
				bytes += int64(len(a.Body))
				if err != nil {
					failed++
				} else {
					tokens += int64(len(doc.Tokens))
				}
				mu.Unlock()
			}
		}()
	}
	for _, a := range articles {
		if ctx.Err() != nil {
			break
		}
		jobs <- a
	}
	close(jobs)
	wg.Wait()
	wall := time.Since(start)
	cpu := cpuTime() - cpu0
	if err := ctx.Err(); err != nil {
		return err
	}
	n := float64(len(articles))
	fmt.Fprintf(e.stdout, "input %s\narticles %d (failed %d)\nbytes %d\ntokens %d\nworkers %d\nwall %s\ncpu %s\n",
		input, len(articles), failed, bytes, tokens, *workers, wall.Round(time.Millisecond), cpu.Round(time.Millisecond))
	fmt.Fprintf(e.stdout, "articles/s %.1f\nMB/s %.2f\n", n/wall.Seconds(), float64(bytes)/1e6/wall.Seconds())
	timer.print(e)
	fmt.Fprintf(e.stdout, "peak RSS %d MB\n", peakRSS()>>20)
	if *memProfile != "" {
		if err := writeHeapProfile(*memProfile); err != nil {
			return err
		}
	}
	// Per core: tokens over the CPU time the process used, so the figure
	// does not depend on how many cores were free.
	fmt.Fprintf(e.stdout, "tokens/s per core: %.0f\n", float64(tokens)/cpu.Seconds())
	return nil
}

// writeHeapProfile writes the allocation profile (every allocation since
// the start, sampled) to path.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("bench: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	return nil
}

// stageTimer accumulates the time spent in each stage.
type stageTimer struct {
	mu sync.Mutex
	d  map[string]time.Duration
}

// wrap returns a copy of p whose preparer and stages record their time.
func (t *stageTimer) wrap(p *chronicle.Pipeline) *chronicle.Pipeline {
	q := &chronicle.Pipeline{}
	prep := p.Prepare
	q.Prepare = chronicle.PreparerFunc(func(ctx context.Context, a *chronicle.Article) (*chronicle.Document, error) {
		s := time.Now()
		doc, err := prep.Prepare(ctx, a)
		t.add("clean", time.Since(s))
		return doc, err
	})
	for _, st := range p.Stages {
		ann := st.Annotator
		name := st.Name
		q.Stages = append(q.Stages, chronicle.Stage{Name: name, Annotator: chronicle.AnnotatorFunc(
			func(ctx context.Context, doc *chronicle.Document) error {
				s := time.Now()
				err := ann.Annotate(ctx, doc)
				t.add(name, time.Since(s))
				return err
			})})
	}
	return q
}

func (t *stageTimer) add(name string, d time.Duration) {
	t.mu.Lock()
	t.d[name] += d
	t.mu.Unlock()
}

// print writes each stage's share of the total stage time, largest first.
func (t *stageTimer) print(e *env) {
	var total time.Duration
	names := make([]string, 0, len(t.d))
	for n, d := range t.d {
		total += d
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return t.d[names[i]] > t.d[names[j]] })
	for _, n := range names {
		fmt.Fprintf(e.stdout, "stage %-9s %5.1f%% %s\n", n, 100*float64(t.d[n])/float64(max(total, 1)), t.d[n].Round(time.Millisecond))
	}
}

// cpuTime returns the user+system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS returns the process's peak resident set size in bytes.
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	if runtime.GOOS == "darwin" {
		return ru.Maxrss
	}
	return ru.Maxrss << 10
}
