package main

import (
	"bufio"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chronicle/internal/loadgen"
)

var (
	loadRate     = flag.Int("load.rate", 200, "requests per second of TestServeLoad")
	loadDuration = flag.Duration("load.duration", 3*time.Second, "duration of TestServeLoad")
	loadP99      = flag.Duration("load.p99", 2*time.Second, "p99 latency bound of TestServeLoad (generous: CI has 2 shared cores)")
)

// startServeProcess runs `chronicle serve` on db on 127.0.0.1:0 as a
// separate process and returns its base URL and process; it is killed when
// the test ends.
func startServeProcess(t *testing.T, bin, db string, extra ...string) (string, *os.Process) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, extra...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default:
			}
		}
	}()
	select {
	case line := <-lines:
		base, ok := strings.CutPrefix(line, "serving ")
		if !ok {
			t.Fatalf("serve: %s", line)
		}
		return strings.TrimSuffix(base, "/"), cmd.Process
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start in 30s")
	}
	return "", nil
}

// TestServeLoad loads a `chronicle serve` process on loopback from this
// one: an open-loop generator sends -load.rate requests a second for
// -load.duration across the article, search and timeline endpoints (JSON
// and pages). No request may fail and p99 latency must stay under
// -load.p99. The defaults are a short run; RELIABILITY.md gives the 30s,
// 1,000 req/s one.
func TestServeLoad(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	writeSynthArticles(t, in, 30)
	db := filepath.Join(dir, "load.db")
	if out, code, _ := runBinary(t, bin, "ingest", "--db", db, "--published", "2025-03-01", in, "../../testdata/seed.txt"); code != 0 {
		t.Fatalf("ingest: exit %d:\n%s", code, out)
	}
	base, proc := startServeProcess(t, bin, db)
	ctx := context.Background()
	urls, err := loadgen.Targets(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	res, err := loadgen.Run(ctx, loadgen.Options{URLs: urls, Rate: *loadRate, Duration: *loadDuration})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d req/s for %v over %d URLs: %v", *loadRate, *loadDuration, len(urls), res)
	if rss, peak, err := loadgen.Memory(proc.Pid); err == nil {
		t.Logf("server RSS %.1f MB, high-water mark %.1f MB", float64(rss)/(1<<20), float64(peak)/(1<<20))
	}
	if res.Errors > 0 {
		t.Errorf("%d of %d requests failed: %v", res.Errors, res.Requests, res.ByError)
	}
	if res.P99 > *loadP99 {
		t.Errorf("p99 latency %v; want under %v", res.P99, *loadP99)
	}
}
