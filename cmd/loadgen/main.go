// Command loadgen loads a running `chronicle serve` from a second process:
// it sends GET requests at a fixed rate across the search, article and
// timeline endpoints (JSON API and pages) for a fixed time and prints the
// latency percentiles, the rate achieved, the errors and, given the
// server's process ID, its memory. It exits 1 if any request failed.
//
//	loadgen -base http://127.0.0.1:8080 -rate 1000 -duration 30s -pid 1234
//
// The article IDs are read from the server (GET /api/articles). Only
// loopback servers are loaded unless -any-host is given.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/signal"
	"slices"
	"strings"
	"time"

	"chronicle/internal/loadgen"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	base := fs.String("base", "http://127.0.0.1:8080", "server base `URL`")
	rate := fs.Int("rate", 1000, "requests per second")
	duration := fs.Duration("duration", 30*time.Second, "how long to send")
	pid := fs.Int("pid", 0, "server process `ID`, to report its memory")
	anyHost := fs.Bool("any-host", false, "allow a server that is not on loopback")
	only := fs.String("only", "", "request only the URLs whose path contains `TEXT` (e.g. /api/timeline)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	u, err := url.Parse(*base)
	if err != nil || u.Host == "" {
		return fmt.Errorf("-base %q: want http://HOST:PORT", *base)
	}
	if ip := net.ParseIP(u.Hostname()); !*anyHost && u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("-base %q is not on loopback (use -any-host to load another host)", *base)
	}
	urls, err := loadgen.Targets(ctx, *base)
	if err != nil {
		return err
	}
	if *only != "" {
		urls = slices.DeleteFunc(urls, func(u string) bool { return !strings.Contains(u, *only) })
		if len(urls) == 0 {
			return fmt.Errorf("-only %q: no URL left", *only)
		}
	}
	fmt.Fprintf(stdout, "loading %s: %d req/s for %v over %d URLs\n", *base, *rate, *duration, len(urls))
	var peakRSS int64
	done, sampled := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(sampled)
		if *pid <= 0 {
			return
		}
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if rss, _, err := loadgen.Memory(*pid); err == nil && rss > peakRSS {
					peakRSS = rss
				}
			}
		}
	}()
	res, err := loadgen.Run(ctx, loadgen.Options{URLs: urls, Rate: *rate, Duration: *duration})
	close(done)
	<-sampled
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, res)
	for e, n := range res.ByError {
		fmt.Fprintf(stdout, "  %d × %s\n", n, e)
	}
	if res.Errors > 0 {
		fmt.Fprintf(stdout, "  errors per second of the run: %v\n", res.PerSecond)
	}
	if *pid > 0 {
		if rss, hwm, err := loadgen.Memory(*pid); err == nil {
			fmt.Fprintf(stdout, "server RSS %.1f MB now, %.1f MB peak during the run, %.1f MB high-water mark\n", mb(rss), mb(max(peakRSS, rss)), mb(hwm))
		}
	}
	if res.Errors > 0 {
		return errors.New("some requests failed")
	}
	return nil
}

func mb(n int64) float64 { return float64(n) / (1 << 20) }
