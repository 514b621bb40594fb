package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"sync"
	"time"

	"chronicle"
	"chronicle/ingest"
	"chronicle/internal/cputime"
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
	stageCPU := fs.Bool("stage-cpu", false, "also time each stage by the CPU time of its thread (locks each worker to a thread, which costs a little)")
	memLimit := fs.Int("memlimit", 0, "soft memory limit of the Go heap in `MiB` (0: GOMEMLIMIT, else 256)")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if *workers < 1 || *workers > 256 {
		return usagef("bench: --workers %d: want 1 to 256", *workers)
	}
	if *memLimit > 0 {
		debug.SetMemoryLimit(int64(*memLimit) << 20)
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
	timer := &stageTimer{d: map[string]time.Duration{}, cpu: map[string]time.Duration{}, threadCPU: *stageCPU}
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
	cpu0 := cputime.Process()
	start := time.Now()
	for range *workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if *stageCPU {
				// One thread per worker, so that the stage timer can
				// read the CPU time of the thread.
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
			}
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
	cpu := cputime.Process() - cpu0
	if err := ctx.Err(); err != nil {
		return err
	}
	n := float64(len(articles))
	fmt.Fprintf(e.stdout, "input %s\narticles %d (failed %d)\nbytes %d\ntokens %d\nworkers %d\nwall %s\ncpu %s\n",
		input, len(articles), failed, bytes, tokens, *workers, wall.Round(time.Millisecond), cpu.Round(time.Millisecond))
	fmt.Fprintf(e.stdout, "articles/s %.1f\nMB/s %.2f\n", n/wall.Seconds(), float64(bytes)/1e6/wall.Seconds())
	timer.print(e, tokens)
	fmt.Fprintf(e.stdout, "peak RSS %d MB\n", cputime.PeakRSS()>>20)
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

// stageTimer accumulates the wall time and, where the platform tells, the
// CPU time of the calling thread spent in each stage.
type stageTimer struct {
	mu        sync.Mutex
	d         map[string]time.Duration
	cpu       map[string]time.Duration
	threadCPU bool // read the thread's CPU time around each stage
}

// now returns the wall clock and, if t reads it, the thread's CPU time.
func (t *stageTimer) now() (time.Time, time.Duration) {
	if t.threadCPU {
		return time.Now(), threadCPU()
	}
	return time.Now(), 0
}

// since records the time of stage name since s and c.
func (t *stageTimer) since(name string, s time.Time, c time.Duration) {
	var cpu time.Duration
	if t.threadCPU {
		cpu = threadCPU() - c
	}
	t.add(name, time.Since(s), cpu)
}

// wrap returns a copy of p whose preparer and stages record their time.
func (t *stageTimer) wrap(p *chronicle.Pipeline) *chronicle.Pipeline {
	q := &chronicle.Pipeline{}
	prep := p.Prepare
	q.Prepare = chronicle.PreparerFunc(func(ctx context.Context, a *chronicle.Article) (*chronicle.Document, error) {
		s, c := t.now()
		doc, err := prep.Prepare(ctx, a)
		t.since("clean", s, c)
		return doc, err
	})
	for _, st := range p.Stages {
		ann := st.Annotator
		name := st.Name
		q.Stages = append(q.Stages, chronicle.Stage{Name: name, Annotator: chronicle.AnnotatorFunc(
			func(ctx context.Context, doc *chronicle.Document) error {
				s, c := t.now()
				err := ann.Annotate(ctx, doc)
				t.since(name, s, c)
				return err
			})})
	}
	return q
}

func (t *stageTimer) add(name string, d, cpu time.Duration) {
	t.mu.Lock()
	t.d[name] += d
	t.cpu[name] += cpu
	t.mu.Unlock()
}

// print writes each stage's share of the total stage time, largest
// first: of CPU time with --stage-cpu where the platform gives a thread's
// CPU time, else of wall time (which counts time the thread waited for a
// core). Then the stage's wall time and, with CPU times, the stage's CPU
// time and tokens per CPU-second.
func (t *stageTimer) print(e *env, tokens int64) {
	use := t.cpu
	var total time.Duration
	for _, d := range t.cpu {
		total += d
	}
	if total == 0 {
		use = t.d
		for _, d := range t.d {
			total += d
		}
	}
	names := make([]string, 0, len(use))
	for n := range use {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return use[names[i]] > use[names[j]] })
	for _, n := range names {
		fmt.Fprintf(e.stdout, "stage %-9s %5.1f%% wall %s", n, 100*float64(use[n])/float64(max(total, 1)), t.d[n].Round(time.Millisecond))
		if c := t.cpu[n]; c > 0 {
			fmt.Fprintf(e.stdout, " cpu %s tokens/cpu-s %.0f", c.Round(time.Millisecond), float64(tokens)/c.Seconds())
		}
		fmt.Fprintln(e.stdout)
	}
}
