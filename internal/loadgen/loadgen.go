// Package loadgen is an open-loop HTTP load generator for Chronicle's
// load tests: it sends GET requests at a fixed rate, cycling through a list
// of URLs, for a fixed duration, and reports latency percentiles, the rate
// achieved and every error.
//
// Inputs are Options (URLs, rate, duration, an http.Client); the output is
// a Result. Open loop means requests are scheduled by the clock, not by the
// answers: a slow server does not slow the generator down, and latency is
// measured from each request's scheduled time, so queueing delay counts
// (no coordinated omission). Invariants: the number of requests is bounded
// by Rate × Duration and the number in flight by MaxInFlight (a request
// that would exceed it is not sent and counts as an error); only the URLs
// given are requested; a response is an error unless its status is 2xx.
package loadgen

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Options configure a run. URLs, Rate and Duration are required.
type Options struct {
	URLs        []string      // requested in turn
	Rate        int           // requests per second
	Duration    time.Duration // how long to send
	MaxInFlight int           // requests in flight at most; 0 means Rate (one second's worth)
	Timeout     time.Duration // per request; 0 means 10s
	Client      *http.Client  // nil: a client with keep-alive connections sized for MaxInFlight
}

// Result summarises a run. Latencies are from each request's scheduled
// send time to the end of its response body.
type Result struct {
	Requests int            // requests scheduled
	OK       int            // 2xx answers
	Errors   int            // everything else: statuses, transport errors, refused (in flight)
	ByError  map[string]int // error text or "status N" → count
	// PerSecond counts the errors of the requests scheduled in each second
	// of the run, to tell a cold start from a steady overload.
	PerSecond []int
	Duration  time.Duration // from the first scheduled request to the last answer
	Rate      float64       // answered requests per second over Duration
	P50       time.Duration
	P90       time.Duration
	P99       time.Duration
	Max       time.Duration
}

func (r *Result) String() string {
	return fmt.Sprintf("requests %d, ok %d, errors %d, %.0f req/s over %v; latency p50 %v, p90 %v, p99 %v, max %v",
		r.Requests, r.OK, r.Errors, r.Rate, r.Duration.Round(time.Millisecond),
		r.P50.Round(10*time.Microsecond), r.P90.Round(10*time.Microsecond), r.P99.Round(10*time.Microsecond), r.Max.Round(10*time.Microsecond))
}

// Run sends the requests of opts and waits for every answer. It stops
// sending early if ctx ends.
func Run(ctx context.Context, opts Options) (*Result, error) {
	if len(opts.URLs) == 0 || opts.Rate <= 0 || opts.Duration <= 0 {
		return nil, errors.New("loadgen: want URLs, a rate and a duration")
	}
	if opts.MaxInFlight <= 0 {
		opts.MaxInFlight = opts.Rate
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 10 * time.Second
	}
	client := opts.Client
	if client == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConns = opts.MaxInFlight
		tr.MaxIdleConnsPerHost = opts.MaxInFlight
		tr.Proxy = nil
		defer tr.CloseIdleConnections()
		client = &http.Client{Transport: tr}
	}
	total := int(int64(opts.Rate) * int64(opts.Duration) / int64(time.Second))
	interval := time.Second / time.Duration(opts.Rate)
	var (
		mu        sync.Mutex
		latencies = make([]time.Duration, 0, total)
		res       = &Result{ByError: map[string]int{}}
		wg        sync.WaitGroup
		slots     = make(chan struct{}, opts.MaxInFlight)
		start     = time.Now()
	)
	res.PerSecond = make([]int, (opts.Duration+time.Second-1)/time.Second)
	record := func(at time.Time, lat time.Duration, err error) {
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			res.Errors++
			res.ByError[err.Error()]++
			if i := int(at.Sub(start) / time.Second); i >= 0 && i < len(res.PerSecond) {
				res.PerSecond[i]++
			}
			return
		}
		res.OK++
		latencies = append(latencies, lat)
	}
	for i := 0; i < total; i++ {
		at := start.Add(time.Duration(i) * interval)
		if d := time.Until(at); d > 0 {
			t := time.NewTimer(d)
			select {
			case <-ctx.Done():
				t.Stop()
			case <-t.C:
			}
		}
		if ctx.Err() != nil {
			break
		}
		res.Requests++
		select {
		case slots <- struct{}{}:
		default:
			record(at, 0, fmt.Errorf("more than %d requests in flight", opts.MaxInFlight))
			continue
		}
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			defer func() { <-slots }()
			lat, err := get(ctx, client, u, opts.Timeout, at)
			record(at, lat, err)
		}(opts.URLs[i%len(opts.URLs)])
	}
	wg.Wait()
	res.Duration = time.Since(start)
	if res.Duration > 0 {
		res.Rate = float64(res.OK+res.Errors) / res.Duration.Seconds()
	}
	slices.Sort(latencies)
	res.P50 = percentile(latencies, 0.50)
	res.P90 = percentile(latencies, 0.90)
	res.P99 = percentile(latencies, 0.99)
	if len(latencies) > 0 {
		res.Max = latencies[len(latencies)-1]
	}
	return res, nil
}

// get requests u and reads its body, returning the latency from the
// scheduled time at.
func get(ctx context.Context, client *http.Client, u string, timeout time.Duration, at time.Time) (time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, errors.Unwrap(err) // without the URL: one count per cause
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err != nil {
		return 0, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return 0, fmt.Errorf("status %d", resp.StatusCode)
	}
	return time.Since(at), nil
}

// percentile returns the q-quantile of sorted latencies (nearest rank).
func percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q*float64(len(sorted))+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// Memory returns the resident set size of process pid and its peak, in
// bytes, from /proc/PID/status (VmRSS, VmHWM). Linux only.
func Memory(pid int) (rss, peak int64, err error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, fmt.Errorf("loadgen: memory of process %d: %w", pid, err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		key, val, ok := strings.Cut(line, ":")
		if !ok || (key != "VmRSS" && key != "VmHWM") {
			continue
		}
		f := strings.Fields(val) // "123456 kB"
		if len(f) != 2 || f[1] != "kB" {
			continue
		}
		n, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			continue
		}
		if key == "VmRSS" {
			rss = n << 10
		} else {
			peak = n << 10
		}
	}
	if rss == 0 {
		return 0, 0, fmt.Errorf("loadgen: memory of process %d: no VmRSS in /proc", pid)
	}
	return rss, peak, nil
}

// Targets returns the URLs of a load run on the Chronicle server at base: every
// stored article (up to 100) by ID, JSON and page, searches for common
// news words, and timelines between pairs of countries, interleaved.
func Targets(ctx context.Context, base string) ([]string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/articles?limit=100", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var page struct {
		Articles []struct{ ID string } `json:"articles"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil || resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s/api/articles: %d %v", base, resp.StatusCode, err)
	}
	if len(page.Articles) == 0 {
		return nil, fmt.Errorf("%s has no articles: ingest some first", base)
	}
	words := []string{"government", "minister", "tariffs", "election", "market", "police", "said", "China", "prices", "court"}
	pairs := [][2]string{{"USA", "CHN"}, {"GBR", "FRA"}, {"USA", ""}, {"GBR", ""}, {"RUS", "UKR"}, {"DEU", "FRA"}}
	var urls []string
	for i, a := range page.Articles {
		w := url.QueryEscape(words[i%len(words)])
		p := pairs[i%len(pairs)]
		by := []string{"week", "month"}[i%2]
		urls = append(urls,
			base+"/api/articles/"+a.ID,
			base+"/api/articles?q="+w,
			base+"/api/timeline?a="+p[0]+"&b="+p[1]+"&by="+by+"&since=2000-01-01",
			base+"/articles/"+a.ID,
			base+"/?q="+w,
			base+"/timeline?a="+p[0]+"&b="+p[1]+"&by="+by+"&since=2000-01-01",
		)
	}
	return urls, nil
}
